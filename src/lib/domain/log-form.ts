import { lazily, z } from './zod';
import { typed } from './common';
import { exchangeFormValuesSchema } from './exchange-form';
import type { Interaction, InteractionDraft } from './interaction';
import { amountMessage, formatMoneyInput, readAmount } from './money';
import { INTERACTION_KINDS } from './vocabulary';

/** What the quick log edits, as typed; also the shape of a saved draft. */
export const logFormValuesSchema = lazily(() =>
	z.object({
		personIds: z.array(typed(64)).check(z.maxLength(50)),
		kind: z.enum(INTERACTION_KINDS),
		duration: typed(20),
		date: typed(20),
		cost: typed(40),
		channel: typed(64),
		note: typed(200_000),
		followUpOn: typed(20),
		followUpDone: z.boolean(),
		/** "…and I gave / received": null while that part is closed (drafts from before have none). */
		exchange: z._default(z.nullable(exchangeFormValuesSchema), null)
	})
);
export type LogFormValues = z.infer<typeof logFormValuesSchema>;

export const DURATION_PRESETS = [15, 30, 45, 60, 90] as const;

export function emptyLogForm(today: string, personIds: string[] = []): LogFormValues {
	return {
		personIds,
		kind: 'coffee',
		duration: '45',
		date: today,
		cost: '',
		channel: '',
		note: '',
		followUpOn: '',
		followUpDone: false,
		exchange: null
	};
}

export function interactionToForm(interaction: Interaction): LogFormValues {
	return {
		personIds: [...interaction.personIds],
		kind: interaction.kind,
		duration: String(interaction.durationMinutes),
		date: interaction.date,
		cost: interaction.cost ? formatMoneyInput(interaction.cost) : '',
		channel: interaction.channel ?? '',
		note: interaction.note,
		followUpOn: interaction.followUpOn ?? '',
		followUpDone: interaction.followUpDone,
		exchange: null
	};
}

/**
 * The draft to validate, plus a message when the cost is not an amount. A
 * duration that is not a whole number goes through as NaN so the schema
 * reports it in its own words.
 */
export function logFormToDraft(
	values: LogFormValues,
	currency: string
): { draft: InteractionDraft; costError?: string } {
	const cost = values.cost.trim();
	const read = cost === '' ? null : readAmount(cost, currency);
	const amount = read?.ok ? read.minor : null;
	const duration = values.duration.trim();
	return {
		costError: read && !read.ok ? amountMessage(read.problem, currency, '4.50') : undefined,
		draft: {
			date: values.date,
			kind: values.kind,
			personIds: [...values.personIds],
			durationMinutes: /^-?\d+$/.test(duration) ? Number(duration) : Number.NaN,
			cost: amount === null ? null : { amountMinor: amount, currency },
			channel: values.channel || null,
			note: values.note,
			followUpOn: values.followUpOn || null,
			followUpDone: values.followUpOn ? values.followUpDone : false
		}
	};
}

/** Recent people first, then the most frequent of the last months, without repeats. */
export function suggestedPeople(recent: string[], frequent: string[], limit = 8): string[] {
	const out: string[] = [];
	for (let i = 0; out.length < limit && (i < recent.length || i < frequent.length); i++) {
		for (const id of [recent[i], frequent[i]]) {
			if (id !== undefined && !out.includes(id) && out.length < limit) out.push(id);
		}
	}
	return out;
}
