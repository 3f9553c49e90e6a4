import { z } from 'zod';

// Before any schema is built: zod decides per schema, at construction, whether
// to compile a fast path with `new Function`, which the Content Security Policy
// (no 'unsafe-eval') forbids. Jitless zod never tries, so no violation is logged.
z.config({ jitless: true });
