import { lazily, z } from './zod';
import { daySchema, idSchema, NOTE_MAX, recordMeta, text, orNull } from './common';
import { amountSchema } from './money';
import { EXCHANGE_DIRECTIONS, EXCHANGE_KINDS } from './vocabulary';

/** What a give or receive was worth: time at the hourly rate, money, or a 1–5 weight. */
export const exchangeValueSchema = lazily(() =>
	z.discriminatedUnion(
		'type',
		[
			z.strictObject({
				type: z.literal('time'),
				minutes: z
					.int({ error: 'Time is a whole number of minutes.' })
					.check(
						z.minimum(1, { error: 'Time must be at least a minute.' }),
						z.maximum(100_000, { error: 'That is more time than makes sense.' })
					)
			}),
			z.strictObject({ type: z.literal('money'), amount: amountSchema }),
			z.strictObject({
				type: z.literal('weight'),
				weight: z
					.int({ error: 'Weight is a whole number from 1 to 5.' })
					.check(
						z.minimum(1, { error: 'Weight is from 1 to 5.' }),
						z.maximum(5, { error: 'Weight is from 1 to 5.' })
					)
			})
		],
		{ error: 'Value is time, money or a weight.' }
	)
);
export type ExchangeValue = z.infer<typeof exchangeValueSchema>;

export const exchangeFields = lazily(() => ({
	date: daySchema,
	personId: idSchema,
	direction: z.enum(EXCHANGE_DIRECTIONS, { error: 'Was it given or received?' }),
	kind: z.enum(EXCHANGE_KINDS, { error: 'Choose what was exchanged.' }),
	value: z._default(exchangeValueSchema, { type: 'weight', weight: 3 }),
	note: text('Note', NOTE_MAX),
	interactionId: orNull(idSchema),
	leadId: orNull(idSchema)
}));

/**
 * A give or receive of money is of some money: $0.00 would count as offering something.
 * (Negative amounts are refused by the amount itself, and time by its one-minute minimum.)
 * Checked on what a person enters, not on stored records: a backup or restore holding such
 * a row from before this rule still loads.
 */
export const NO_MONEY = 'Enter an amount more than 0.';

/** A value of money that is no money at all (0.00), which a person may not enter. */
export const isNoMoney = (value: ExchangeValue | undefined) =>
	value?.type === 'money' && value.amount.amountMinor === 0;

const someMoney = z.refine<{ value?: ExchangeValue }>(({ value }) => !isNoMoney(value), {
	error: NO_MONEY,
	path: ['value', 'amount', 'amountMinor']
});

export const exchangeDraftSchema = lazily(() =>
	z.strictObject({ ...exchangeFields }).check(someMoney)
);
export const exchangeSchema = lazily(() => z.strictObject({ ...recordMeta, ...exchangeFields }));

export type ExchangeDraft = z.input<typeof exchangeDraftSchema>;
export type Exchange = z.output<typeof exchangeSchema>;
