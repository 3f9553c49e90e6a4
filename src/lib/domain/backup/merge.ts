import type { Dataset } from '../dataset';
import { settingsSchema, type Settings } from '../settings';
import { describeErrors } from '../validation';
import { TEMPLATE_NAME_MAX, templateNameKey, type RecordTemplate } from '../templates';
import { BACKUP_ENTITIES, type BackupEntity } from './format';

type Stamped = { id: string; updatedAt: string };
type Deletable = Stamped & { deletedAt: string | null };

export type RestoreMode = 'replace' | 'merge';

/**
 * What a merge does to one entity, in records a person sees (tombstones are not records to
 * them): `added` appear here (new, or deleted here and live in the newer copy in the file),
 * `updated` are replaced by a newer copy, `removed` are deleted by a newer deletion in the
 * file, `kept` stay as this device has them.
 */
export type MergeCounts = { added: number; updated: number; removed: number; kept: number };
export type MergePlan = Record<BackupEntity, MergeCounts>;

/** The one rule for a record both sides have: the newer `updatedAt` wins; a tie keeps ours. */
export function incomingWins(existing: Stamped | undefined, incoming: Stamped): boolean {
	return existing === undefined || incoming.updatedAt > existing.updatedAt;
}

/**
 * For the confirmation: counts only, from each side's ids, update times and deletions. A
 * record deleted on both sides, or a deletion of one this device never had, changes nothing
 * anyone sees and is not counted (it is still merged, so the deletion travels on).
 */
export function planMerge(
	existing: Record<BackupEntity, readonly Deletable[]>,
	incoming: Record<BackupEntity, readonly Deletable[]>
): MergePlan {
	const plan = {} as MergePlan;
	for (const entity of BACKUP_ENTITIES) {
		const ours = new Map(existing[entity].map((r) => [r.id, r]));
		const counts: MergeCounts = { added: 0, updated: 0, removed: 0, kept: 0 };
		for (const row of incoming[entity]) {
			const mine = ours.get(row.id);
			const liveHere = mine !== undefined && mine.deletedAt === null;
			const liveInFile = row.deletedAt === null;
			if (!liveHere && !liveInFile) continue;
			if (!incomingWins(mine, row)) counts.kept++;
			else if (!liveInFile) counts.removed++;
			else if (liveHere) counts.updated++;
			else counts.added++;
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

/** Items of a list in Settings that only the other side has, appended after the kept side's own. */
function unionById<T extends { id: string }>(kept: readonly T[], other: readonly T[]): T[] {
	const ids = new Set(kept.map((x) => x.id));
	return [...kept, ...other.filter((x) => !ids.has(x.id))];
}

/**
 * The other side's templates after the kept side's. Two templates of a kind may not share a
 * name: one with the same name and the same fields is the same template made twice and is
 * left out; one that differs is kept under a new name ("Coffee (2)").
 */
function unionTemplates(
	kept: readonly RecordTemplate[],
	other: readonly RecordTemplate[]
): RecordTemplate[] {
	const out = [...kept];
	const ids = new Set(kept.map((t) => t.id));
	const byName = new Map(kept.map((t) => [templateNameKey(t), t]));
	for (const template of other) {
		if (ids.has(template.id)) continue;
		const twin = byName.get(templateNameKey(template));
		if (twin && JSON.stringify(twin.fields) === JSON.stringify(template.fields)) continue;
		let named = template;
		for (let n = 2; byName.has(templateNameKey(named)); n++) {
			const suffix = ` (${n})`;
			named = {
				...template,
				name: template.name.slice(0, TEMPLATE_NAME_MAX - suffix.length).trimEnd() + suffix
			};
		}
		out.push(named);
		ids.add(named.id);
		byName.set(templateNameKey(named), named);
	}
	return out;
}

/** What merging a backup's settings into the device's does, for the confirmation. */
export type SettingsMerge = {
	settings: Settings;
	/** Whose preferences (rate, currency, cadence, weights…) are kept: the copy edited last. */
	preferencesFrom: 'device' | 'backup';
	/** Channels, templates and saved views only the backup has, now on the device too. */
	added: { channels: number; templates: number; savedViews: number };
};

/**
 * Settings are one record, but the lists in them are the user's work: a merge keeps the
 * channels, templates and saved views of both sides (records from either side name their
 * own channels, so none may go missing). The preferences come from the copy edited last; a
 * device that never saved settings counts as older than any backup (pass `existing` as
 * undefined).
 */
export function mergeSettings(existing: Settings | undefined, incoming: Settings): SettingsMerge {
	const backupWins = existing === undefined || incomingWins(existing, incoming);
	const kept = backupWins ? incoming : existing;
	const other = backupWins ? existing : incoming;
	const channels = other ? unionById(kept.channels, other.channels) : kept.channels;
	const templates = other ? unionTemplates(kept.templates, other.templates) : kept.templates;
	const savedViews = other ? unionById(kept.savedViews, other.savedViews) : kept.savedViews;
	const before = existing ?? { channels: [], templates: [], savedViews: [] };
	return {
		settings: { ...kept, channels, templates, savedViews },
		preferencesFrom: backupWins ? 'backup' : 'device',
		added: {
			channels: channels.length - before.channels.length,
			templates: templates.length - before.templates.length,
			savedViews: savedViews.length - before.savedViews.length
		}
	};
}

/** The device's side of a merge: `settings` is undefined when it never saved any. */
export type DeviceData = Omit<Dataset, 'settings'> & { settings: Settings | undefined };

/** For the confirmation: what the merge does to each entity and to the settings. */
export type MergePreview = {
	records: MergePlan;
	settings: Pick<SettingsMerge, 'preferencesFrom' | 'added'>;
	/** Why the merge would be refused (the union is over a list's limit), or null. */
	refusal: string | null;
};

export function previewOf(existing: DeviceData, incoming: Dataset): MergePreview {
	const { settings, preferencesFrom, added } = mergeSettings(existing.settings, incoming.settings);
	// Both sides' settings were valid; their union may not be (over a hundred channels).
	const checked = settingsSchema.safeParse(settings);
	return {
		records: planMerge(existing, incoming),
		settings: { preferencesFrom, added },
		refusal: checked.success ? null : describeErrors(checked.error)
	};
}

/**
 * Everything on the device plus everything in the backup, by id; where both
 * hold a record, the one updated last wins (tombstones included, so a deletion
 * made after the backup stays deleted). Settings: see `mergeSettings`.
 */
export function mergeDatasets(existing: DeviceData, incoming: Dataset): Dataset {
	return {
		settings: mergeSettings(existing.settings, incoming.settings).settings,
		people: mergeRows(existing.people, incoming.people),
		organisations: mergeRows(existing.organisations, incoming.organisations),
		interactions: mergeRows(existing.interactions, incoming.interactions),
		exchanges: mergeRows(existing.exchanges, incoming.exchanges),
		leads: mergeRows(existing.leads, incoming.leads)
	};
}

/** The confirmation's sentence about settings. */
export function describeSettingsMerge({
	preferencesFrom,
	added
}: MergePreview['settings']): string {
	const preferences =
		preferencesFrom === 'backup'
			? 'Settings: the file’s preferences (hourly rate, currency, cadence and the rest) are used, as they were edited last.'
			: 'Settings: this device’s preferences (hourly rate, currency, cadence and the rest) stay, as they were edited last.';
	const lists = (
		[
			[added.channels, 'channel', 'channels'],
			[added.templates, 'template', 'templates'],
			[added.savedViews, 'saved view', 'saved views']
		] as const
	)
		.filter(([n]) => n > 0)
		.map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
	const tail =
		lists.length === 0
			? 'The file’s channels, templates and saved views are all here already.'
			: `Added from the file: ${lists.length > 1 ? `${lists.slice(0, -1).join(', ')} and ${lists.at(-1)}` : lists[0]}.`;
	return `${preferences} ${tail}`;
}
