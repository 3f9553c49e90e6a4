import { lazily, z } from '../zod';
import { daySchema, idSchema, orNull } from '../common';
import { currencySchema } from '../money';

/**
 * Advanced filters: a list of filters that must all hold (an AND), each
 * including or excluding the records its condition matches. The shapes here
 * are what the address bar and saved views carry, validated on the way in.
 */

export const FILTER_LIMITS = {
	filters: 20,
	values: 50,
	text: 200,
	views: 100,
	viewName: 60
} as const;

export const ENTITIES = ['people', 'interactions', 'leads'] as const;
export type Entity = (typeof ENTITIES)[number];

export const NUMBER_OPS = ['gt', 'lt', 'eq', 'between'] as const;
export type NumberOp = (typeof NUMBER_OPS)[number];

export const DATE_OPS = [
	'last',
	'olderThan',
	'next',
	'since',
	'before',
	'between',
	'none'
] as const;
export type DateOp = (typeof DATE_OPS)[number];

export const DATE_UNITS = ['days', 'weeks', 'months'] as const;
export type DateUnit = (typeof DATE_UNITS)[number];

const value = lazily(() =>
	z.string({ error: 'A filter value must be text.' }).check(
		z.minLength(1, { error: 'A filter value cannot be empty.' }),
		z.maxLength(FILTER_LIMITS.text, {
			error: `A filter value is at most ${FILTER_LIMITS.text} characters.`
		})
	)
);

/** A finite number, or null while the user has not typed one yet. */
const amount = lazily(() =>
	z._default(
		z.pipe(
			// zod's numbers are finite: Infinity and NaN are refused.
			z.nullable(z.number({ error: 'Expected a number.' })),
			// JSON writes -0 as 0: keep one zero so an address round-trips exactly.
			z.transform((n: number | null) => (n === null ? null : n + 0))
		),
		null
	)
);
const minor = lazily(() =>
	orNull(
		z
			.int({ error: 'Money is a whole number of minor units (cents).' })
			.check(z.minimum(-1e13), z.maximum(1e13))
	)
);

export const conditionSchema = lazily(() =>
	z.discriminatedUnion(
		'type',
		[
			/** Any of these values (a record with several, like tags, matches when one is listed). */
			z.strictObject({
				type: z.literal('values'),
				values: z._default(
					z.array(value).check(
						z.maxLength(FILTER_LIMITS.values, {
							error: `At most ${FILTER_LIMITS.values} values.`
						})
					),
					[]
				)
			}),
			z.strictObject({
				type: z.literal('text'),
				contains: z._default(
					z.string({ error: 'Text to look for must be text.' }).check(
						z.maxLength(FILTER_LIMITS.text, {
							error: `Text to look for is at most ${FILTER_LIMITS.text} characters.`
						})
					),
					''
				)
			}),
			z.strictObject({
				type: z.literal('number'),
				op: z.enum(NUMBER_OPS, { error: 'Unknown comparison.' }),
				a: amount,
				b: amount
			}),
			/** Amounts in minor units of one currency: other currencies never match. */
			z.strictObject({
				type: z.literal('money'),
				op: z.enum(NUMBER_OPS, { error: 'Unknown comparison.' }),
				currency: currencySchema,
				a: minor,
				b: minor
			}),
			z.strictObject({
				type: z.literal('date'),
				op: z.enum(DATE_OPS, { error: 'Unknown kind of date range.' }),
				from: orNull(daySchema),
				to: orNull(daySchema),
				n: orNull(
					z
						.int({ error: 'A number of days, weeks or months is a whole number.' })
						.check(
							z.minimum(0, { error: 'A number of days cannot be negative.' }),
							z.maximum(3650, { error: 'At most 3650.' })
						)
				),
				unit: z._default(z.enum(DATE_UNITS, { error: 'Use days, weeks or months.' }), 'days')
			}),
			z.strictObject({
				type: z.literal('flag'),
				value: z.boolean({ error: 'Expected yes or no.' })
			})
		],
		{ error: 'Unknown kind of filter.' }
	)
);
export type Condition = z.output<typeof conditionSchema>;
export type ConditionType = Condition['type'];

export const filterSpecSchema = lazily(() =>
	z.strictObject({
		field: z
			.string({ error: 'A filter needs a field.' })
			.check(z.regex(/^[a-zA-Z]{1,40}$/, { error: 'That is not a field name.' })),
		mode: z._default(
			z.enum(['include', 'exclude'], { error: 'A filter includes or excludes.' }),
			'include'
		),
		locked: z._default(z.boolean(), false),
		condition: conditionSchema
	})
);
export type FilterSpec = z.output<typeof filterSpecSchema>;

/** A filter on screen: the spec plus a key for the list (never stored). */
export type Filter = FilterSpec & { id: string };

export const filterListSchema = lazily(() =>
	z
		.array(filterSpecSchema)
		.check(
			z.maxLength(FILTER_LIMITS.filters, { error: `At most ${FILTER_LIMITS.filters} filters.` })
		)
);

export const savedViewSchema = lazily(() =>
	z.strictObject({
		id: idSchema,
		entity: z.enum(ENTITIES, { error: 'Unknown list for a saved view.' }),
		name: z.string({ error: 'A view needs a name.' }).check(
			z.trim(),
			z.minLength(1, { error: 'Give the view a name.' }),
			z.maxLength(FILTER_LIMITS.viewName, {
				error: `View names are at most ${FILTER_LIMITS.viewName} characters.`
			})
		),
		filters: filterListSchema
	})
);
export type SavedView = z.output<typeof savedViewSchema>;

export const savedViewsSchema = lazily(() =>
	z.array(savedViewSchema).check(
		z.maxLength(FILTER_LIMITS.views, { error: `At most ${FILTER_LIMITS.views} saved views.` }),
		z.refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, {
			error: 'Saved view ids must be unique.'
		})
	)
);
