import type { ImportedPerson } from '../domain/import/candidate';
import type { ExportData } from '../domain/import/export-csv';
import { mergeFields, unionBy } from '../domain/import/merge';
import type { ExistingPerson, ImportPlan } from '../domain/import/plan';
import { LAST_IMPORT_ID, mergedChange, type ImportReceipt } from '../domain/import/undo';
import type { Organisation } from '../domain/organisation';
import { personSchema, type Person } from '../domain/person';
import { db } from './database';
import { personDerivedTables, refreshDue, syncIntroductions, syncPeopleFacts } from './derived';
import { RecordNotFoundError } from './errors';
import { buildOrganisation, organisationResolver } from './repositories/organisations';
import { buildPerson } from './repositories/people';
import { getSettings } from './repositories/settings';
import { guarded, nowIso, validate } from './repository';

/** Live people (archived too) with their organisations' names, to find duplicates against. */
export function loadPeopleForImport(): Promise<ExistingPerson[]> {
	return guarded(async () => {
		const database = db();
		const [people, organisations] = await Promise.all([
			database.people.toArray(),
			database.organisations.toArray()
		]);
		const names = new Map(organisations.map((o) => [o.id, o]));
		return people
			.filter((p) => p.deletedAt === null)
			.map((person) => ({
				person,
				organisationNames: person.organisationIds
					.map((id) => names.get(id))
					.filter((o) => o !== undefined && o.deletedAt === null)
					.map((o) => o!.name)
			}));
	});
}

export type ImportResult = {
	created: number;
	merged: number;
	organisationsCreated: number;
	receipt: ImportReceipt;
};

// Rows per bulk write: each awaits IndexedDB, which gives the page a turn between them.
const CHUNK = 500;

function draftOf(person: ImportedPerson, organisationIds: string[]) {
	const { organisationNames: _names, ...fields } = person;
	void _names;
	return { ...fields, organisationIds };
}

/**
 * Writes an import plan in ONE transaction: new organisations, new people and
 * merged people. Any failure (a record that no longer validates, quota, a
 * closed database) rolls all of it back, so a failed import leaves the
 * database exactly as it was. People merged into are read again inside the
 * transaction, so an edit made since the preview is kept, not overwritten.
 */
export function importPeople(
	plan: Pick<ImportPlan, 'creates' | 'merges'>,
	{
		source = '',
		onProgress
	}: {
		/** The file's name, or where the contacts came from: kept with the receipt. */
		source?: string;
		onProgress?: (done: number, total: number) => void;
	} = {}
): Promise<ImportResult> {
	return guarded(() => {
		const database = db();
		const total = plan.creates.length + plan.merges.length;
		const scope = [
			database.people,
			database.organisations,
			database.lastImport,
			...personDerivedTables(database)
		];
		return database.transaction('rw', scope, async () => {
			const now = nowIso();
			const receipt: ImportReceipt = {
				at: now,
				createdPeople: [],
				createdOrganisations: [],
				merged: []
			};
			let pendingOrganisations: Organisation[] = [];
			let organisationsCreated = 0;
			const organisations = await organisationResolver(database, (name) => {
				const created = buildOrganisation({ name }, now);
				pendingOrganisations.push(created);
				return created;
			});
			// Validation is CPU work: it runs a chunk at a time between the awaited
			// writes (each a turn for the page), never as one long task. Yielding any
			// other way would let IndexedDB commit the transaction half-way.
			const flushOrganisations = async () => {
				if (pendingOrganisations.length === 0) return;
				await database.organisations.bulkAdd(pendingOrganisations);
				organisationsCreated += pendingOrganisations.length;
				receipt.createdOrganisations.push(...pendingOrganisations.map((o) => o.id));
				pendingOrganisations = [];
			};
			let done = 0;
			for (let start = 0; start < plan.creates.length; start += CHUNK) {
				const chunk: Person[] = [];
				for (const person of plan.creates.slice(start, start + CHUNK)) {
					const ids = organisations.resolveNow(person.organisationNames);
					chunk.push(buildPerson(draftOf(person, ids), now));
				}
				await flushOrganisations();
				await database.people.bulkAdd(chunk);
				receipt.createdPeople.push(...chunk.map((p) => p.id));
				await refreshDue(database, chunk);
				await syncIntroductions(database, chunk);
				done += chunk.length;
				onProgress?.(done, total);
			}
			for (let start = 0; start < plan.merges.length; start += CHUNK) {
				const slice = plan.merges.slice(start, start + CHUNK);
				const targets = await database.people.bulkGet(slice.map((m) => m.id));
				const chunk: Person[] = [];
				for (const [i, { incoming }] of slice.entries()) {
					let person = targets[i];
					if (!person || person.deletedAt !== null) {
						throw new RecordNotFoundError('A person to merge into');
					}
					for (const extra of incoming) {
						const ids = organisations.resolveNow(extra.organisationNames);
						person = {
							...mergeFields(person, extra),
							organisationIds: unionBy(person.organisationIds, ids, (id) => id)
						};
					}
					chunk.push(validate(personSchema, { ...person, updatedAt: now }, 'A merged person'));
				}
				await flushOrganisations();
				await database.people.bulkPut(chunk);
				receipt.merged.push(...chunk.map((written, i) => mergedChange(targets[i]!, written)));
				await refreshDue(database, chunk);
				// New organisations or a first channel move their interactions' time in Insights.
				await syncPeopleFacts(
					database,
					chunk.map((p, i) => [p, targets[i]] as const)
				);
				await syncIntroductions(database, chunk);
				done += chunk.length;
				onProgress?.(done, total);
			}
			const result = {
				created: plan.creates.length,
				merged: plan.merges.length,
				organisationsCreated,
				receipt
			};
			// Kept for its undo, replacing the one before; an import that wrote nothing has nothing
			// to undo and leaves the one before undoable.
			if (result.created + result.merged + organisationsCreated > 0) {
				await database.lastImport.put({ id: LAST_IMPORT_ID, source, ...result });
			}
			return result;
		});
	});
}

/** Everything the CSV export writes, read in one go. */
export function loadExportData(): Promise<ExportData> {
	return guarded(async () => {
		const database = db();
		const [people, organisations, interactions, exchanges, leads, settings] = await Promise.all([
			database.people.toArray(),
			database.organisations.toArray(),
			database.interactions.orderBy('date').toArray(),
			database.exchanges.orderBy('date').toArray(),
			database.leads.orderBy('firstContactOn').toArray(),
			getSettings()
		]);
		people.sort((a, b) => a.name.localeCompare(b.name));
		return { people, organisations, interactions, exchanges, leads, settings };
	});
}
