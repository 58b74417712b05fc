// Builds both unpacked extensions: dist/chrome and dist/firefox.
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}
