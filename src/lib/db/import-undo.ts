import { withoutStaleSnooze } from '../domain/cadence';
import {
	IMPORT_UNDO_GONE,
	LAST_IMPORT_ID,
	type ImportUndone,
	type LastImport,
	type PersonDetails
} from '../domain/import/undo';
import { fieldsBack, sameValue } from '../domain/merge';
import { personSchema, type Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { db, type RapportDB } from './database';
import { personDerivedTables, refreshDue, syncIntroductions, syncPeopleFacts } from './derived';
import { RefusedError } from './errors';
import { guarded, nowIso, validate } from './repository';

// Rows per bulk write, as the import writes them.
const CHUNK = 500;

/**
 * Of `ids`, those some record names: an interaction, a give or receive, a lead (as its person
 * or referrer), someone they introduced (among `people`), a template or a saved view (in
 * `settings`). Deleted records count too: undoing their delete later must not bring back a
 * link to someone gone.
 * The indexes' keys are read whole (no record is loaded): a range per id is many times slower.
 */
async function namedSomewhere(
	database: RapportDB,
	ids: readonly string[],
	people: readonly Person[],
	settings: readonly Settings[]
): Promise<Set<string>> {
	const wanted = new Set(ids);
	const named = new Set<string>();
	const note = (id: unknown) => typeof id === 'string' && wanted.has(id) && named.add(id);
	const first = (key: unknown) => (Array.isArray(key) ? key[0] : key);
	const [interactions, exchanges, leadsOf, referred] = await Promise.all([
		database.interactions.orderBy('personIds').uniqueKeys(),
		database.exchanges.orderBy('[personId+date]').keys(),
		database.leads.orderBy('personId').uniqueKeys(),
		database.leads.orderBy('[referrerId+firstContactOn]').keys()
	]);
	for (const key of [...interactions, ...leadsOf]) note(key);
	for (const key of [...exchanges, ...referred]) note(first(key));
	for (const p of people) note(p.introducedById);
	const text = JSON.stringify(settings.map((s) => [s.templates, s.savedViews]));
	for (const id of ids) if (text.includes(id)) named.add(id);
	return named;
}

/** Writes people in chunks, keeping the derived stores in step (as the import does). */
async function writePeople(database: RapportDB, changes: (readonly [Person, Person])[]) {
	for (let start = 0; start < changes.length; start += CHUNK) {
		const slice = changes.slice(start, start + CHUNK);
		const chunk = slice.map(([next]) => next);
		await database.people.bulkPut(chunk);
		await refreshDue(database, chunk);
		await syncPeopleFacts(database, slice);
		await syncIntroductions(database, chunk);
	}
}

/** The last import, while it can still be undone. */
export function loadLastImport(): Promise<LastImport | null> {
	return guarded(async () => (await db().lastImport.get(LAST_IMPORT_ID)) ?? null);
}

/**
 * Undoes the last import, the one written at `at`, in one transaction, as far as nothing done
 * since depends on it: the people it added are deleted unless they were edited, logged with or
 * named since; the people it merged into get back each detail that still holds what the import
 * wrote (one edited since stays); the organisations it added are deleted unless edited since
 * or someone or a lead still belongs to them. Deletions are tombstones, as every delete in
 * Rapport. Refused when that import is no longer the last one kept (undone already, another
 * import or a restore since). Any failure writes nothing.
 */
export function undoImport(at: string): Promise<ImportUndone> {
	return guarded(() => {
		const database = db();
		const scope = [
			database.people,
			database.organisations,
			database.exchanges,
			database.leads,
			database.settings,
			database.lastImport,
			...personDerivedTables(database)
		];
		return database.transaction('rw', scope, async () => {
			const last = await database.lastImport.get(LAST_IMPORT_ID);
			if (!last || last.receipt.at !== at) throw new RefusedError(IMPORT_UNDO_GONE);
			const { receipt } = last;
			const now = nowIso();
			const untouched = <T extends { deletedAt: string | null; updatedAt: string }>(
				row: T | undefined
			): row is T => row !== undefined && row.deletedAt === null && row.updatedAt === receipt.at;

			// Everyone, in one bulk read (a cursor filter is many times slower), and the settings:
			// read once, for who is named and which organisations are still used.
			const [everyone, settings] = await Promise.all([
				database.people.toArray(),
				database.settings.toArray()
			]);

			// The people it added, as the import left them and named by nothing since.
			const added = await database.people.bulkGet(receipt.createdPeople);
			const created = added.filter(untouched);
			const named = await namedSomewhere(
				database,
				created.map((p) => p.id),
				everyone,
				settings
			);
			const removable = created.filter((p) => !named.has(p.id));
			await writePeople(
				database,
				removable.map((p) => [{ ...p, deletedAt: now, updatedAt: now }, p] as const)
			);

			// The people it merged into: each detail it changed and nobody changed again since.
			const current = await database.people.bulkGet(receipt.merged.map((m) => m.id));
			const restores: (readonly [Person, Person])[] = [];
			let keptMerged = 0;
			for (const [i, { before, written }] of receipt.merged.entries()) {
				const person = current[i];
				// Deleted since: nothing to give back to.
				if (!person || person.deletedAt !== null) continue;
				// What the import changed (a row that brought nothing new changed nothing); nothing
				// to give back where it is as it was already.
				const changed = Object.keys(written) as (keyof PersonDetails)[];
				if (changed.every((field) => sameValue(person[field], before[field]))) continue;
				const back = fieldsBack(before as PersonDetails, written, person);
				if (Object.keys(back).length === 0) {
					keptMerged += 1;
					continue;
				}
				const next = withoutStaleSnooze({ ...person, ...back, updatedAt: now }, person);
				restores.push([validate(personSchema, next, 'A person merged into'), person]);
			}
			await writePeople(database, restores);

			// The organisations it added that nothing names any more: no person (but those this
			// undo deleted), no lead and no saved view, deleted ones too (undoing their delete later
			// must not bring back a link to an organisation gone).
			const organisations = (
				await database.organisations.bulkGet(receipt.createdOrganisations)
			).filter(untouched);
			const ids = organisations.map((o) => o.id);
			const leads = ids.length ? await database.leads.toArray() : [];
			const justDeleted = new Set(removable.map((p) => p.id));
			// Everyone as this undo leaves them: those given their details back hold these now.
			const restored = new Map(restores.map(([next]) => [next.id, next]));
			const used = new Set([
				...everyone
					.filter((p) => !justDeleted.has(p.id))
					.flatMap((p) => (restored.get(p.id) ?? p).organisationIds),
				...leads.map((l) => l.organisationId)
			]);
			const views = JSON.stringify(settings.map((s) => s.savedViews));
			const unused = organisations.filter((o) => !used.has(o.id) && !views.includes(o.id));
			await database.organisations.bulkPut(
				unused.map((o) => ({ ...o, deletedAt: now, updatedAt: now }))
			);

			// Undone once: a second undo would find the people it deleted gone, and say so wrongly.
			await database.lastImport.delete(LAST_IMPORT_ID);
			return {
				removed: removable.length,
				restored: restores.length,
				keptPeople: added.filter((p) => p?.deletedAt === null).length - removable.length,
				keptMerged,
				organisationsRemoved: unused.length
			};
		});
	});
}
