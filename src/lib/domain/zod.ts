import { z } from 'zod/mini';

/**
 * The zod every schema is built with: zod/mini, whose checks and wrappers are functions
 * (`z._default(z.nullable(s), null)`, `.check(z.maxLength(200))`) rather than methods, so
 * the bundle keeps only what the schemas use: about 10 KB gzip where classic zod, which
 * carries every method (JSON Schema output included) on every schema, took 25 KB.
 *
 * Configured here, once, before any schema module is evaluated (they all import `z` from
 * this module):
 * - English messages for the issues a schema names no message of its own (zod/mini loads
 *   no locale; classic zod loaded English).
 * - Jitless: zod decides per schema, at construction, whether to compile a fast path with
 *   `new Function`, which the Content Security Policy (no 'unsafe-eval') forbids. Jitless
 *   zod never tries, so no violation is logged.
 */
z.config(z.locales.en());
z.config({ jitless: true });

export { z };
