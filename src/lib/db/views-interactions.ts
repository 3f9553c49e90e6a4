import { Dexie } from 'dexie';
import type { Interaction } from '../domain/interaction';
import type { InteractionPlan } from '../domain/filters/plan';
import type { Settings } from '../domain/settings';
import { db } from './database';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

const newestFirst = (a: Interaction, b: Interaction) =>
	a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/**
 * The interactions an index plan allows, newest first: a date range through the
 * `date` index, kinds through `kind`, people through `interactionPeople`
 * [personId+date]. The remaining filters run in memory over these.
 */
export function interactionCandidates(
	plan: Exclude<InteractionPlan, { index: 'none' }>
): Promise<Interaction[]> {
	return guarded(async () => {
		const database = db();
		let rows: (Interaction | undefined)[];
		if (plan.index === 'date') {
			rows = await database.interactions
				.where('date')
				.between(plan.from, plan.to, true, true)
				.toArray();
		} else if (plan.index === 'kind') {
			rows = await database.interactions.where('kind').anyOf(plan.kinds).toArray();
		} else {
			const ids = new Set<string>();
			await Promise.all(
				plan.personIds.map(async (personId) => {
					const links = await database.interactionPeople
						.where('[personId+date]')
						.between([personId, Dexie.minKey], [personId, Dexie.maxKey])
						.toArray();
					for (const l of links) ids.add(l.interactionId);
				})
			);
			rows = await database.interactions.bulkGet([...ids]);
		}
		return rows
			.filter((i): i is Interaction => i !== undefined && i.deletedAt === null)
			.sort(newestFirst);
	});
}

/**
 * Newest first through the `date` index, keeping those that pass `test`, and
 * stopping once `limit` are found: a list that shows 50 at a time never reads
 * all 100,000 rows unless the filters match almost nothing.
 */
export function scanInteractions(
	test: (i: Interaction) => boolean,
	limit: number
): Promise<{ rows: Interaction[]; complete: boolean }> {
	return guarded(async () => {
		const rows = await db()
			.interactions.orderBy('date')
			.reverse()
			.filter((i) => i.deletedAt === null && test(i))
			.limit(limit + 1)
			.toArray();
		// Same-day rows come in id order from the index: put them newest-first like the rest.
		const sorted = rows.sort(newestFirst);
		return { rows: sorted.slice(0, limit), complete: sorted.length <= limit };
	});
}

export type InteractionListContext = {
	/** Everyone an interaction can name (archived and deleted too), by id. */
	people: Map<string, { name: string; deleted: boolean }>;
	settings: Settings;
};

/** Names for rows and the person picker, and settings (channels, currency, saved views). */
export function loadInteractionContext(): Promise<InteractionListContext> {
	return guarded(async () => {
		const [people, settings] = await Promise.all([db().people.toArray(), getSettings()]);
		return {
			people: new Map(people.map((p) => [p.id, { name: p.name, deleted: p.deletedAt !== null }])),
			settings
		};
	});
}
