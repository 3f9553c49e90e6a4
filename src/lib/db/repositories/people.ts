import { personSchema, type Person, type PersonDraft } from '../../domain/person';
import { db } from '../database';
import { addOrganisation } from './organisations';
import { guarded, repository } from '../repository';

const people = repository<Person, typeof personSchema>({
	table: (d) => d.people,
	schema: personSchema,
	what: 'The person'
});

export const addPerson = (draft: PersonDraft) => people.add(draft);
export const updatePerson = people.update;
export const deletePerson = people.remove;
export const restorePerson = people.restore;
export const getPerson = people.get;

/** People who are neither deleted nor archived, by name. */
export function listPeople(options: { includeArchived?: boolean } = {}): Promise<Person[]> {
	return guarded(() =>
		db()
			.people.orderBy('name')
			.filter((p) => p.deletedAt === null && (options.includeArchived || !p.archived))
			.toArray()
	);
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
 * person is invalid, no organisation is created either.
 */
export function savePerson(
	id: string | undefined,
	draft: Omit<PersonDraft, 'organisationIds'>,
	organisationNames: string[]
): Promise<Person> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.people, database.organisations, async () => {
			const existing = await database.organisations.filter((o) => o.deletedAt === null).toArray();
			const byName = new Map(existing.map((o) => [o.name.toLowerCase(), o.id]));
			const organisationIds: string[] = [];
			for (const name of organisationNames) {
				let orgId = byName.get(name.toLowerCase());
				if (!orgId) {
					orgId = (await addOrganisation({ name })).id;
					byName.set(name.toLowerCase(), orgId);
				}
				organisationIds.push(orgId);
			}
			const full = { ...draft, organisationIds };
			return id ? people.update(id, full) : people.add(full);
		});
	});
}
