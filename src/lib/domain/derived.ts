import { nextDueOn } from './cadence';
import type { Exchange } from './exchange';
import type { Interaction } from './interaction';
import { ledgerTotalsByPerson } from './ledger';
import type { Person } from './person';

/**
 * Stores derived from people and interactions, kept in the same transaction as
 * every write and rebuilt whenever a whole dataset is loaded: each person's
 * newest contact day, the follow-ups still open, and when each person is next
 * due for a touch. (Who took part in an interaction is the `*personIds` index.)
 */

/** Each person's most recent interaction day. */
export type LastContact = { personId: string; date: string };

/** The newest day per person among the live interactions given. */
export function lastContactsOf(interactions: readonly Interaction[]) {
	const last = new Map<string, string>();
	for (const { personIds, date, deletedAt } of interactions) {
		if (deletedAt !== null) continue;
		for (const personId of personIds) {
			const seen = last.get(personId);
			if (seen === undefined || date > seen) last.set(personId, date);
		}
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
	const last = lastContactsOf(interactions);
	const lastContacts = [...last].map(([personId, date]) => ({ personId, date }));
	const followUps = interactions
		.map(openFollowUpOf)
		.filter((f): f is OpenFollowUp => f !== undefined);
	const dues = people
		.map((p) => dueRowOf(p, last.get(p.id) ?? null))
		.filter((d): d is PersonDue => d !== undefined);
	return { lastContacts, followUps, dues, ledgerTotals: ledgerTotalsByPerson(exchanges) };
}
