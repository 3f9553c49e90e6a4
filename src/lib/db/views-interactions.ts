import { addDaysTo } from '../domain/days';
import { newestFirst, type Interaction } from '../domain/interaction';
import type { InteractionPlan } from '../domain/filters/plan';
import type { Settings } from '../domain/settings';
import { db } from './database';
import { interactionsOf } from './derived';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

/**
 * The interactions an index plan allows, newest first: a date range through the
 * `date` index, kinds through `kind`, people through `*personIds`. The remaining filters run in memory over these.
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
			// One key range per kind: `anyOf` walks a cursor, which is several times slower.
			const perKind = await Promise.all(
				plan.kinds.map((kind) => database.interactions.where('kind').equals(kind).toArray())
			);
			rows = perKind.flat();
		} else {
			rows = await interactionsOf(database, plan.personIds);
		}
		return rows
			.filter((i): i is Interaction => i !== undefined && i.deletedAt === null)
			.sort(newestFirst);
	});
}

/**
 * Newest first through the `date` index, keeping those that pass `test`, and
 * stopping once `limit` are found: a list that shows 50 at a time never reads
 * all 100,000 rows unless the filters match almost nothing. It reads windows of
 * days (a month, then twice as long each time) because a range read is many
 * times faster than walking a cursor row by row.
 */
export function scanInteractions(
	test: (i: Interaction) => boolean,
	limit: number
): Promise<{ rows: Interaction[]; complete: boolean }> {
	return guarded(async () => {
		const table = db().interactions;
		const [newest, oldest] = await Promise.all([
			table.orderBy('date').last(),
			table.orderBy('date').first()
		]);
		const found: Interaction[] = [];
		if (!newest || !oldest) return { rows: found, complete: true };
		let to = newest.date;
		let span = 31;
		while (to >= oldest.date && found.length <= limit) {
			const from = addDaysTo(to, 1 - span);
			const chunk = await table.where('date').between(from, to, true, true).toArray();
			found.push(...chunk.filter((i) => i.deletedAt === null && test(i)).sort(newestFirst));
			to = addDaysTo(from, -1);
			span = Math.min(span * 2, 4 * 366);
		}
		return { rows: found.slice(0, limit), complete: found.length <= limit };
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
