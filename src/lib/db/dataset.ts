import type { Table } from 'dexie';
import type { Dataset } from '../domain/dataset';
import { derivedFolder } from '../domain/derived';
import { exchangeSchema } from '../domain/exchange';
import { leadSchema } from '../domain/lead';
import { organisationSchema } from '../domain/organisation';
import { personSchema } from '../domain/person';
import { defaultSettings, settingsSchema } from '../domain/settings';
import { interactionSchema } from '../domain/interaction';
import { db, DERIVED_TABLES, type RapportDB } from './database';
import { guarded, nowIso, validate } from './repository';

const DATA_TABLES = [
	'people',
	'organisations',
	'interactions',
	...DERIVED_TABLES,
	'exchanges',
	'leads',
	'settings',
	// Cleared, never written: an import's undo is about records as that import left them.
	'lastImport'
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
 * stores in the same transaction; joins a caller's transaction. The derived
 * rows are folded one chunk at a time while the database stores the chunks
 * before it, so the page never stops for the whole fold.
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
			const derived = derivedFolder(valid.people);
			const records: [Table, readonly object[], ((rows: never[]) => void)?][] = [
				[database.people, valid.people],
				[database.organisations, valid.organisations],
				[database.interactions, valid.interactions, derived.interactions],
				[database.exchanges, valid.exchanges, derived.exchanges],
				[database.leads, valid.leads, derived.leads]
			];
			const recordCount = records.reduce((n, [, rows]) => n + rows.length, 0);
			// The derived rows are counted once folded; until then, a guess. Progress never goes back.
			let total = recordCount + 3 * valid.people.length;
			let done = 0;
			let shown = 0;
			const inFlight: Promise<unknown>[] = [];
			const queue = (table: Table, chunk: readonly object[]) =>
				inFlight.push(
					table.bulkAdd(chunk as object[]).then(() => {
						done += chunk.length;
						if (done / total >= shown) {
							shown = done / total;
							onProgress?.(done, total);
						}
					})
				);
			try {
				for (const [table, rows, fold] of records) {
					for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
						const chunk = rows.slice(start, start + WRITE_CHUNK);
						queue(table, chunk);
						// While the database stores this chunk and the ones before it.
						fold?.(chunk as never[]);
						// Inline, never in a helper that only sometimes awaits: each await here is
						// of a Dexie write, or Dexie can lose track of the transaction (its
						// PrematureCommitError, seen when the page was still starting up).
						if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
					}
				}
				const rows = derived.rows();
				const derivedWrites: [Table, readonly object[]][] = [
					[database.lastContacts, rows.lastContacts],
					[database.openFollowUps, rows.followUps],
					[database.personDue, rows.dues],
					[database.ledgerTotals, rows.ledgerTotals],
					[database.insights, rows.insights],
					[database.introductions, rows.introductions]
				];
				total = recordCount + derivedWrites.reduce((n, [, r]) => n + r.length, 0);
				for (const [table, all] of derivedWrites) {
					for (let start = 0; start < all.length; start += WRITE_CHUNK) {
						queue(table, all.slice(start, start + WRITE_CHUNK));
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

/**
 * Live record counts, for Settings: all rows less the tombstones, two native
 * counts per store (the `deletedAt` index holds only tombstones), instead of
 * reading every record, which took seconds after each change with years of data.
 */
export function countAll() {
	return guarded(async () => {
		const database = db();
		const live = async (table: Table) =>
			(await table.count()) - (await table.orderBy('deletedAt').count());
		const [people, organisations, interactions, exchanges, leads] = await Promise.all([
			live(database.people),
			live(database.organisations),
			live(database.interactions),
			live(database.exchanges),
			live(database.leads)
		]);
		return { people, organisations, interactions, exchanges, leads };
	});
}
