import { nextDueOn } from './cadence';
import type { Exchange } from './exchange';
import type { Interaction } from './interaction';
import { insightFolder } from './insights/counters';
import { introductionsOf } from './insights/introductions';
import type { Lead } from './lead';
import { ledgerFolder, ledgerTotalsByPerson } from './ledger';
import type { Person } from './person';

/**
 * Stores derived from people, interactions and exchanges, kept in the same
 * transaction as every write and rebuilt whenever a whole dataset is loaded: each
 * person's newest contact day, the follow-ups still open, and when each person is
 * next due for a touch. (Who took part in an interaction is the `*personIds` index.)
 */

/**
 * Each person's most recent day of contact: an interaction with them, or a give or
 * receive with them (advice given by email, a referral they sent, an introduction
 * made) — any of these is a touch, and makes them due again only a cadence later.
 */
export type LastContact = { personId: string; date: string };

function foldDay(last: Map<string, string>, personId: string, date: string) {
	const seen = last.get(personId);
	if (seen === undefined || date > seen) last.set(personId, date);
}

/** Folds live interactions' days into each person's newest (mutates `last`). */
function foldInteractionContacts(last: Map<string, string>, rows: readonly Interaction[]) {
	for (const { personIds, date, deletedAt } of rows) {
		if (deletedAt === null) for (const personId of personIds) foldDay(last, personId, date);
	}
}

/** Folds live gives' and receives' days into each person's newest (mutates `last`). */
export function foldExchangeContacts(last: Map<string, string>, rows: readonly Exchange[]) {
	for (const { personId, date, deletedAt } of rows) {
		if (deletedAt === null) foldDay(last, personId, date);
	}
}

/** The newest day per person among the live interactions and exchanges given. */
export function lastContactsOf(
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[]
) {
	const last = new Map<string, string>();
	foldInteractionContacts(last, interactions);
	foldExchangeContacts(last, exchanges);
	return last;
}

/**
 * A follow-up still waiting for the user: a live interaction, date set, not done, with
 * someone still in Rapport to follow up with (deleting the only person in it takes it
 * off Today and the calendar; undoing the deletion puts it back).
 */
export type OpenFollowUp = { interactionId: string; followUpOn: string };

/** Whether a person is in Rapport (stored and not deleted). */
export type IsLive = (personId: string) => boolean;

export function openFollowUpOf(interaction: Interaction, isLive: IsLive): OpenFollowUp | undefined {
	const { id, deletedAt, followUpOn, followUpDone, personIds } = interaction;
	if (deletedAt !== null || followUpOn === null || followUpDone) return undefined;
	if (!personIds.some(isLive)) return undefined;
	return { interactionId: id, followUpOn };
}

/** `IsLive` over a list of people (deleted ones included or not). */
export function livePeople(people: Iterable<Person | undefined>): IsLive {
	const live = new Set<string>();
	for (const p of people) if (p && p.deletedAt === null) live.add(p.id);
	return (id) => live.has(id);
}

/**
 * When someone is next due for a touch, for people who can be due at all: live,
 * not archived, not only followed, with a cadence. Today reads these through an
 * index instead of computing it for everyone.
 */
export type PersonDue = { personId: string; dueOn: string };

export function dueRowOf(person: Person, lastContactOn: string | null): PersonDue | undefined {
	if (person.deletedAt !== null) return undefined;
	const dueOn = nextDueOn(person, lastContactOn);
	return dueOn === null ? undefined : { personId: person.id, dueOn };
}

/** Every derived row for a whole dataset. */
export function derivedRows(
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[]
) {
	const last = lastContactsOf(interactions, exchanges);
	return {
		lastContacts: lastContactRows(last),
		followUps: followUpsOf(interactions, livePeople(people)),
		dues: duesOf(people, last),
		ledgerTotals: ledgerTotalsByPerson(exchanges)
	};
}

const lastContactRows = (last: Map<string, string>): LastContact[] =>
	[...last].map(([personId, date]) => ({ personId, date }));

const followUpsOf = (interactions: readonly Interaction[], isLive: IsLive) =>
	interactions
		.map((i) => openFollowUpOf(i, isLive))
		.filter((f): f is OpenFollowUp => f !== undefined);

const duesOf = (people: readonly Person[], last: Map<string, string>) =>
	people
		.map((p) => dueRowOf(p, last.get(p.id) ?? null))
		.filter((d): d is PersonDue => d !== undefined);

/**
 * Every derived store's rows for a whole dataset, folded a batch of records at
 * a time: a restore folds each chunk while the database stores the chunks
 * before it, instead of stopping the page for seconds before the first write.
 * `rows()` equals `derivedRows` plus Insights' rows and who introduced whom.
 */
export function derivedFolder(people: readonly Person[]) {
	const byId = new Map(people.map((p) => [p.id, p]));
	const isLive = livePeople(people);
	const last = new Map<string, string>();
	const followUps: OpenFollowUp[] = [];
	const ledger = ledgerFolder();
	const insights = insightFolder((id) => byId.get(id));
	return {
		interactions(rows: readonly Interaction[]) {
			foldInteractionContacts(last, rows);
			followUps.push(...followUpsOf(rows, isLive));
			insights.interactions(rows);
		},
		exchanges(rows: readonly Exchange[]) {
			foldExchangeContacts(last, rows);
			ledger.add(rows);
			insights.exchanges(rows);
		},
		leads(rows: readonly Lead[]) {
			insights.leads(rows);
		},
		rows() {
			return {
				lastContacts: lastContactRows(last),
				followUps,
				dues: duesOf(people, last),
				ledgerTotals: ledger.rows(),
				insights: insights.rows(),
				introductions: introductionsOf(people)
			};
		}
	};
}
