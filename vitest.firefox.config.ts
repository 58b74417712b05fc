import { defineConfig } from 'vitest/config';

// End-to-end tests in Firefox (puppeteer-core over WebDriver BiDi) with the built dist/firefox:
// one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.firefox.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
