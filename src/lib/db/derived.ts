import { Dexie, type Table } from 'dexie';
import { derivedRows, dueRowOf, linksOf, openFollowUpOf } from '../domain/derived';
import type { Exchange } from '../domain/exchange';
import type { Interaction } from '../domain/interaction';
import type { Person } from '../domain/person';
import type { RapportDB } from './database';

/**
 * Keeps the derived stores (see domain/derived.ts) equal to a full recompute.
 * Every function here runs inside the caller's write transaction, whose scope
 * must include DERIVED_TABLES and people.
 */

/** The stores an interaction write must also lock. */
export const interactionDerivedTables = (d: RapportDB) => [
	d.interactionPeople,
	d.lastContacts,
	d.openFollowUps,
	d.personDue,
	d.people
];

/** The stores a person write must also lock. */
export const personDerivedTables = (d: RapportDB) => [d.lastContacts, d.personDue];

/** Recomputes when these people are next due, from their record and last contact. */
export async function refreshDue(database: RapportDB, people: readonly Person[]) {
	const last = await database.lastContacts.bulkGet(people.map((p) => p.id));
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
 * After an interaction was written or tombstoned: its (person, date) rows, the
 * last contact and due day of everyone it names now or named before, and its
 * open follow-up.
 */
export async function syncInteraction(database: RapportDB, interaction: Interaction) {
	const before = await database.interactionPeople
		.where('interactionId')
		.equals(interaction.id)
		.toArray();
	await database.interactionPeople.bulkDelete(before.map((l) => l.id));
	await database.interactionPeople.bulkPut(linksOf(interaction));
	const touched = [...new Set([...before.map((l) => l.personId), ...interaction.personIds])];
	for (const personId of touched) {
		const newest = await database.interactionPeople
			.where('[personId+date]')
			.between([personId, Dexie.minKey], [personId, Dexie.maxKey])
			.last();
		if (newest) await database.lastContacts.put({ personId, date: newest.date });
		else await database.lastContacts.delete(personId);
	}
	const people = await database.people.bulkGet(touched);
	await refreshDue(
		database,
		people.filter((p): p is Person => p !== undefined)
	);
	const open = openFollowUpOf(interaction);
	if (open) await database.openFollowUps.put(open);
	else await database.openFollowUps.delete(interaction.id);
}

/** After a person was written or tombstoned: when they are next due. */
export function syncPerson(database: RapportDB, person: Person) {
	return refreshDue(database, [person]);
}

/** Every derived store's rows for a whole dataset, as (store, rows) pairs to write. */
export function derivedWrites(
	database: RapportDB,
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[]
): [Table, object[]][] {
	const rows = derivedRows(people, interactions, exchanges);
	return [
		[database.interactionPeople, rows.links],
		[database.lastContacts, rows.lastContacts],
		[database.openFollowUps, rows.followUps],
		[database.personDue, rows.dues],
		[database.ledgerTotals, rows.ledgerTotals]
	];
}

/** Fills every derived store for a whole dataset (the stores must be empty). */
export async function writeDerived(
	database: RapportDB,
	people: readonly Person[],
	interactions: readonly Interaction[],
	exchanges: readonly Exchange[],
	options: { except?: readonly string[] } = {}
) {
	for (const [table, rows] of derivedWrites(database, people, interactions, exchanges)) {
		if (options.except?.includes(table.name)) continue;
		await table.bulkAdd(rows);
	}
}
