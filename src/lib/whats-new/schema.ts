import { z } from '../domain/zod.js';

/** Text that is not empty once trimmed, of at most `max` characters. */
const words = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/**
 * One What's new entry. The body is plain text: paragraphs, and lists written
 * as `{ "list": [...] }`; it is rendered as text elements, never as HTML.
 */
export const whatsNewEntrySchema = z.strictObject({
	/** Stable and unique; the app remembers the newest id the user has seen. */
	id: z.string().check(
		z.regex(/^[a-z0-9][a-z0-9-]{2,63}$/, {
			error: 'An id is 3–64 lowercase letters, digits and dashes.'
		})
	),
	date: z.iso.date({ error: 'Use a date like 2026-11-23.' }),
	title: words(100),
	body: z
		.array(
			z.union([
				words(1000),
				z.strictObject({ list: z.array(words(400)).check(z.minLength(1), z.maxLength(20)) })
			])
		)
		.check(z.minLength(1), z.maxLength(20))
});

/** Newest first; ids unique; dates never go up further down the list. */
export const whatsNewSchema = z.array(whatsNewEntrySchema).check(
	z.minLength(1),
	z.refine((es) => new Set(es.map((e) => e.id)).size === es.length, {
		error: 'Each entry needs its own id.'
	}),
	z.refine((es) => es.every((e, i) => i === 0 || e.date <= es[i - 1]!.date), {
		error: 'Put the newest entry first (entries are sorted by date, newest first).'
	})
);

export type WhatsNewEntry = z.output<typeof whatsNewEntrySchema>;

/**
 * Entries the user has not seen: those before the last one they saw. Before the
 * first visit (or when that entry is gone) every entry is new.
 */
export function unseenIds(entries: readonly WhatsNewEntry[], seenId: string | null): string[] {
	const at = seenId === null ? -1 : entries.findIndex((e) => e.id === seenId);
	return (at === -1 ? entries : entries.slice(0, at)).map((e) => e.id);
}
