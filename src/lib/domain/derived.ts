import type { Exchange } from './exchange';
import type { Interaction, InteractionPerson } from './interaction';
import { ledgerTotalsByPerson } from './ledger';

/**
 * Stores derived from interactions, kept in the same transaction as every
 * write and rebuilt whenever a whole dataset is loaded: which people took part
 * and when, each person's newest contact day, and the follow-ups still open.
 */

/** Who took part in a live interaction, and when (the [personId+date] index). */
export function linksOf(interaction: Interaction): InteractionPerson[] {
	if (interaction.deletedAt !== null) return [];
	return interaction.personIds.map((personId) => ({
		id: `${interaction.id}:${personId}`,
		interactionId: interaction.id,
		personId,
		date: interaction.date
	}));
}

/** Each person's most recent interaction day. */
export type LastContact = { personId: string; date: string };

/** The newest day per person among (person, date) rows. */
export function lastContactsOf(links: readonly Pick<InteractionPerson, 'personId' | 'date'>[]) {
	const last = new Map<string, string>();
	for (const { personId, date } of links) {
		const seen = last.get(personId);
		if (seen === undefined || date > seen) last.set(personId, date);
	}
	return last;
}

/** A follow-up still waiting for the user (live interaction, date set, not done). */
export type OpenFollowUp = { interactionId: string; followUpOn: string };

export function openFollowUpOf(interaction: Interaction): OpenFollowUp | undefined {
	const { id, deletedAt, followUpOn, followUpDone } = interaction;
	if (deletedAt !== null || followUpOn === null || followUpDone) return undefined;
	return { interactionId: id, followUpOn };
}

/** Every derived row for a whole set of interactions and exchanges. */
export function derivedRows(
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[] = []
) {
	const links = interactions.flatMap(linksOf);
	const lastContacts = [...lastContactsOf(links)].map(([personId, date]) => ({ personId, date }));
	const followUps = interactions
		.map(openFollowUpOf)
		.filter((f): f is OpenFollowUp => f !== undefined);
	return { links, lastContacts, followUps, ledgerTotals: ledgerTotalsByPerson(exchanges) };
}
