import {
	organisationNamed,
	organisationSchema,
	renamedOnto,
	type Organisation,
	type OrganisationDraft
} from '../../domain/organisation';
import { normaliseKey } from '../../domain/import/duplicates';
import { db, type RapportDB } from '../database';
import { plural } from '../../domain/plural';
import { ValidationError } from '../errors';
import { guarded, repository } from '../repository';

const organisations = repository<Organisation, typeof organisationSchema>({
	table: (d) => d.organisations,
	schema: organisationSchema,
	what: 'The organisation'
});

export const addOrganisation = (draft: OrganisationDraft) => organisations.add(draft);

/**
 * Adds an organisation unless a live one already has its name (without case, accents or
 * extra spaces), checked in the add's transaction: then nothing is written and the one
 * there is returned, for a message that names it and links to it. For the Organisations
 * list's Add, where a second "northwind bakery" beside "Northwind Bakery" is a mistake.
 */
export function addNewOrganisation(
	draft: OrganisationDraft
): Promise<{ added: Organisation } | { existing: Organisation }> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.organisations, async () => {
			const existing = organisationNamed(await database.organisations.toArray(), draft.name);
			return existing ? { existing } : { added: await organisations.add(draft) };
		});
	});
}
/** A validated new organisation, for a caller that writes many in one go. */
export const buildOrganisation = (draft: OrganisationDraft, now?: string) =>
	organisations.build(draft, now);
export const updateOrganisation = organisations.update;

/**
 * Saves the organisation form unless it renames the organisation to a name another live one
 * has (without case, accents or extra spaces), checked in the write's transaction so two
 * tabs cannot both take a name: then nothing is written and the one there is returned, for
 * a message that names it, links to it and points to merging. Its own name in another case
 * ("acme" to "Acme") is saved as any other edit.
 */
export function saveOrganisation(
	id: string,
	draft: OrganisationDraft
): Promise<{ saved: Organisation } | { existing: Organisation }> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.organisations, async () => {
			const all = await database.organisations.toArray();
			const self = all.find((o) => o.id === id);
			const existing = self?.deletedAt === null && renamedOnto(all, self, draft.name);
			return existing ? { existing } : { saved: await organisations.update(id, draft) };
		});
	});
}
export const deleteOrganisation = organisations.remove;

/** How many live people and live leads are linked to an organisation (inside a transaction). */
export async function linksTo(database: RapportDB, id: string) {
	const [people, leads] = await Promise.all([
		database.people
			.where('organisationIds')
			.equals(id)
			.filter((p) => p.deletedAt === null)
			.count(),
		database.leads.filter((l) => l.organisationId === id && l.deletedAt === null).count()
	]);
	return { people, leads };
}

/**
 * Deletes an organisation nobody is linked to (no live person, no live lead), in one
 * transaction with the check: one still in use is refused with a message that says how,
 * so no person or lead is left naming a deleted organisation.
 */
export function deleteUnusedOrganisation(id: string): Promise<void> {
	return guarded(() => {
		const database = db();
		return database.transaction(
			'rw',
			[database.organisations, database.people, database.leads],
			async () => {
				const { people, leads } = await linksTo(database, id);
				if (people + leads > 0) {
					const uses = [
						people ? plural(people, 'person', 'people') : '',
						leads ? plural(leads, 'lead') : ''
					].filter(Boolean);
					throw new ValidationError(
						{
							organisation: `It is still linked to ${uses.join(' and ')}: remove it from them first.`
						},
						'The organisation'
					);
				}
				await organisations.remove(id);
			}
		);
	});
}
export const restoreOrganisation = organisations.restore;
export const getOrganisation = organisations.get;

export function listOrganisations(): Promise<Organisation[]> {
	return guarded(() =>
		db()
			.organisations.orderBy('name')
			.filter((o) => o.deletedAt === null)
			.toArray()
	);
}

/**
 * Finds organisations by name, without case, accents or extra spaces (as an import's
 * duplicate check compares them), and creates the ones missing
 * through `create`. Reads the table once, so a caller may resolve many names
 * (an import) inside one transaction. Names match the given current
 * organisations first, so two organisations with one name are never swapped.
 */
export async function organisationResolver(
	database: RapportDB,
	create: (name: string) => Promise<Organisation> | Organisation
) {
	const all = await database.organisations.toArray();
	const byId = new Map(all.map((o) => [o.id, o]));
	const byName = new Map<string, string>();
	const remember = (o: Organisation) => {
		const key = normaliseKey(o.name);
		if (o.deletedAt === null && !byName.has(key)) byName.set(key, o.id);
	};
	all.forEach(remember);
	const find = (name: string, mine: (Organisation | undefined)[]) => {
		const key = normaliseKey(name);
		return (
			mine.find((o) => o && o.deletedAt === null && normaliseKey(o.name) === key)?.id ??
			byName.get(key)
		);
	};
	const added = (created: Organisation) => {
		byId.set(created.id, created);
		remember(created);
		return created.id;
	};
	return {
		byId,
		/** Ids for the names, in order and each once; `current` are ids the person already has. */
		async resolve(names: readonly string[], current: readonly string[] = []): Promise<string[]> {
			const mine = current.map((id) => byId.get(id));
			const ids: string[] = [];
			for (const name of names) {
				const id = find(name, mine) ?? added(await create(name));
				if (!ids.includes(id)) ids.push(id);
			}
			return ids;
		},
		/**
		 * The same without awaiting, for a `create` that returns at once: an
		 * import resolves thousands of names inside one transaction, and Dexie
		 * keeps a transaction only across a limited number of native awaits.
		 */
		resolveNow(names: readonly string[]): string[] {
			const ids: string[] = [];
			for (const name of names) {
				let id = find(name, []);
				if (!id) {
					const created = create(name);
					if (created instanceof Promise) throw new Error('resolveNow needs a synchronous create');
					id = added(created);
				}
				if (!ids.includes(id)) ids.push(id);
			}
			return ids;
		}
	};
}
