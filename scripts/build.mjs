// Builds both unpacked extensions: dist/chrome and dist/firefox.
import { build } from 'vite';

// The adverse-event vocabularies are compiled from WordNet first (kept as committed when absent).
await import('./vocab/build-ae-vocab.mjs');

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}
