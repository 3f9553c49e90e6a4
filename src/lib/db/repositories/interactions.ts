import { Dexie } from 'dexie';
import {
	interactionSchema,
	type Interaction,
	type InteractionDraft,
	type InteractionPerson
} from '../../domain/interaction';
import { db, type RapportDB } from '../database';
import { guarded, repository } from '../repository';

export function linksOf(interaction: Interaction): InteractionPerson[] {
	return interaction.personIds.map((personId) => ({
		id: `${interaction.id}:${personId}`,
		interactionId: interaction.id,
		personId,
		date: interaction.date
	}));
}

/**
 * Keeps the derived (person, date) rows equal to the live interaction, and the
 * last-contact day of everyone it names now or named before, in the same transaction.
 */
async function syncLinks(database: RapportDB, interaction: Interaction) {
	const before = await database.interactionPeople
		.where('interactionId')
		.equals(interaction.id)
		.toArray();
	await database.interactionPeople.bulkDelete(before.map((l) => l.id));
	if (interaction.deletedAt === null)
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
}

const interactions = repository<Interaction, typeof interactionSchema>({
	table: (d) => d.interactions,
	alsoWrites: (d) => [d.interactionPeople, d.lastContacts],
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
	hooks: { afterWrite: syncLinks }
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

/** Interactions with a follow-up date that is not done yet, soonest first. */
export function openFollowUps(): Promise<Interaction[]> {
	return guarded(async () =>
		(
			await db().interactions.where('followUpOn').between(Dexie.minKey, Dexie.maxKey).toArray()
		).filter((i) => i.deletedAt === null && !i.followUpDone)
	);
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
