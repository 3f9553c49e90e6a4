import { z } from 'zod';

/** Day-precision dates are `yyyy-MM-dd` strings, kept within a sane range. */
export const daySchema = z.iso
	.date({ error: 'Use a date like 2024-05-31.' })
	.refine((d) => d >= '1900-01-01' && d <= '2100-12-31', {
		error: 'Pick a date between 1900 and 2100.'
	});

export const timestampSchema = z.iso.datetime({ error: 'Expected a timestamp.' });

export const idSchema = z
	.string({ error: 'Missing id.' })
	.min(1, { error: 'Missing id.' })
	.max(64, { error: 'That id is too long.' });

/** Fields every stored record carries: string id, audit times, and a tombstone. */
export const recordMeta = {
	id: idSchema,
	createdAt: timestampSchema,
	updatedAt: timestampSchema,
	deletedAt: timestampSchema.nullable().default(null)
};

export type RecordMeta = {
	id: string;
	createdAt: string;
	updatedAt: string;
	deletedAt: string | null;
};

export function text(label: string, max: number) {
	return z
		.string({ error: `${label} must be text.` })
		.max(max, { error: `${label} is too long (at most ${max.toLocaleString('en')} characters).` })
		.default('');
}

export function requiredText(label: string, max: number) {
	return z
		.string({ error: `${label} is required.` })
		.trim()
		.min(1, { error: `${label} is required.` })
		.max(max, { error: `${label} is too long (at most ${max.toLocaleString('en')} characters).` });
}

export function uniqueList<T extends z.ZodType>(item: T, label: string, max: number) {
	return z
		.array(item)
		.max(max, { error: `At most ${max} ${label}.` })
		.refine((xs) => new Set(xs).size === xs.length, { error: `Each of the ${label} once only.` })
		.default([]);
}

/** Keep-in-touch cadence in whole days. */
export const cadenceDaysSchema = z
	.int({ error: 'Cadence is a whole number of days.' })
	.min(1, { error: 'Cadence is at least one day.' })
	.max(3650, { error: 'Cadence is at most ten years.' });

export const NOTE_MAX = 20_000;
export const NAME_MAX = 200;
