import { APP_VERSION } from '../app-version';
import type { Dataset, DatasetCounts } from '../domain/dataset';
import {
	assembleBackup,
	BACKUP_ENTITIES,
	backupFilename,
	serializeRows,
	type BackupEntity
} from '../domain/backup/format';
import {
	mergeDatasets,
	previewOf,
	type DeviceData,
	type MergePreview,
	type RestoreMode
} from '../domain/backup/merge';
import { liveCounts, type RestoreOutcome } from '../domain/backup/outcome';
import { defaultSettings, settingsSchema, SETTINGS_ID } from '../domain/settings';
import { db, type RapportDB } from './database';
import { dataTables, replaceValidatedData } from './dataset';
import { withDefaults } from './repositories/settings';
import { guarded, nowIso, validate } from './repository';

/**
 * Every record the user keeps, tombstones included; never the derived stores. Settings are
 * undefined when none were ever saved.
 */
async function readEverything(database: RapportDB): Promise<DeviceData> {
	const [settings, people, organisations, interactions, exchanges, leads] = await Promise.all([
		database.settings.get(SETTINGS_ID),
		database.people.toArray(),
		database.organisations.toArray(),
		database.interactions.toArray(),
		database.exchanges.toArray(),
		database.leads.toArray()
	]);
	// Settings saved by an older version lack the lists added since: read them as getSettings does.
	return {
		settings: settings ? withDefaults(settings) : undefined,
		people,
		organisations,
		interactions,
		exchanges,
		leads
	};
}

function entityTables(database: RapportDB) {
	return [
		database.settings,
		database.people,
		database.organisations,
		database.interactions,
		database.exchanges,
		database.leads
	];
}

/** One read transaction, so the file is a consistent snapshot even while another tab writes. */
export function readAllData(): Promise<Dataset> {
	return guarded(() => {
		const database = db();
		return database.transaction('r', entityTables(database), async () => {
			const data = await readEverything(database);
			return { ...data, settings: data.settings ?? defaultSettings(nowIso()) };
		});
	});
}

export type BackupExport = { text: string; filename: string; exportedAt: string };

/**
 * The whole database as a backup file (see the README for the format). Reads
 * only, in one transaction; each entity is written out as soon as its rows
 * arrive, so the page turns the people into text while the database is still
 * reading the interactions, and no entity's objects outlive their text.
 */
export async function exportBackup(): Promise<BackupExport> {
	const { settings, counts, bodies } = await guarded(() => {
		const database = db();
		return database.transaction('r', entityTables(database), async () => {
			const counts = {} as DatasetCounts;
			const bodies = {} as Record<BackupEntity, string>;
			const [settings] = await Promise.all([
				database.settings.get(SETTINGS_ID),
				...BACKUP_ENTITIES.map((entity) =>
					database
						.table(entity)
						.toArray()
						.then((rows: object[]) => {
							counts[entity] = rows.length;
							bodies[entity] = serializeRows(rows);
						})
				)
			]);
			return { settings: settings ?? defaultSettings(nowIso()), counts, bodies };
		});
	});
	const exportedAt = nowIso();
	return {
		text: assembleBackup({ appVersion: APP_VERSION, exportedAt }, settings, counts, bodies),
		filename: backupFilename(exportedAt),
		exportedAt
	};
}

/** For the confirmation of a merge: what it would add, update and keep, and the settings it would take. */
export function previewMerge(incoming: Dataset): Promise<MergePreview> {
	return guarded(() => {
		const database = db();
		return database.transaction('r', entityTables(database), async () =>
			previewOf(await readEverything(database), incoming)
		);
	});
}

/**
 * Writes a validated backup in one transaction: `replace` puts exactly the
 * backup on the device; `merge` keeps both, the newer copy of each record
 * winning. Derived stores are rebuilt in the same transaction. Any failure
 * (quota, a closed tab, a crash) rolls everything back. Returns what it did: the
 * records a replace put there, or the plan of the merge as run (the device as it
 * was inside the transaction, not as the confirmation saw it).
 */
export async function restoreBackup(
	data: Dataset,
	mode: RestoreMode,
	onProgress?: (done: number, total: number) => void
): Promise<RestoreOutcome> {
	if (mode === 'replace') {
		await replaceValidatedData(data, onProgress);
		return { mode, counts: liveCounts(data) };
	}
	return guarded(() => {
		const database = db();
		return database.transaction('rw', dataTables(database), async () => {
			const existing = await readEverything(database);
			const preview = previewOf(existing, data);
			const merged = mergeDatasets(existing, data);
			// Both sides' settings were valid; their union may not be (over a hundred channels).
			merged.settings = validate(settingsSchema, merged.settings, 'The merged settings');
			await replaceValidatedData(merged, onProgress);
			return { mode, preview };
		});
	});
}
