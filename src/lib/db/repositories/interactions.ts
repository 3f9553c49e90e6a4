import { Dexie } from 'dexie';
import { linksOf, openFollowUpOf } from '../../domain/derived';
import {
	interactionSchema,
	type Interaction,
	type InteractionDraft
} from '../../domain/interaction';
import { db, type RapportDB } from '../database';
import { guarded, repository } from '../repository';

/**
 * Keeps the derived stores equal to the interaction, in the same transaction:
 * its (person, date) rows, the last-contact day of everyone it names now or
 * named before, and its open follow-up.
 */
async function syncDerived(database: RapportDB, interaction: Interaction) {
	const before = await database.interactionPeople
		.where('interactionId')
		.equals(interaction.id)
		.toArray();
	await database.interactionPeople.bulkDelete(before.map((l) => l.id));
	await database.interactionPeople.bulkPut(linksOf(interaction));
	const touched = new Set([...before.map((l) => l.personId), ...interaction.personIds]);
	for (const personId of touched) {
		const newest = await database.interactionPeople
			.where('[personId+date]')
			.between([personId, Dexie.minKey], [personId, Dexie.maxKey])
			.last();
		if (newest) await database.lastContacts.put({ personId, date: newest.date });
		else await database.lastContacts.delete(personId);
	}
	const open = openFollowUpOf(interaction);
	if (open) await database.openFollowUps.put(open);
	else await database.openFollowUps.delete(interaction.id);
}

const interactions = repository<Interaction, typeof interactionSchema>({
	table: (d) => d.interactions,
	alsoWrites: (d) => [d.interactionPeople, d.lastContacts, d.openFollowUps],
	schema: interactionSchema,
	what: 'The interaction',
	references: [
		{
			field: 'personIds',
			table: 'people',
			ids: (i) => i.personIds,
			message: 'Someone in this interaction is no longer in Rapport.'
		}
	],
	hooks: { afterWrite: syncDerived }
});

export const addInteraction = (draft: InteractionDraft) => interactions.add(draft);
export const updateInteraction = interactions.update;
export const deleteInteraction = interactions.remove;
export const restoreInteraction = interactions.restore;
export const getInteraction = interactions.get;

/** A person's interactions, newest first, through the [personId+date] index. */
export function interactionsForPerson(personId: string): Promise<Interaction[]> {
	return guarded(async () => {
		const database = db();
		const links = await database.interactionPeople
			.where('[personId+date]')
			.between([personId, Dexie.minKey], [personId, Dexie.maxKey])
			.reverse()
			.toArray();
		const rows = await database.interactions.bulkGet(links.map((l) => l.interactionId));
		return rows.filter((r): r is Interaction => r !== undefined && r.deletedAt === null);
	});
}

/** The newest interactions across everyone. */
export function recentInteractions(limit: number): Promise<Interaction[]> {
	return guarded(() =>
		db()
			.interactions.orderBy('date')
			.reverse()
			.filter((i) => i.deletedAt === null)
			.limit(limit)
			.toArray()
	);
}

/** Interactions with a follow-up date that is not done yet, from the derived store. */
export function openFollowUps(): Promise<Interaction[]> {
	return guarded(async () => {
		const database = db();
		const open = await database.openFollowUps.toArray();
		const rows = await database.interactions.bulkGet(open.map((f) => f.interactionId));
		return rows.filter((i): i is Interaction => i !== undefined);
	});
}

/** Interactions dated within [from, to] (inclusive day strings). */
export function interactionsBetween(from: string, to: string): Promise<Interaction[]> {
	return guarded(() =>
		db()
			.interactions.where('date')
			.between(from, to, true, true)
			.filter((i) => i.deletedAt === null)
			.toArray()
	);
}

/** Each person's most recent interaction day, from the derived row kept per person. */
export function lastContactByPerson(): Promise<Map<string, string>> {
	return guarded(async () => {
		const rows = await db().lastContacts.toArray();
		return new Map(rows.map((r) => [r.personId, r.date]));
	});
}
