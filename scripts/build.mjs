// Builds both unpacked extensions: dist/chrome and dist/firefox.
import { build } from 'vite';
import { withoutKnownNoise } from './lib/quiet-build.mjs';
import { writeLocales } from './locales.mjs';

// The adverse-event vocabularies are compiled from WordNet first (kept as committed when absent).
await import('./vocab/build-ae-vocab.mjs');

// The languages: src/locales/<lang>/*.json become public/_locales/<lang>/messages.json.
writeLocales('public');

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await withoutKnownNoise(() =>
    build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' }),
  );
  console.log(`built dist/${target}`);
}
