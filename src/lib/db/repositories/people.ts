import { personSchema, type Person, type PersonDraft } from '../../domain/person';
import { db } from '../database';
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
