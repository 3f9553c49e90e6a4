import { cadenceDueOn, withoutStaleSnooze } from '../../domain/cadence';
import { formatDay } from '../../domain/days';
import { personSchema, type Person, type PersonDraft } from '../../domain/person';
import { peopleNamed } from '../../domain/person-picker';
import { db } from '../database';
import { personDerivedTables, syncPerson } from '../derived';
import { addOrganisation, organisationResolver } from './organisations';
import { guarded, repository } from '../repository';
import { RecordNotFoundError, RefusedError, ValidationError } from '../errors';

const people = repository<Person, typeof personSchema>({
	table: (d) => d.people,
	alsoWrites: personDerivedTables,
	hooks: { afterWrite: syncPerson, beforeWrite: withoutStaleSnooze },
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

/**
 * Someone new added by name from a person picker ("Add “Zed Newman” as a new person"), in one
 * transaction with the check that nobody in Rapport has that name: an archived person (pickers
 * do not offer them) is theirs to restore, someone added meanwhile in another tab is theirs to
 * choose; neither gets a second record.
 */
export function addPersonNamed(name: string): Promise<Person> {
	return guarded(() => {
		const database = db();
		const scope = [database.people, database.organisations, ...personDerivedTables(database)];
		return database.transaction('rw', scope, async () => {
			// One bulk read, filtered here: a cursor filter is many times slower.
			const live = (await database.people.toArray()).filter((p) => p.deletedAt === null);
			const same = peopleNamed(live, name);
			// Added meanwhile (another tab): the one there, not a second record of them.
			const chooseable = same.find((p) => !p.archived);
			if (chooseable) {
				throw new RefusedError(
					`${chooseable.name} is already in Rapport: choose them from the list.`
				);
			}
			const archived = same.find((p) => p.archived);
			if (archived) {
				throw new RefusedError(
					`${archived.name} is archived: restore them from their page to choose them.`
				);
			}
			return people.add({ name });
		});
	});
}

/**
 * Puts off a person's touch to `until` ("Later" on Today): read and written in one transaction,
 * so the touch put off is the one their cadence gives now. Resolves to what undoes it.
 */
export function putOffTouch(personId: string, until: string): Promise<() => Promise<void>> {
	return guarded(() => {
		const database = db();
		const scope = [database.people, database.organisations, ...personDerivedTables(database)];
		return database.transaction('rw', scope, async () => {
			const person = await database.people.get(personId);
			if (!person || person.deletedAt !== null) throw new RecordNotFoundError('The person');
			const last = await database.lastContacts.get(personId);
			const from = cadenceDueOn(person, last?.date ?? null);
			if (from === null) {
				throw new RefusedError(
					`${person.name} is not due for a touch: they have no keep-in-touch cadence, or are archived or only followed.`
				);
			}
			// A contact logged meanwhile (another tab) may have moved the day it is due.
			if (until <= from) {
				throw new RefusedError(
					`${person.name} is due on ${formatDay(from)} now: choose a later day to put it off to.`
				);
			}
			const previous = person.touchSnooze ?? null;
			await people.update(personId, { touchSnooze: { from, until } });
			// Undo gives the touch back its day, unless it was put off again (or ended) since.
			return () =>
				guarded(() => {
					const d = db();
					return d.transaction(
						'rw',
						[d.people, d.organisations, ...personDerivedTables(d)],
						async () => {
							const now = await d.people.get(personId);
							if (
								now?.deletedAt === null &&
								now.touchSnooze?.from === from &&
								now.touchSnooze.until === until
							) {
								await people.update(personId, { touchSnooze: previous });
							}
						}
					);
				});
		});
	});
}
export const updatePerson = people.update;
export const deletePerson = people.remove;
export const restorePerson = people.restore;
export const getPerson = people.get;
/** A validated new person, for a caller that writes many in one go (an import). */
export const buildPerson = (draft: PersonDraft, now?: string) => people.build(draft, now);

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
			const organisations = await organisationResolver(database, (name) =>
				addOrganisation({ name }).catch((error: unknown) => {
					throw error instanceof ValidationError
						? new ValidationError(
								{
									organisations: `“${name.slice(0, 40)}”: ${Object.values(error.fields).join(' ')}`
								},
								'The person'
							)
						: error;
				})
			);
			const mine = current?.organisationIds ?? [];
			const organisationIds = await organisations.resolve(organisationNames, mine);
			// Links to organisations deleted since are kept as they are.
			const keptDeleted = mine.filter((o) => organisations.byId.get(o)?.deletedAt);
			const full = { ...draft, organisationIds: [...organisationIds, ...keptDeleted] };
			return id ? people.update(id, full) : people.add(full);
		});
	});
}
