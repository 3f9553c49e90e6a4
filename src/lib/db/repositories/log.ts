import type { Exchange, ExchangeDraft } from '../../domain/exchange';
import type { Interaction, InteractionDraft } from '../../domain/interaction';
import { db, type RapportDB } from '../database';
import { exchangeDerivedTables, interactionDerivedTables } from '../derived';
import { guarded } from '../repository';
import { addExchange, deleteExchange } from './exchanges';
import { addInteraction, deleteInteraction, updateInteraction } from './interactions';

/** What a quick log entry writes: the interaction, its give or receive, and their derived rows. */
const logTables = (d: RapportDB) => [
	d.interactions,
	...interactionDerivedTables(d),
	d.exchanges,
	...exchangeDerivedTables(d)
];

/** What the quick log adds to an interaction: "…and I received advice". */
export type LoggedExchange = Omit<ExchangeDraft, 'date' | 'interactionId'>;

/** What one quick log save wrote, for its undo. */
export type Logged = {
	interaction: Interaction;
	exchange?: Exchange;
	/** The follow-up this entry answered, marked done with it. */
	closed?: string;
};

/**
 * Saves an interaction and, optionally, the give or receive that came with it and the
 * follow-up it answers (marked done), in ONE transaction: either all are stored (the
 * exchange linked to the interaction and dated the same day) or none is.
 */
export function logInteraction(
	draft: InteractionDraft,
	exchange?: LoggedExchange,
	followUp?: string
): Promise<Logged> {
	return guarded(() => {
		const d = db();
		return d.transaction('rw', logTables(d), async () => {
			const interaction = await addInteraction(draft);
			const saved = exchange
				? await addExchange({ ...exchange, date: interaction.date, interactionId: interaction.id })
				: undefined;
			const open = followUp ? await d.interactions.get(followUp) : undefined;
			const closes = open && open.deletedAt === null && !open.followUpDone ? followUp : undefined;
			if (closes) await updateInteraction(closes, { followUpDone: true });
			return {
				interaction,
				...(saved ? { exchange: saved } : {}),
				...(closes ? { closed: closes } : {})
			};
		});
	});
}

/**
 * Undoes a quick log save (the toast's Undo) in ONE transaction, as it was saved: the
 * interaction and the give or receive logged with it are deleted together, and the
 * follow-up it closed is open again, or nothing changes.
 */
export function undoLog(logged: Logged): Promise<void> {
	return guarded(() => {
		const d = db();
		return d.transaction('rw', logTables(d), async () => {
			if (logged.exchange) await deleteExchange(logged.exchange.id);
			await deleteInteraction(logged.interaction.id);
			if (logged.closed) await updateInteraction(logged.closed, { followUpDone: false });
		});
	});
}
