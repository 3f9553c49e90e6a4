import { Dexie, type Table } from 'dexie';
import type { Exchange } from '../domain/exchange';
import type { Interaction, InteractionPerson } from '../domain/interaction';
import { derivedRows, type LastContact, type OpenFollowUp } from '../domain/derived';
import type { LedgerTotals } from '../domain/ledger';
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

/**
 * The one Dexie database. Versions are append-only: a released `version(n)` is
 * never edited; a schema change adds `version(n + 1)` with an upgrade and a test.
 */
export class RapportDB extends Dexie {
	people!: Table<Person, string>;
	organisations!: Table<Organisation, string>;
	interactions!: Table<Interaction, string>;
	/** Derived from interactions (rebuilt, never backed up): who took part, and when. */
	interactionPeople!: Table<InteractionPerson, string>;
	/** Derived from interactionPeople (rebuilt, never backed up): each person's newest day. */
	lastContacts!: Table<LastContact, string>;
	/** Derived from interactions (rebuilt, never backed up): follow-ups not done yet. */
	openFollowUps!: Table<OpenFollowUp, string>;
	exchanges!: Table<Exchange, string>;
	/** Derived from exchanges (rebuilt, never backed up): each person's raw give/receive sums. */
	ledgerTotals!: Table<LedgerTotals, string>;
	leads!: Table<Lead, string>;
	settings!: Table<Settings, string>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores(SCHEMA_V1);
		// Today needs everyone's last contact, the open follow-ups and each person's
		// give and take: small derived rows instead of reading every interaction,
		// every (person, date) row and every exchange.
		this.version(2)
			.stores({
				lastContacts: 'personId',
				openFollowUps: 'interactionId',
				ledgerTotals: 'personId'
			})
			.upgrade(async (tx) => {
				const interactions = await tx.table<Interaction, string>('interactions').toArray();
				const exchanges = await tx.table<Exchange, string>('exchanges').toArray();
				const rows = derivedRows(interactions, exchanges);
				await tx.table('lastContacts').bulkPut(rows.lastContacts);
				await tx.table('openFollowUps').bulkPut(rows.followUps);
				await tx.table('ledgerTotals').bulkPut(rows.ledgerTotals);
			});
	}
}

/** Stores derived from the others: rebuilt on every load, never part of a backup. */
export const DERIVED_TABLES = [
	'interactionPeople',
	'lastContacts',
	'openFollowUps',
	'ledgerTotals'
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
