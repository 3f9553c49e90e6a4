import { Dexie, type Table } from 'dexie';
import {
	derivedFolder,
	dueRowOf,
	foldExchangeContacts,
	lastContactsOf,
	livePeople,
	openFollowUpOf
} from '../domain/derived';
import type { Exchange } from '../domain/exchange';
import {
	addInto,
	addToRow,
	exchangeCounters,
	interactionCounters,
	countersOf,
	leadCounters,
	packRow,
	rowId,
	SPENT,
	splitKey,
	type Contribution,
	type InsightRow,
	type Counters,
	type PeopleLookup
} from '../domain/insights/counters';
import type { Interaction } from '../domain/interaction';
import {
	applyPeople,
	copyIntroductions,
	emptyIntroductions,
	INTRODUCTIONS_ID,
	isEmpty,
	mentions
} from '../domain/insights/introductions';
import type { Lead } from '../domain/lead';
import type { Person } from '../domain/person';
import type { RapportDB } from './database';

/**
 * Keeps the derived stores (see domain/derived.ts) equal to a full recompute.
 * Every function here runs inside the caller's write transaction, whose scope
 * must include the stores its caller's `*DerivedTables` list (the derived stores,
 * and the people, interactions and exchanges they are read from).
 */

/**
 * The stores a write of someone's contact days must also lock: their last contact
 * and due day, read from their interactions and exchanges, and who they are.
 */
const contactTables = (d: RapportDB) => [
	d.lastContacts,
	d.personDue,
	d.people,
	d.interactions,
	d.exchanges
];

/** The stores an interaction write must also lock. */
export const interactionDerivedTables = (d: RapportDB) => [
	...contactTables(d),
	d.openFollowUps,
	d.insights
];

/**
 * The stores a person write must also lock: a change of organisations or of
 * the channel they were met through moves their interactions' time in Insights.
 */
export const personDerivedTables = (d: RapportDB) => [
	d.lastContacts,
	d.openFollowUps,
	d.personDue,
	d.insights,
	d.introductions,
	d.interactions
];

/** The stores an exchange write must also lock. */
export const exchangeDerivedTables = (d: RapportDB) => [
	d.ledgerTotals,
	d.insights,
	...contactTables(d)
];

/** The stores a lead write must also lock (see `syncLead`). */
export const leadDerivedTables = (d: RapportDB) => [d.insights];

/**
 * Applies the difference between a record's old and new contributions to the
 * Insights rows (read, add, write; a row left with no counter is deleted).
 */
export async function applyInsights(
	database: RapportDB,
	removed: Contribution[],
	added: Contribution[]
) {
	const delta = new Map<string, Counters>();
	addInto(delta, removed, -1);
	addInto(delta, added, 1);
	const ids = [...delta].filter(([, c]) => Object.keys(c).length > 0).map(([id]) => id);
	if (ids.length === 0) return;
	const stored = await database.insights.bulkGet(ids);
	const put = [];
	const drop = [];
	for (const [n, id] of ids.entries()) {
		const next = addToRow(id, stored[n], delta.get(id)!);
		if (next.k.length > 0) put.push(next);
		else drop.push(id);
	}
	await database.insights.bulkPut(put);
	await database.insights.bulkDelete(drop);
}

const lookupOf =
	(people: readonly (Person | undefined)[]): PeopleLookup =>
	(id) =>
		people.find((p) => p?.id === id);

/** Recomputes when these people are next due, from their record and last contact. */
export async function refreshDue(
	database: RapportDB,
	people: readonly Person[],
	/** Their last contact days when the caller has just written them (no read needed). */
	known?: ReadonlyMap<string, string>
) {
	const last = known
		? people.map((p) => {
				const date = known.get(p.id);
				return date === undefined ? undefined : { date };
			})
		: await database.lastContacts.bulkGet(people.map((p) => p.id));
	const put = [];
	const drop = [];
	for (const [i, person] of people.entries()) {
		const row = dueRowOf(person, last[i]?.date ?? null);
		if (row) put.push(row);
		else drop.push(person.id);
	}
	await database.personDue.bulkPut(put);
	await database.personDue.bulkDelete(drop);
}

/**
 * These people's interactions, tombstoned too, each once: through the
 * `*personIds` index, one key range per person (faster than `anyOf`'s cursor).
 */
export async function interactionsOf(
	database: RapportDB,
	personIds: readonly string[]
): Promise<Interaction[]> {
	const perPerson = await Promise.all(
		personIds.map((id) => database.interactions.where('personIds').equals(id).toArray())
	);
	const byId = new Map<string, Interaction>();
	for (const rows of perPerson) for (const row of rows) byId.set(row.id, row);
	return [...byId.values()];
}

/**
 * Each person's newest live give or receive, through the [personId+date] index read
 * from its end (the first live one is nearly always the newest row).
 */
async function newestExchanges(database: RapportDB, personIds: readonly string[]) {
	const newest = await Promise.all(
		personIds.map((id) =>
			database.exchanges
				.where('[personId+date]')
				.between([id, Dexie.minKey], [id, Dexie.maxKey])
				.reverse()
				.filter((e) => e.deletedAt === null)
				.first()
		)
	);
	return newest.filter((e): e is Exchange => e !== undefined);
}

/**
 * Recomputes these people's last contact (their interactions and their gives and
 * receives) and when they are next due. Resolves to the people, as stored.
 */
async function syncContacts(database: RapportDB, touched: string[]) {
	const [theirs, exchanges, people] = await Promise.all([
		interactionsOf(database, touched),
		newestExchanges(database, touched),
		database.people.bulkGet(touched)
	]);
	const last = lastContactsOf(theirs, exchanges);
	const dated = touched.filter((id) => last.has(id));
	const undated = touched.filter((id) => !last.has(id));
	await Promise.all([
		database.lastContacts.bulkPut(
			dated.map((personId) => ({ personId, date: last.get(personId)! }))
		),
		database.lastContacts.bulkDelete(undated)
	]);
	await refreshDue(
		database,
		people.filter((p): p is Person => p !== undefined),
		last
	);
	return people;
}

/**
 * After a live record was added or restored on `date`: it is these people's last contact if
 * it is newer than theirs (nothing else can have moved), without reading their history.
 * Resolves to the people, as stored.
 */
async function noteContact(database: RapportDB, touched: string[], date: string) {
	const [stored, people] = await Promise.all([
		database.lastContacts.bulkGet(touched),
		database.people.bulkGet(touched)
	]);
	const newer = new Set(touched.filter((_, i) => !stored[i] || stored[i].date < date));
	if (newer.size > 0) {
		await database.lastContacts.bulkPut([...newer].map((personId) => ({ personId, date })));
		await refreshDue(
			database,
			people.filter((p): p is Person => p !== undefined && newer.has(p.id)),
			new Map([...newer].map((id) => [id, date]))
		);
	}
	return people;
}

/** Whether a write made a record live that was not (an add, or the undo of a delete). */
const cameBack = (record: { deletedAt: string | null }, previous?: { deletedAt: string | null }) =>
	record.deletedAt === null && (!previous || previous.deletedAt !== null);

/**
 * After an interaction was written or tombstoned: the last contact and due day
 * of everyone it names now or named before, Insights' counters, and its open
 * follow-up.
 */
export async function syncInteraction(
	database: RapportDB,
	interaction: Interaction,
	previous?: Interaction
) {
	const touched = [...new Set([...(previous?.personIds ?? []), ...interaction.personIds])];
	// A restore names the people it named when deleted (`touched` is theirs alone).
	const people = cameBack(interaction, previous)
		? await noteContact(database, touched, interaction.date)
		: await syncContacts(database, touched);
	const lookup = lookupOf(people);
	// The people of the interaction as it is now (all of them among `touched`).
	const open = openFollowUpOf(interaction, livePeople(people));
	await Promise.all([
		applyInsights(
			database,
			previous ? interactionCounters(previous, lookup) : [],
			interactionCounters(interaction, lookup)
		),
		open ? database.openFollowUps.put(open) : database.openFollowUps.delete(interaction.id)
	]);
}

/**
 * After a person was written or tombstoned: when they are next due, Insights' time, and
 * (deleted or brought back) the follow-ups with them.
 */
export async function syncPerson(database: RapportDB, person: Person, previous?: Person) {
	await refreshDue(database, [person]);
	await syncPeopleFacts(database, [[person, previous]]);
	await syncIntroductions(database, [person]);
	if (previous && (previous.deletedAt === null) !== (person.deletedAt === null)) {
		await syncFollowUpsOf(database, person.id);
	}
}

/** The open follow-ups of one person's interactions, as their people now are. */
async function syncFollowUpsOf(database: RapportDB, personId: string) {
	const theirs = await interactionsOf(database, [personId]);
	const ids = [...new Set(theirs.flatMap((i) => i.personIds))];
	const isLive = livePeople(await database.people.bulkGet(ids));
	const open = [];
	const closed = [];
	for (const interaction of theirs) {
		const row = openFollowUpOf(interaction, isLive);
		if (row) open.push(row);
		else closed.push(interaction.id);
	}
	await Promise.all([
		database.openFollowUps.bulkPut(open),
		database.openFollowUps.bulkDelete(closed)
	]);
}

/** After people were written: who introduced whom (one row; written only when it changed). */
export async function syncIntroductions(database: RapportDB, people: readonly Person[]) {
	const stored = await database.introductions.get(INTRODUCTIONS_ID);
	const concerned = people.some(
		(p) => p.introducedById !== null || p.deletedAt !== null || (stored && mentions(stored, p.id))
	);
	if (!concerned) return;
	const row = stored ? copyIntroductions(stored) : emptyIntroductions();
	if (!applyPeople(row, people)) return;
	if (isEmpty(row)) await database.introductions.delete(INTRODUCTIONS_ID);
	else await database.introductions.put(row);
}

const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * After people were written (already stored), given what each was before: for
 * those whose organisations or first channel changed, moves the time of every
 * interaction they are in from what it counted for before to what it counts for
 * now (the interaction's other people as they are).
 */
export async function syncPeopleFacts(
	database: RapportDB,
	changes: readonly (readonly [Person, Person | undefined])[]
) {
	const before = new Map<string, Person>();
	for (const [person, previous] of changes) {
		if (!previous) continue;
		const same =
			previous.metChannel === person.metChannel &&
			sameList(previous.organisationIds, person.organisationIds);
		if (!same) before.set(person.id, previous);
	}
	if (before.size === 0) return;
	const interactions = (await interactionsOf(database, [...before.keys()])).filter(
		(i) => i.deletedAt === null
	);
	const ids = [...new Set(interactions.flatMap((i) => i.personIds))];
	const now = new Map(
		(await database.people.bulkGet(ids)).filter((p) => p !== undefined).map((p) => [p.id, p])
	);
	const timeOnly = (c: Contribution) => c.family === 't';
	const then: PeopleLookup = (id) => before.get(id) ?? now.get(id);
	await applyInsights(
		database,
		interactions.flatMap((i) => interactionCounters(i, then).filter(timeOnly)),
		interactions.flatMap((i) => interactionCounters(i, (id) => now.get(id)).filter(timeOnly))
	);
}

/**
 * After an exchange was written or tombstoned: Insights' given and received, and the
 * last contact and due day of the person it names now or named before (unless only
 * what it was or its note changed).
 */
export async function syncExchange(database: RapportDB, exchange: Exchange, previous?: Exchange) {
	await applyInsights(
		database,
		previous ? exchangeCounters(previous) : [],
		exchangeCounters(exchange)
	);
	const sameContact =
		previous?.personId === exchange.personId &&
		previous.date === exchange.date &&
		(previous.deletedAt === null) === (exchange.deletedAt === null);
	if (cameBack(exchange, previous)) {
		await noteContact(database, [exchange.personId], exchange.date);
	} else if (!sameContact) {
		await syncContacts(database, [
			...new Set([exchange.personId, previous?.personId ?? exchange.personId])
		]);
	}
}

/**
 * After a lead was written or tombstoned (add, edit, status change, delete,
 * undo): Insights' leads, wins and value by channel, referrer, organisation and
 * person. Every lead write calls it in its transaction, `previous` being the
 * stored lead it replaced (undefined for a new one), with `leadDerivedTables` locked.
 */
export function syncLead(database: RapportDB, lead: Lead, previous?: Lead) {
	return applyInsights(database, previous ? leadCounters(previous) : [], leadCounters(lead));
}

/**
 * Fills derived stores for a whole dataset (the stores must be empty): all of
 * them, or `only` the ones named (a schema upgrade fills just its new stores).
 */
export async function writeDerived(
	database: RapportDB,
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[],
	leads: readonly Lead[],
	options: { only?: readonly string[] } = {}
) {
	const folder = derivedFolder(people);
	folder.interactions(interactions);
	folder.exchanges(exchanges);
	folder.leads(leads);
	const rows = folder.rows();
	const writes: [Table, object[]][] = [
		[database.lastContacts, rows.lastContacts],
		[database.openFollowUps, rows.followUps],
		[database.personDue, rows.dues],
		[database.ledgerTotals, rows.ledgerTotals],
		[database.insights, rows.insights],
		[database.introductions, rows.introductions]
	];
	for (const [table, all] of writes) {
		if (!options.only || options.only.includes(table.name)) await table.bulkAdd(all);
	}
}

/**
 * The upgrade to version 9, in its transaction: each person's last contact takes in their
 * newest live give or receive (before, interactions only) and their due day follows; and
 * Insights' activity rows hold what each live interaction cost out of pocket. Reads every
 * exchange and interaction once; writes only the rows that change. Both are set to what a
 * recompute gives, not added to: a database upgraded from version 1 or 2 in the same open
 * had its stores filled by today's code (with exchanges and costs) a moment before.
 */
export async function countExchangesAndSpending(database: RapportDB) {
	const [stored, exchanges, interactions, activity] = await Promise.all([
		database.lastContacts.toArray(),
		database.exchanges.toArray(),
		database.interactions.toArray(),
		// Every activity row: `a|` and its bucket.
		database.insights.where('id').startsWith(rowId('', 'a')).toArray()
	]);
	const before = new Map(stored.map((r) => [r.personId, r.date]));
	const last = new Map(before);
	foldExchangeContacts(last, exchanges);
	const moved = [...last]
		.filter(([personId, date]) => before.get(personId) !== date)
		.map(([personId, date]) => ({ personId, date }));
	if (moved.length) {
		await database.lastContacts.bulkPut(moved);
		const people = await database.people.bulkGet(moved.map((r) => r.personId));
		await refreshDue(
			database,
			people.filter((p): p is Person => p !== undefined),
			last
		);
	}
	const isSpent = (k: string) => splitKey(k)[0] === SPENT;
	const noFacts: PeopleLookup = () => undefined;
	const spent = new Map<string, Counters>();
	addInto(
		spent,
		interactions
			.filter((i) => i.deletedAt === null && i.cost?.amountMinor)
			.flatMap((i) => interactionCounters(i, noFacts).filter((c) => isSpent(c.key))),
		1
	);
	const put: InsightRow[] = [];
	for (const row of activity) {
		const counters = { ...countersOf(row, (k) => !isSpent(k)), ...spent.get(row.id) };
		spent.delete(row.id);
		const next = packRow(row.id, counters);
		if (!sameList(next.k, row.k) || !next.v.every((v, i) => v === row.v[i])) put.push(next);
	}
	for (const [id, counters] of spent) put.push(packRow(id, counters));
	await database.insights.bulkPut(put.filter((row) => row.k.length > 0));
	await database.insights.bulkDelete(put.filter((row) => row.k.length === 0).map((r) => r.id));
}
