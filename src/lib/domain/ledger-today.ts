import { addDaysTo, daysBetween } from './days';
import type { LedgerTotals } from './ledger';
import { ledgerOf, type Ledger } from './ledger-status';
import type { LedgerRules } from './ledger-value';
import { compareNames } from './names';
import type { Person } from './person';

/** Today's nudges to give back, from the per-person totals and the people already loaded. */

const active = (p: Person) => p.deletedAt === null && !p.archived;

export type Owed = { person: Person; ledger: Ledger };

/** People whose balance leans to you (you received more), the biggest debt first. */
export function youOwe(
	people: readonly Person[],
	totals: ReadonlyMap<string, LedgerTotals>,
	rules: LedgerRules
): Owed[] {
	const out: Owed[] = [];
	for (const person of people) {
		const row = totals.get(person.id);
		if (!row || !active(person)) continue;
		const ledger = ledgerOf(row, rules);
		if (ledger.status === 'you-owe') out.push({ person, ledger });
	}
	return out.sort(
		(a, b) => b.ledger.balance - a.ledger.balance || compareNames(a.person.name, b.person.name)
	);
}

export type NotGivenTo = {
	person: Person;
	lastGivenOn: string | null;
	/** Days since you last gave them anything; null when never. */
	daysSince: number | null;
};

/**
 * People you have not given anything in `days` days (or ever), never-given first,
 * then the longest wait.
 */
function notGivenSince(
	people: readonly Person[],
	totals: ReadonlyMap<string, LedgerTotals>,
	today: string,
	days: number,
	include: (p: Person) => boolean
): NotGivenTo[] {
	const since = addDaysTo(today, -days);
	const out: NotGivenTo[] = [];
	for (const person of people) {
		if (!active(person) || !include(person)) continue;
		const lastGivenOn = totals.get(person.id)?.lastGivenOn ?? null;
		if (lastGivenOn !== null && lastGivenOn > since) continue;
		out.push({
			person,
			lastGivenOn,
			daysSince: lastGivenOn === null ? null : daysBetween(lastGivenOn, today)
		});
	}
	return out.sort(
		(a, b) =>
			(b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) ||
			compareNames(a.person.name, b.person.name)
	);
}

/** A mentor you know, not one whose work you only follow. */
const knownMentor = (p: Person) => p.roles.includes('mentor') && p.connection !== 'following';

/** Whether there is any mentor the mentors' list could name (so "every mentor" is true). */
export const hasMentors = (people: readonly Person[]) =>
	people.some((p) => active(p) && knownMentor(p));

/** Mentors you know (not ones you only follow) you have not offered anything in N days. */
export function mentorsToGiveTo(
	people: readonly Person[],
	totals: ReadonlyMap<string, LedgerTotals>,
	today: string,
	days: number
): NotGivenTo[] {
	return notGivenSince(people, totals, today, days, knownMentor);
}

/** People whose work you follow (mentors from afar): share an insight with them. */
export function insightPrompts(
	people: readonly Person[],
	totals: ReadonlyMap<string, LedgerTotals>,
	today: string,
	days: number
): NotGivenTo[] {
	return notGivenSince(people, totals, today, days, (p) => p.connection === 'following');
}
