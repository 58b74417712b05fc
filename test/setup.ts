import { z } from 'zod';

// Same setting as the extension: zod must not probe `new Function` (blocked by the extension CSP).
z.config({ jitless: true });
