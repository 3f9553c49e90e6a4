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

/**
 * A schema (or an object of field schemas) built the first time anything reads it, not
 * when its module is imported. Building every record's schema at import was about a fifth
 * of the work before Today's first paint on a phone, for schemas Today mostly never uses
 * (a read does not parse; a write does). The object handed out forwards every read to the
 * one built, so `schema.safeParse(x)`, `{ ...fields }`, `schema.shape` and `instanceof`
 * work as on the schema itself; keep the building pure (it may run at any first use).
 */
export function lazily<T extends object>(build: () => T): T {
	let built: T | undefined;
	const real = () => (built ??= build());
	return new Proxy({} as T, {
		get: (_, key) => Reflect.get(real(), key),
		set: (_, key, value) => Reflect.set(real(), key, value),
		has: (_, key) => Reflect.has(real(), key),
		ownKeys: () => Reflect.ownKeys(real()),
		// Reported as configurable: a proxy may not claim a fixed property its empty
		// stand-in does not have.
		getOwnPropertyDescriptor: (_, key) => {
			const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
			return descriptor && { ...descriptor, configurable: true };
		},
		getPrototypeOf: () => Reflect.getPrototypeOf(real())
	});
}
