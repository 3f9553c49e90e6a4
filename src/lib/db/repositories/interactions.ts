import {
	interactionSchema,
	newestFirst,
	type Interaction,
	type InteractionDraft
} from '../../domain/interaction';
import { db } from '../database';
import { interactionDerivedTables, syncInteraction } from '../derived';
import { guarded, repository } from '../repository';
import { RecordNotFoundError } from '../errors';

const interactions = repository<Interaction, typeof interactionSchema>({
	table: (d) => d.interactions,
	alsoWrites: interactionDerivedTables,
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
	hooks: { afterWrite: syncInteraction }
});

export const addInteraction = (draft: InteractionDraft) => interactions.add(draft);

/**
 * Moves a follow-up to `day` ("Later" on Today). Resolves to what undoes it: the follow-up gets
 * its day back, unless its day was changed again since (then the newer day stays).
 */
export async function moveFollowUp(id: string, day: string): Promise<() => Promise<unknown>> {
	const tables = (d: ReturnType<typeof db>) => [d.interactions, ...interactionDerivedTables(d)];
	const before = await guarded(() => {
		const d = db();
		return d.transaction('rw', tables(d), async () => {
			const stored = await d.interactions.get(id);
			if (!stored || stored.deletedAt !== null) throw new RecordNotFoundError('The interaction');
			await interactions.update(id, { followUpOn: day });
			return stored;
		});
	});
	return () =>
		guarded(() => {
			const d = db();
			return d.transaction('rw', tables(d), async () => {
				const now = await d.interactions.get(id);
				if (now?.deletedAt === null && now.followUpOn === day) {
					await interactions.update(id, { followUpOn: before.followUpOn });
				}
			});
		});
}
export const updateInteraction = interactions.update;
export const deleteInteraction = interactions.remove;
export const restoreInteraction = interactions.restore;
export const getInteraction = interactions.get;

/** A person's interactions, newest first, through the `*personIds` index. */
export function interactionsForPerson(personId: string): Promise<Interaction[]> {
	return guarded(async () => {
		const rows = await db().interactions.where('personIds').equals(personId).toArray();
		return rows.filter((r) => r.deletedAt === null).sort(newestFirst);
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

/** Each person's last contact (interaction, give or receive), from the derived row kept per person. */
export function lastContactByPerson(): Promise<Map<string, string>> {
	return guarded(async () => {
		const rows = await db().lastContacts.toArray();
		return new Map(rows.map((r) => [r.personId, r.date]));
	});
}
