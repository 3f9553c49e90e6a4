import { Dexie, type Table } from 'dexie';
import type { Exchange } from '../domain/exchange';
import {
	ALL_TIME,
	allTimeRows,
	packRow,
	type Counters,
	type InsightRow
} from '../domain/insights/counters';
import {
	INTRODUCTIONS_ID,
	introductionsFromV3,
	type Introductions,
	type IntroductionsV3
} from '../domain/insights/introductions';
import type { Interaction } from '../domain/interaction';
import {
	livePeople,
	openFollowUpOf,
	type LastContact,
	type OpenFollowUp,
	type PersonDue
} from '../domain/derived';
import type { LedgerTotals } from '../domain/ledger';
import { countExchangesAndSpending, writeDerived } from './derived';
import type { LastImport } from '../domain/import/undo';
import type { Lead } from '../domain/lead';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';

export const DB_NAME = 'rapport';

/** Version 1 as released (frozen: tests open an old database with it). */
export const SCHEMA_V1 = {
	people: 'id, name, *tags, *roles, *organisationIds, introducedById, updatedAt',
	organisations: 'id, name, kind, updatedAt',
	interactions: 'id, date, kind, *personIds, followUpOn, updatedAt',
	interactionPeople: 'id, [personId+date], interactionId, date',
	exchanges: 'id, [personId+date], date, direction, kind, interactionId, leadId, updatedAt',
	leads:
		'id, status, channel, [referrerId+firstContactOn], firstContactOn, personId, organisationId, updatedAt',
	settings: 'id'
};

/** What version 2 changed, as released (frozen: tests write a version 2 database with it). */
export const SCHEMA_V2_CHANGES = {
	people: `${SCHEMA_V1.people}, createdAt, connection`,
	lastContacts: 'personId',
	openFollowUps: 'interactionId',
	personDue: 'personId, dueOn',
	ledgerTotals: 'personId'
};

/** What version 3 added, as released (frozen: tests write a version 3 database with it). */
export const SCHEMA_V3_CHANGES = { insights: 'id', introductions: 'id' };

/**
 * What version 4 changed. Every index costs a write per record (the restore of
 * a large backup spent most of its time on them): it keeps only the indexes a
 * query uses, and drops the derived `interactionPeople` store, one row per
 * (interaction, person), which the `*personIds` index of interactions already
 * answers: a person's interactions, their newest day, who was seen lately.
 * `deletedAt` is indexed only where it is set (null is not an IndexedDB key),
 * so the index holds just the tombstones: live counts are two native counts.
 */
export const SCHEMA_V4_CHANGES = {
	people: 'id, name, *roles, *organisationIds, createdAt, connection, deletedAt',
	organisations: 'id, name, deletedAt',
	interactions: 'id, date, kind, *personIds, deletedAt',
	interactionPeople: null,
	exchanges: 'id, [personId+date], date, leadId, deletedAt',
	leads: 'id, channel, [referrerId+firstContactOn], firstContactOn, personId, deletedAt'
};

/** What version 8 added: the last import's receipt. */
export const SCHEMA_V8_CHANGES = { lastImport: 'id' };

/** The newest version: `declareHistory` ends with it. */
export const DB_VERSION = 9;

/** Every version's changes in turn: the stores and indexes of `DB_VERSION`. */
export const CURRENT_SCHEMA = {
	...SCHEMA_V1,
	...SCHEMA_V2_CHANGES,
	...SCHEMA_V3_CHANGES,
	...SCHEMA_V4_CHANGES,
	...SCHEMA_V8_CHANGES
};

/**
 * Whether the stored database predates `DB_VERSION` (Dexie stores version n as 10n),
 * or its version cannot be read: then every upgrade must be declared. A database not
 * there yet is created at the current version, which needs no history.
 */
async function storedVersionIsOlder(name: string): Promise<boolean> {
	try {
		const stored = (await indexedDB.databases()).find((database) => database.name === name);
		return stored !== undefined && (stored.version ?? 0) < DB_VERSION * 10;
	} catch {
		return true;
	}
}

/**
 * The one Dexie database. Versions are append-only: a released `version(n)` is
 * never edited; a schema change adds `version(n + 1)` to `declareHistory` with an upgrade
 * and a test, raises `DB_VERSION` and adds its changes to `CURRENT_SCHEMA` (a test
 * compares a new database with one upgraded from version 1).
 */
export class RapportDB extends Dexie {
	people!: Table<Person, string>;
	organisations!: Table<Organisation, string>;
	interactions!: Table<Interaction, string>;
	/** Derived from interactions and exchanges (rebuilt, never backed up): each person's last contact. */
	lastContacts!: Table<LastContact, string>;
	/** Derived from interactions (rebuilt, never backed up): follow-ups not done yet. */
	openFollowUps!: Table<OpenFollowUp, string>;
	/** Derived from people and last contacts (rebuilt, never backed up): next touch due. */
	personDue!: Table<PersonDue, string>;
	exchanges!: Table<Exchange, string>;
	/** Derived from exchanges (rebuilt, never backed up): each person's raw give/receive sums. */
	ledgerTotals!: Table<LedgerTotals, string>;
	leads!: Table<Lead, string>;
	/** Derived from interactions, exchanges, leads and people (rebuilt, never backed up): Insights' counters. */
	insights!: Table<InsightRow, string>;
	/** Derived from people (rebuilt, never backed up): who introduced whom, in one row. */
	introductions!: Table<Introductions, string>;
	settings!: Table<Settings, string>;
	/** The last import's receipt, one row, for its undo (never backed up; a replace clears it). */
	lastImport!: Table<LastImport, string>;

	constructor(name = DB_NAME) {
		// Live queries hand out their cached rows frozen instead of deep-cloning
		// 10,000 people on every read: records are treated as immutable everywhere
		// (a change is a new object), which the search cache relies on too.
		super(name, { cache: 'immutable' });
		// Only the current version, whole: Dexie re-reads every declared version on
		// each declaration, and the full history cost about 11 ms before Today's first
		// paint here (45 ms at 4x CPU), for upgrades a database at this version never
		// runs. `open` declares the history first when the stored database is older.
		this.version(DB_VERSION).stores(CURRENT_SCHEMA);
	}

	private history?: Promise<void>;

	/**
	 * Opens as Dexie does, after declaring every version since 1 with its upgrade when
	 * the stored database is older than this one (or its version cannot be read).
	 */
	override open() {
		this.history ??= storedVersionIsOlder(this.name).then((older) => {
			if (older) this.declareHistory();
		});
		return Dexie.Promise.resolve(this.history).then(() => super.open());
	}

	private declareHistory() {
		this.version(1).stores(SCHEMA_V1);
		// Today and People need who is due, the open follow-ups, everyone's last
		// contact and each person's give and take: small derived rows behind
		// indexes instead of reading every person, interaction and exchange.
		// The upgrade fills them in its own transaction.
		this.version(2)
			.stores(SCHEMA_V2_CHANGES)
			.upgrade(async (tx) => {
				const [people, interactions, exchanges] = await Promise.all([
					tx.table<Person, string>('people').toArray(),
					tx.table<Interaction, string>('interactions').toArray(),
					tx.table<Exchange, string>('exchanges').toArray()
				]);
				// Only the new stores are written, which keeps the upgrade of a large
				// database short.
				await writeDerived(tx.db as RapportDB, people, interactions, exchanges, [], {
					only: ['lastContacts', 'openFollowUps', 'personDue', 'ledgerTotals']
				});
			});
		// Insights reads counters per day, month and year (domain/insights/counters.ts)
		// instead of every interaction, exchange and lead, and who introduced whom
		// from one row instead of every referrer's record. The upgrade fills them.
		this.version(3)
			.stores(SCHEMA_V3_CHANGES)
			.upgrade(async (tx) => {
				const [people, interactions, exchanges, leads] = await Promise.all([
					tx.table<Person, string>('people').toArray(),
					tx.table<Interaction, string>('interactions').toArray(),
					tx.table<Exchange, string>('exchanges').toArray(),
					tx.table<Lead, string>('leads').toArray()
				]);
				await writeDerived(tx.db as RapportDB, people, interactions, exchanges, leads, {
					only: ['insights', 'introductions']
				});
			});
		// Drops indexes and a store, no data to move: see SCHEMA_V4_CHANGES.
		this.version(4).stores(SCHEMA_V4_CHANGES);
		// Insights' rows keep their counters as two lists instead of an object
		// (`InsightRow`: far cheaper to read back), and each family gets an all-time
		// row: the upgrade converts every row and adds those up from the years.
		this.version(5)
			.stores({})
			.upgrade(async (tx) => {
				const table = tx.table<InsightRow | { id: string; c: Counters }, string>('insights');
				const rows = (await table.toArray())
					.map((row) => ('c' in row ? packRow(row.id, row.c) : row))
					.filter((row) => row.k.length > 0 && !row.id.endsWith(`|${ALL_TIME}`));
				await table.clear();
				await table.bulkPut([...rows, ...allTimeRows(rows)]);
			});
		// Who introduced whom keeps sorted lists instead of objects keyed by id
		// (domain/insights/introductions.ts): the upgrade converts the one row.
		this.version(6)
			.stores({})
			.upgrade(async (tx) => {
				const table = tx.table<Introductions | IntroductionsV3, string>('introductions');
				const row = await table.get(INTRODUCTIONS_ID);
				if (!row || !('by' in row)) return;
				const [converted] = introductionsFromV3(row);
				if (converted) await table.put(converted);
				else await table.delete(INTRODUCTIONS_ID);
			});
		// A follow-up with no one left in Rapport is no longer open (domain/derived.ts):
		// the rows of those whose people were all deleted before this version go. Read
		// through the index of tombstones, so a database without deletions reads nothing.
		this.version(7)
			.stores({})
			.upgrade(async (tx) => {
				const people = tx.table<Person, string>('people');
				const deleted = await people.where('deletedAt').above('').primaryKeys();
				if (deleted.length === 0) return;
				const theirs = await tx
					.table<Interaction, string>('interactions')
					.where('personIds')
					.anyOf(deleted)
					.distinct()
					.toArray();
				const ids = [...new Set(theirs.flatMap((i) => i.personIds))];
				const isLive = livePeople(await people.bulkGet(ids));
				const closed = theirs.filter((i) => !openFollowUpOf(i, isLive)).map((i) => i.id);
				await tx.table('openFollowUps').bulkDelete(closed);
			});
		// The last import is kept, so it can be undone after leaving its result screen.
		this.version(8).stores(SCHEMA_V8_CHANGES);
		// A give or receive is a contact too, and Insights sums what was paid out of pocket:
		// see `countExchangesAndSpending`.
		this.version(9)
			.stores({})
			.upgrade((tx) => countExchangesAndSpending(tx.db as RapportDB));
	}
}

/** Stores derived from the others: rebuilt on every load, never part of a backup. */
export const DERIVED_TABLES = [
	'lastContacts',
	'openFollowUps',
	'personDue',
	'ledgerTotals',
	'insights',
	'introductions'
] as const;

export type DbStatus =
	{ kind: 'ok' } | { kind: 'outdated' } | { kind: 'unavailable'; reason: string };

type StatusListener = (status: DbStatus) => void;
const listeners = new Set<StatusListener>();
let status: DbStatus = { kind: 'ok' };

function setStatus(next: DbStatus) {
	status = next;
	for (const listener of listeners) listener(next);
}

export function getDbStatus(): DbStatus {
	return status;
}

/** Subscribe to database health (another tab upgraded the schema; storage blocked). */
export function onDbStatus(listener: StatusListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

let instance: RapportDB | undefined;

/**
 * The database, created on first use: the build prerenders pages in Node, where
 * there is no IndexedDB, so nothing may touch it at import time.
 */
export function db(): RapportDB {
	if (!instance) {
		instance = new RapportDB();
		const current = instance;
		current.on('versionchange', () => {
			// Another tab opened a newer schema. Close for good (no silent re-open on
			// the old version) so no write can land half-way; the UI offers a reload.
			current.close({ disableAutoOpen: true });
			setStatus({ kind: 'outdated' });
			return false;
		});
		current.open().catch((error: unknown) => {
			const name = error instanceof Error ? error.name : '';
			if (name === 'VersionError') setStatus({ kind: 'outdated' });
			else setStatus({ kind: 'unavailable', reason: describeOpenFailure(error) });
		});
	}
	return instance;
}

/**
 * Drops a connection the browser broke (iOS Safari after the app was in the
 * background: "Connection to Indexed Database server lost"; a closed database)
 * and opens a fresh one, so the next write can succeed without a reload.
 * Never after another tab upgraded the schema: that one must stay closed.
 */
export async function reopenDb(): Promise<void> {
	if (status.kind === 'outdated') return;
	const current = db();
	current.close({ disableAutoOpen: false });
	await current.open();
}

function describeOpenFailure(error: unknown): string {
	if (typeof indexedDB === 'undefined') {
		return 'This browser does not offer storage to Rapport (IndexedDB is missing).';
	}
	const detail = error instanceof Error ? error.message : String(error);
	return `This browser is blocking storage for Rapport, as private browsing often does (${detail}).`;
}

/** For tests: forget the instance so the next call opens a fresh connection. */
export async function resetDbForTests(): Promise<void> {
	if (instance) {
		instance.close();
		await Dexie.delete(instance.name);
	}
	instance = undefined;
	setStatus({ kind: 'ok' });
}
