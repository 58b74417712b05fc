import { z } from 'zod';

// zod probes `new Function` to speed up parsing; the extension CSP forbids it and web-ext lint
// flags it. Every module imports `z` from here so the setting is in force before any schema runs.
z.config({ jitless: true });

export { z };
