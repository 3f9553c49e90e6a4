import { personSchema, type Person, type PersonDraft } from '../../domain/person';
import { db } from '../database';
import { personDerivedTables, syncPerson } from '../derived';
import { addOrganisation } from './organisations';
import { guarded, repository } from '../repository';
import { ValidationError } from '../errors';

const people = repository<Person, typeof personSchema>({
	table: (d) => d.people,
	alsoWrites: personDerivedTables,
	hooks: { afterWrite: syncPerson },
	schema: personSchema,
	what: 'The person',
	references: [
		{
			field: 'introducedById',
			table: 'people',
			ids: (p) => [p.introducedById],
			message: 'The person who introduced them is no longer in Rapport.'
		},
		{
			field: 'organisationIds',
			table: 'organisations',
			ids: (p) => p.organisationIds,
			message: 'One of their organisations is no longer in Rapport.'
		}
	]
});

export const addPerson = (draft: PersonDraft) => people.add(draft);
export const updatePerson = people.update;
export const deletePerson = people.remove;
export const restorePerson = people.restore;
export const getPerson = people.get;

/** People who are neither deleted nor archived, by name. */
export function listPeople(options: { includeArchived?: boolean } = {}): Promise<Person[]> {
	// A bulk read (getAll) then a filter in JS: Dexie's .filter() walks a cursor,
	// which is many times slower on thousands of rows.
	return guarded(async () =>
		(await db().people.orderBy('name').toArray()).filter(
			(p) => p.deletedAt === null && (options.includeArchived || !p.archived)
		)
	);
}

/** Whether anyone is in Rapport: stops at the first live person. */
export function hasLivePeople(): Promise<boolean> {
	return guarded(
		async () =>
			(await db()
				.people.filter((p) => p.deletedAt === null)
				.first()) !== undefined
	);
}

/** People added on or after `day` (UTC), through the createdAt index. */
export function peopleAddedSince(day: string): Promise<Person[]> {
	return guarded(() => db().people.where('createdAt').aboveOrEqual(day).toArray());
}

export function countPeople(): Promise<number> {
	return guarded(() =>
		db()
			.people.filter((p) => p.deletedAt === null)
			.count()
	);
}

/**
 * Saves a person (new when `id` is absent) and links them to organisations by
 * name, creating the ones that do not exist yet, all in one transaction: if the
 * person is invalid, no organisation is created either. Names match the
 * person's current organisations first, so two organisations with one name
 * are never swapped; links to organisations deleted since are kept as they are.
 */
export function savePerson(
	id: string | undefined,
	draft: Omit<PersonDraft, 'organisationIds'>,
	organisationNames: string[]
): Promise<Person> {
	return guarded(() => {
		const database = db();
		const scope = [database.people, database.organisations, ...personDerivedTables(database)];
		return database.transaction('rw', scope, async () => {
			const current = id ? await database.people.get(id) : undefined;
			const all = await database.organisations.toArray();
			const byId = new Map(all.map((o) => [o.id, o]));
			const mine = (current?.organisationIds ?? []).map((o) => byId.get(o));
			const live = all.filter((o) => o.deletedAt === null);
			const find = (name: string) => {
				const key = name.toLowerCase();
				return (
					mine.find((o) => o && o.deletedAt === null && o.name.toLowerCase() === key) ??
					live.find((o) => o.name.toLowerCase() === key)
				)?.id;
			};
			const organisationIds: string[] = [];
			for (const name of organisationNames) {
				let orgId = find(name);
				if (!orgId) {
					const created = await addOrganisation({ name }).catch((error: unknown) => {
						throw error instanceof ValidationError
							? new ValidationError(
									{
										organisations: `“${name.slice(0, 40)}”: ${Object.values(error.fields).join(' ')}`
									},
									'The person'
								)
							: error;
					});
					live.push(created);
					orgId = created.id;
				}
				if (!organisationIds.includes(orgId)) organisationIds.push(orgId);
			}
			const keptDeleted = mine.filter((o) => o && o.deletedAt !== null).map((o) => o!.id);
			const full = { ...draft, organisationIds: [...organisationIds, ...keptDeleted] };
			return id ? people.update(id, full) : people.add(full);
		});
	});
}
