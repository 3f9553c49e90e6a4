import type { Table } from 'dexie';
import type { Dataset } from '../domain/dataset';
import { exchangeSchema } from '../domain/exchange';
import { leadSchema } from '../domain/lead';
import { organisationSchema } from '../domain/organisation';
import { personSchema } from '../domain/person';
import { defaultSettings, settingsSchema } from '../domain/settings';
import { interactionSchema } from '../domain/interaction';
import { db, DERIVED_TABLES, type RapportDB } from './database';
import { derivedWrites } from './derived';
import { guarded, nowIso, validate } from './repository';

const DATA_TABLES = [
	'people',
	'organisations',
	'interactions',
	...DERIVED_TABLES,
	'exchanges',
	'leads',
	'settings'
] as const;

function allTables(database: RapportDB) {
	return DATA_TABLES.map((name) => database.table(name));
}

/** Every store a full replace writes (derived ones included): a transaction over all data. */
export const dataTables = allTables;

/** Validates every row; throws on the first bad one, before anything is written. */
function validateDataset(data: Dataset): Dataset {
	const each = <T>(rows: T[], schema: Parameters<typeof validate>[0], what: string) =>
		rows.map((row) => validate(schema, row, what) as T);
	return {
		settings: validate(settingsSchema, data.settings, 'The settings'),
		people: each(data.people, personSchema, 'A person'),
		organisations: each(data.organisations, organisationSchema, 'An organisation'),
		interactions: each(data.interactions, interactionSchema, 'An interaction'),
		exchanges: each(data.exchanges, exchangeSchema, 'An exchange'),
		leads: each(data.leads, leadSchema, 'A lead')
	};
}

/**
 * Replaces everything with the given dataset in one transaction: on any failure
 * the database is exactly as it was.
 */
export async function replaceAllData(data: Dataset): Promise<void> {
	return replaceValidatedData(validateDataset(data));
}

/** Rows per bulk write: small enough to keep each main-thread task short and report progress. */
const WRITE_CHUNK = 2_000;
/**
 * Bulk writes in flight at once. Each write clones its rows on the main thread,
 * then IndexedDB stores them in the background: keeping a few queued overlaps
 * the two (measured: the clone is about half the time of a chunk).
 */
const WRITES_IN_FLIGHT = 3;

/**
 * The write half of `replaceAllData`, for rows that already passed the record
 * schemas (a backup restore validates in slices first, so the page stays
 * responsive). Clears every store, writes the rows, and rebuilds the derived
 * stores in the same transaction; joins a caller's transaction.
 */
export async function replaceValidatedData(
	valid: Dataset,
	onProgress?: (done: number, total: number) => void
): Promise<void> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', allTables(database), async () => {
			await Promise.all(allTables(database).map((t) => t.clear()));
			await database.settings.put(valid.settings);
			const writes: [Table, object[]][] = [
				[database.people, valid.people],
				[database.organisations, valid.organisations],
				[database.interactions, valid.interactions],
				...derivedWrites(database, valid.people, valid.interactions, valid.exchanges, valid.leads),
				[database.exchanges, valid.exchanges],
				[database.leads, valid.leads]
			];
			const total = writes.reduce((n, [, rows]) => n + rows.length, 0);
			let done = 0;
			const inFlight: Promise<unknown>[] = [];
			try {
				for (const [table, rows] of writes) {
					for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
						const chunk = rows.slice(start, start + WRITE_CHUNK);
						inFlight.push(
							table.bulkAdd(chunk).then(() => {
								done += chunk.length;
								onProgress?.(done, total);
							})
						);
						if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
					}
				}
				await Promise.all(inFlight);
			} catch (error) {
				// The transaction is aborting: let the queued writes settle before it reports.
				await Promise.allSettled(inFlight);
				throw error;
			}
		});
	});
}

/** Deletes every record and resets settings, so the first-run choice shows again. */
export function wipeAllData(): Promise<void> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', allTables(database), async () => {
			await Promise.all(allTables(database).map((t) => t.clear()));
			await database.settings.put(defaultSettings(nowIso()));
		});
	});
}

/** Live record counts, for Settings and the first-run check. */
export function countAll() {
	return guarded(async () => {
		const database = db();
		const live = <T extends { deletedAt: string | null }>(r: T) => r.deletedAt === null;
		const [people, organisations, interactions, exchanges, leads] = await Promise.all([
			database.people.filter(live).count(),
			database.organisations.filter(live).count(),
			database.interactions.filter(live).count(),
			database.exchanges.filter(live).count(),
			database.leads.filter(live).count()
		]);
		return { people, organisations, interactions, exchanges, leads };
	});
}
