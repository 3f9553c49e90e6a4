import type { Dataset } from '../domain/dataset';
import { exchangeSchema } from '../domain/exchange';
import { leadSchema } from '../domain/lead';
import { organisationSchema } from '../domain/organisation';
import { personSchema } from '../domain/person';
import { defaultSettings, settingsSchema } from '../domain/settings';
import { interactionSchema } from '../domain/interaction';
import { derivedRows } from '../domain/derived';
import { db, DERIVED_TABLES, type RapportDB } from './database';
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
	const valid = validateDataset(data);
	return guarded(() => {
		const database = db();
		return database.transaction('rw', allTables(database), async () => {
			await Promise.all(allTables(database).map((t) => t.clear()));
			await database.settings.put(valid.settings);
			await database.people.bulkAdd(valid.people);
			await database.organisations.bulkAdd(valid.organisations);
			await database.interactions.bulkAdd(valid.interactions);
			const derived = derivedRows(valid.interactions, valid.exchanges);
			await database.interactionPeople.bulkAdd(derived.links);
			await database.lastContacts.bulkAdd(derived.lastContacts);
			await database.openFollowUps.bulkAdd(derived.followUps);
			await database.exchanges.bulkAdd(valid.exchanges);
			await database.ledgerTotals.bulkAdd(derived.ledgerTotals);
			await database.leads.bulkAdd(valid.leads);
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
