import type { Exchange, ExchangeDraft } from '../../domain/exchange';
import type { Interaction, InteractionDraft } from '../../domain/interaction';
import { db, type RapportDB } from '../database';
import { exchangeDerivedTables, interactionDerivedTables } from '../derived';
import { guarded } from '../repository';
import { addExchange, deleteExchange } from './exchanges';
import { addInteraction, deleteInteraction } from './interactions';

/** What a quick log entry writes: the interaction, its give or receive, and their derived rows. */
const logTables = (d: RapportDB) => [
	d.interactions,
	...interactionDerivedTables(d),
	d.exchanges,
	...exchangeDerivedTables(d)
];

/** What the quick log adds to an interaction: "…and I received advice". */
export type LoggedExchange = Omit<ExchangeDraft, 'date' | 'interactionId'>;

/**
 * Saves an interaction and, optionally, the give or receive that came with it, in
 * ONE transaction: either both are stored (the exchange linked to the
 * interaction and dated the same day) or neither is.
 */
export function logInteraction(
	draft: InteractionDraft,
	exchange?: LoggedExchange
): Promise<{ interaction: Interaction; exchange?: Exchange }> {
	if (!exchange) return addInteraction(draft).then((interaction) => ({ interaction }));
	return guarded(() => {
		const d = db();
		return d.transaction('rw', logTables(d), async () => {
			const interaction = await addInteraction(draft);
			const saved = await addExchange({
				...exchange,
				date: interaction.date,
				interactionId: interaction.id
			});
			return { interaction, exchange: saved };
		});
	});
}

/**
 * Undoes a quick log save (the toast's Undo) in ONE transaction, as it was saved: the
 * interaction and the give or receive logged with it are deleted together, or neither is.
 */
export function undoLog(logged: { interaction: Interaction; exchange?: Exchange }): Promise<void> {
	return guarded(() => {
		const d = db();
		return d.transaction('rw', logTables(d), async () => {
			if (logged.exchange) await deleteExchange(logged.exchange.id);
			await deleteInteraction(logged.interaction.id);
		});
	});
}
