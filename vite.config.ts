import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { manifestFor, type BuildTarget } from './manifest.config.ts';

const target: BuildTarget = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [
    crx({
      manifest: manifestFor(target),
      browser: target,
      // One self-contained file: no loader, so nothing is exposed as a web-accessible resource.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist', target),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: process.env.HCP_LENS_NO_MINIFY ? false : true,
    // Firefox's sidebar_action page is not one crxjs collects from the manifest; the first-run
    // guide and the privacy page are opened by address only.
    rollupOptions: {
      input: {
        sidepanel: resolve(import.meta.dirname, 'src/sidepanel/index.html'),
        onboarding: resolve(import.meta.dirname, 'src/onboarding/index.html'),
        privacy: resolve(import.meta.dirname, 'src/privacy/index.html'),
      },
    },
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});
