import type { Dataset } from '../dataset';
import { BACKUP_ENTITIES, type BackupEntity } from './format';

type Stamped = { id: string; updatedAt: string };

export type RestoreMode = 'replace' | 'merge';

/** What a merge does to one entity: records added, replaced by a newer copy, or left alone. */
export type MergeCounts = { added: number; updated: number; kept: number };
export type MergePlan = Record<BackupEntity, MergeCounts>;

/** The one rule for a record both sides have: the newer `updatedAt` wins; a tie keeps ours. */
export function incomingWins(existing: Stamped | undefined, incoming: Stamped): boolean {
	return existing === undefined || incoming.updatedAt > existing.updatedAt;
}

/** For the confirmation: counts only, from each side's ids and update times. */
export function planMerge(
	existing: Record<BackupEntity, readonly Stamped[]>,
	incoming: Record<BackupEntity, readonly Stamped[]>
): MergePlan {
	const plan = {} as MergePlan;
	for (const entity of BACKUP_ENTITIES) {
		const ours = new Map(existing[entity].map((r) => [r.id, r]));
		const counts: MergeCounts = { added: 0, updated: 0, kept: 0 };
		for (const row of incoming[entity]) {
			const mine = ours.get(row.id);
			if (mine === undefined) counts.added++;
			else if (incomingWins(mine, row)) counts.updated++;
			else counts.kept++;
		}
		plan[entity] = counts;
	}
	return plan;
}

function mergeRows<T extends Stamped>(existing: readonly T[], incoming: readonly T[]): T[] {
	const byId = new Map(existing.map((r) => [r.id, r]));
	for (const row of incoming) {
		if (incomingWins(byId.get(row.id), row)) byId.set(row.id, row);
	}
	return [...byId.values()];
}

/**
 * Everything on the device plus everything in the backup, by id; where both
 * hold a record, the one updated last wins (tombstones included, so a deletion
 * made after the backup stays deleted). Settings follow the same rule.
 */
export function mergeDatasets(existing: Dataset, incoming: Dataset): Dataset {
	return {
		settings: incomingWins(existing.settings, incoming.settings)
			? incoming.settings
			: existing.settings,
		people: mergeRows(existing.people, incoming.people),
		organisations: mergeRows(existing.organisations, incoming.organisations),
		interactions: mergeRows(existing.interactions, incoming.interactions),
		exchanges: mergeRows(existing.exchanges, incoming.exchanges),
		leads: mergeRows(existing.leads, incoming.leads)
	};
}
