import { lazily, z } from '../zod';
import { dayOfTimestamp } from '../days';
import { countsOf, type Dataset, type DatasetCounts } from '../dataset';

/** Names the file as ours, so another app's JSON is never mistaken for a backup. */
export const BACKUP_FORMAT = 'rapport-backup';
/**
 * Bumped when the file layout or a record shape changes in a way an older Rapport would refuse,
 * so that it asks to be updated instead of naming the unknown field. Every earlier version is
 * still read (fields added since read as their defaults).
 * 2 (2026-11-24): people may carry `touchSnooze`, a touch put off with Later on Today.
 */
export const BACKUP_FORMAT_VERSION = 2;

/**
 * Files above this are refused before they are read. The benchmark network
 * (10,000 people and 210,000 interactions, exchanges and leads: years of very
 * heavy use) exports to about 81 MB, so 50 MB backups are real and accepted;
 * much more than 1.5× that would make a phone browser run out of memory
 * parsing it, which crashes the tab instead of saying anything useful.
 */
export const MAX_BACKUP_BYTES = 128 * 1024 * 1024;

/** The entity arrays of a backup, in file order. Settings is a single record. */
export const BACKUP_ENTITIES = [
	'people',
	'organisations',
	'interactions',
	'exchanges',
	'leads'
] as const;
export type BackupEntity = (typeof BACKUP_ENTITIES)[number];

export const ENTITY_LABELS: Record<BackupEntity, { one: string; many: string }> = {
	people: { one: 'person', many: 'people' },
	organisations: { one: 'organisation', many: 'organisations' },
	interactions: { one: 'interaction', many: 'interactions' },
	exchanges: { one: 'give or receive', many: 'gives and receives' },
	leads: { one: 'lead', many: 'leads' }
};

const countSchema = lazily(() =>
	z.int({ error: 'Counts are whole numbers.' }).check(z.minimum(0), z.maximum(10_000_000))
);

/** Everything in the file except the records: checked first, so a foreign file stops early. */
export const backupHeaderSchema = lazily(() =>
	z.strictObject({
		format: z.literal(BACKUP_FORMAT),
		formatVersion: z
			.int({ error: 'Expected the backup format version as a whole number.' })
			.check(z.minimum(1), z.maximum(BACKUP_FORMAT_VERSION)),
		appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
		exportedAt: z.iso.datetime({ error: 'Expected the export time as a timestamp.' }),
		counts: z.strictObject({
			people: countSchema,
			organisations: countSchema,
			interactions: countSchema,
			exchanges: countSchema,
			leads: countSchema
		})
	})
);
export type BackupHeader = z.output<typeof backupHeaderSchema>;

/** A backup that passed every check: what restore writes. */
export type Backup = { header: BackupHeader; data: Dataset };

/**
 * The backup file as text: a JSON object with the header first, then one record
 * per line, so it opens (and greps) in a text editor and stays fast to write and
 * read for hundreds of thousands of rows. Any JSON reader can read it.
 */
export function serializeBackup(
	data: Dataset,
	meta: { appVersion: string; exportedAt: string }
): string {
	const bodies = Object.fromEntries(
		BACKUP_ENTITIES.map((entity) => [entity, serializeRows(data[entity])])
	) as Record<BackupEntity, string>;
	return assembleBackup(meta, data.settings, countsOf(data), bodies);
}

/** One entity's records as the file writes them: one per line, comma-separated. */
export function serializeRows(rows: readonly object[]): string {
	return rows.map((row) => `\t\t${JSON.stringify(row)}`).join(',\n');
}

/**
 * The file from its header facts and each entity's lines (`serializeRows`), so
 * an export can write each entity as soon as it is read (see `exportBackup`).
 */
export function assembleBackup(
	meta: { appVersion: string; exportedAt: string },
	settings: Dataset['settings'],
	counts: DatasetCounts,
	bodies: Record<BackupEntity, string>
): string {
	const header: BackupHeader = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: meta.appVersion,
		exportedAt: meta.exportedAt,
		counts
	};
	const lines = [
		'{',
		`\t"format": ${JSON.stringify(header.format)},`,
		`\t"formatVersion": ${header.formatVersion},`,
		`\t"appVersion": ${JSON.stringify(header.appVersion)},`,
		`\t"exportedAt": ${JSON.stringify(header.exportedAt)},`,
		`\t"counts": ${JSON.stringify(counts)},`,
		`\t"settings": ${JSON.stringify(settings)},`
	];
	BACKUP_ENTITIES.forEach((entity, index) => {
		const last = index === BACKUP_ENTITIES.length - 1 ? '' : ',';
		if (counts[entity] === 0) {
			lines.push(`\t${JSON.stringify(entity)}: []${last}`);
			return;
		}
		lines.push(`\t${JSON.stringify(entity)}: [`, bodies[entity], `\t]${last}`);
	});
	lines.push('}', '');
	return lines.join('\n');
}

/** `rapport-backup-2026-05-31.json`, from the export time (the local day). */
export function backupFilename(exportedAt: string): string {
	return `rapport-backup-${dayOfTimestamp(exportedAt)}.json`;
}
