import { z } from './zod';

/** What an empty (or missing) date says: a date field shows mm/dd/yyyy or the like, not ISO. */
const MISSING_DATE = 'Enter the date.';

/** The first and last day Rapport keeps (a wider range is a mistyped year, not a date). */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

/** What a date outside the range Rapport keeps says, wherever a date is refused for it. */
export const DAY_OUT_OF_RANGE = 'Pick a date between 1900 and 2100.';

/**
 * Day-precision dates are `yyyy-MM-dd` strings, kept within a sane range. Left empty, the
 * date is asked for; the ISO example is for text that is not a date, which only an import
 * or a backup can bring (a date field gives ISO or nothing).
 */
export const daySchema = z.iso
	.date({
		error: (issue) =>
			issue.input === undefined || (typeof issue.input === 'string' && issue.input.trim() === '')
				? MISSING_DATE
				: 'Use a date like 2024-05-31.'
	})
	.check(z.refine((d) => d >= FIRST_DAY && d <= LAST_DAY, { error: DAY_OUT_OF_RANGE }));

export const timestampSchema = z.iso.datetime({ error: 'Expected a timestamp.' });

export const idSchema = z
	.string({ error: 'Missing id.' })
	.check(
		z.minLength(1, { error: 'Missing id.' }),
		z.maxLength(64, { error: 'That id is too long.' })
	);

/** A field that may be left empty: null, and null when it is missing. */
export function orNull<T extends z.ZodMiniType>(schema: T) {
	return z._default(z.nullable(schema), null);
}

/** Fields every stored record carries: string id, audit times, and a tombstone. */
export const recordMeta = {
	id: idSchema,
	createdAt: timestampSchema,
	updatedAt: timestampSchema,
	deletedAt: orNull(timestampSchema)
};

export type RecordMeta = {
	id: string;
	createdAt: string;
	updatedAt: string;
	deletedAt: string | null;
};

function tooLong(label: string, max: number) {
	return `${label} is too long (at most ${max.toLocaleString('en')} characters).`;
}

export function text(label: string, max: number) {
	return z._default(
		z
			.string({ error: `${label} must be text.` })
			.check(z.maxLength(max, { error: tooLong(label, max) })),
		''
	);
}

/** Text that must not be blank; `missing` says what to write when it is. */
export function requiredText(label: string, max: number, missing = `${label} is required.`) {
	return z
		.string({ error: missing })
		.check(
			z.trim(),
			z.minLength(1, { error: missing }),
			z.maxLength(max, { error: tooLong(label, max) })
		);
}

/** A list of at most `max` items, each once only. */
export function uniqueArray<T extends z.ZodMiniType>(item: T, label: string, max: number) {
	return z.array(item).check(
		z.maxLength(max, { error: `At most ${max} ${label}.` }),
		z.refine((xs) => new Set(xs).size === xs.length, { error: `Each of the ${label} once only.` })
	);
}

/**
 * `uniqueArray`, empty when missing. Further checks go on the array inside, never on the
 * default: zod/mini's `.check()` on a default evaluates it once and shares that value.
 */
export function uniqueList<T extends z.ZodMiniType>(item: T, label: string, max: number) {
	return z._default(uniqueArray(item, label, max), []);
}

/** Text of at most `max` characters, as typed (a form's draft, an address's filter). */
export function typed(max: number) {
	return z.string().check(z.maxLength(max));
}

/** Keep-in-touch cadence in whole days. */
export const cadenceDaysSchema = z
	.int({ error: 'Cadence is a whole number of days.' })
	.check(
		z.minimum(1, { error: 'Cadence is at least one day.' }),
		z.maximum(3650, { error: 'Cadence is at most ten years.' })
	);

export const NOTE_MAX = 20_000;
export const NAME_MAX = 200;
