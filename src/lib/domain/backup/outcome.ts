import type { Dataset, DatasetCounts } from '../dataset';
import { plural } from '../plural';
import { BACKUP_ENTITIES, ENTITY_LABELS, type BackupEntity } from './format';
import type { MergePlan, MergePreview } from './merge';

/** What a restore did: a replace puts the backup's records on the device; a merge, its plan. */
export type RestoreOutcome =
	{ mode: 'replace'; counts: DatasetCounts } | { mode: 'merge'; preview: MergePreview };

/** Records as the user sees them: tombstones (kept so that undo works) left out. */
export function liveCounts(data: Omit<Dataset, 'settings'>): DatasetCounts {
	const live = (rows: readonly { deletedAt: string | null }[]) =>
		rows.reduce((n, r) => (r.deletedAt === null ? n + 1 : n), 0);
	return {
		people: live(data.people),
		organisations: live(data.organisations),
		interactions: live(data.interactions),
		exchanges: live(data.exchanges),
		leads: live(data.leads)
	};
}

/** "a, b and c"; "a" alone. */
function list(words: readonly string[]): string {
	return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]!;
}

const countOf = (entity: BackupEntity, n: number) =>
	plural(n, ENTITY_LABELS[entity].one, ENTITY_LABELS[entity].many);

/** Every entity's count: "12 people, 1 organisation, 0 interactions, 2 gives and receives and 1 lead". */
export function countsText(counts: DatasetCounts): string {
	return list(BACKUP_ENTITIES.map((entity) => countOf(entity, counts[entity])));
}

/**
 * The question before a replace: what on this device goes (its live records now) and what
 * takes its place (the backup's).
 */
export function replaceWarning(device: DatasetCounts, backup: DatasetCounts): string {
	const incoming = `the backup’s ${countsText(backup)}`;
	const empty = BACKUP_ENTITIES.every((entity) => device[entity] === 0);
	if (empty)
		return `This device holds no records yet. It gets ${incoming}, and the backup’s settings.`;
	return `This device’s ${countsText(device)} will be replaced by ${incoming}. Anything added or changed here since the backup was made is lost, and so are this device’s settings, channels, templates and saved views. This cannot be undone.`;
}

/**
 * What a merge removes: records this device shows that the backup holds as deleted later,
 * "3 people and 1 interaction that were deleted in the backup"; '' when none.
 */
export function removedText(records: MergePlan): string {
	const removed = BACKUP_ENTITIES.filter((e) => records[e].removed > 0);
	if (removed.length === 0) return '';
	const total = removed.reduce((n, e) => n + records[e].removed, 0);
	const what = list(removed.map((e) => countOf(e, records[e].removed)));
	return `${what} that ${total === 1 ? 'was' : 'were'} deleted in the backup`;
}

/**
 * The toast after a restore. A replace says what is now on the device; a merge says what it
 * added, updated and removed (deletions made in the backup, counted apart from the records it
 * brought), never the backup's size as if all of it had come in.
 */
export function restoredMessage(outcome: RestoreOutcome): string {
	if (outcome.mode === 'replace') return `Restored the backup: ${countsText(outcome.counts)}.`;
	const { records, settings } = outcome.preview;
	const counted = (key: 'added' | 'updated') =>
		BACKUP_ENTITIES.filter((e) => records[e][key] > 0).map((e) => countOf(e, records[e][key]));
	const added = [
		...counted('added'),
		...(
			[
				[settings.added.channels, 'channel'],
				[settings.added.templates, 'template'],
				[settings.added.savedViews, 'saved view']
			] as const
		)
			.filter(([n]) => n > 0)
			.map(([n, one]) => plural(n, one))
	];
	const updated = counted('updated');
	const removed = removedText(records);
	const parts = [
		added.length ? `added ${list(added)}` : '',
		updated.length ? `updated ${list(updated)}` : '',
		removed ? `removed ${removed}` : ''
	].filter(Boolean);
	const preferences = settings.preferencesFrom === 'backup' ? ' Preferences are the backup’s.' : '';
	if (parts.length === 0)
		return `Merged the backup: nothing in it was new or newer than this device’s records.${preferences}`;
	return `Merged the backup: ${parts.join('; ')}.${preferences}`;
}
