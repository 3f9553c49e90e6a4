import { nextDueOn } from './cadence';
import type { Exchange } from './exchange';
import type { Interaction, InteractionPerson } from './interaction';
import { ledgerTotalsByPerson } from './ledger';
import type { Person } from './person';

/**
 * Stores derived from people and interactions, kept in the same transaction as
 * every write and rebuilt whenever a whole dataset is loaded: which people took
 * part and when, each person's newest contact day, the follow-ups still open,
 * and when each person is next due for a touch.
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

/**
 * When someone is next due for a touch, for people who can be due at all: live,
 * not archived, not only followed, with a cadence. Today reads these through an
 * index instead of computing it for everyone.
 */
export type PersonDue = { personId: string; dueOn: string };

export function dueRowOf(person: Person, lastContactOn: string | null): PersonDue | undefined {
	if (person.deletedAt !== null || person.archived || person.connection === 'following') {
		return undefined;
	}
	const dueOn = nextDueOn(person, lastContactOn);
	return dueOn === null ? undefined : { personId: person.id, dueOn };
}

/** Every derived row for a whole dataset. */
export function derivedRows(
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[]
) {
	const links = interactions.flatMap(linksOf);
	const last = lastContactsOf(links);
	const lastContacts = [...last].map(([personId, date]) => ({ personId, date }));
	const followUps = interactions
		.map(openFollowUpOf)
		.filter((f): f is OpenFollowUp => f !== undefined);
	const dues = people
		.map((p) => dueRowOf(p, last.get(p.id) ?? null))
		.filter((d): d is PersonDue => d !== undefined);
	return { links, lastContacts, followUps, dues, ledgerTotals: ledgerTotalsByPerson(exchanges) };
}
