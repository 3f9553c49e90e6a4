import type { InteractionPerson } from './interaction';

/** Derived: each person's most recent interaction day (kept in step on every write). */
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
