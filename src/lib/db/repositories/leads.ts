import { leadSchema, type Lead, type LeadDraft } from '../../domain/lead';
import { organisationEdited, type Organisation } from '../../domain/organisation';
import type { LeadStatus, Role } from '../../domain/vocabulary';
import { db, type RapportDB } from '../database';
import { leadAlsoWrites, syncLead } from '../lead-effects';
import { RecordNotFoundError, ValidationError } from '../errors';
import { guarded, repository } from '../repository';
import {
	addOrganisation,
	deleteOrganisation,
	linksTo,
	organisationResolver,
	updateOrganisation
} from './organisations';
import { updatePerson } from './people';

const leads = repository<Lead, typeof leadSchema>({
	table: (d) => d.leads,
	schema: leadSchema,
	what: 'The lead',
	// The referral received for the lead, and the client marks when it is won,
	// are written in the lead's own transaction.
	alsoWrites: leadAlsoWrites,
	hooks: { afterWrite: syncLead },
	references: [
		{
			field: 'personId',
			table: 'people',
			ids: (l) => [l.personId],
			message: 'That person is no longer in Rapport.'
		},
		{
			field: 'referrerId',
			table: 'people',
			ids: (l) => [l.referrerId],
			message: 'The referrer is no longer in Rapport.'
		},
		{
			field: 'organisationId',
			table: 'organisations',
			ids: (l) => [l.organisationId],
			message: 'That organisation is no longer in Rapport.'
		}
	]
});

export const addLead = (draft: LeadDraft) => leads.add(draft);

export const updateLead = leads.update;
export const deleteLead = leads.remove;
export const restoreLead = leads.restore;
export const getLead = leads.get;

type Mark = { id: string; before: string[]; after: string[] };
const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);
/** A list as it was before a write and after it, to put back unless changed since. */
const markOf = (id: string, before?: readonly string[], after?: readonly string[]): Mark | null =>
	before && after && !sameList(before, after)
		? { id, before: [...before], after: [...after] }
		: null;

/**
 * The organisation a lead form named to add (inside the lead's transaction): one already in
 * Rapport under that name (as the person form finds them: without case, accents or extra
 * spaces), or a new company. `created` is set when it was added now.
 */
async function leadOrganisation(database: RapportDB, name: string) {
	let created: string | undefined;
	const resolver = await organisationResolver(database, async (n) => {
		const org = await addOrganisation({ name: n }).catch((error: unknown) => {
			throw error instanceof ValidationError
				? new ValidationError(
						{ newOrganisation: Object.values(error.fields).join(' ') },
						'The lead'
					)
				: error;
		});
		created = org.id;
		return org;
	});
	const [id] = await resolver.resolve([name]);
	return { id: id!, created };
}

/** The stores a lead write touches, with a new organisation of its own. */
const leadTables = (d: RapportDB) => [d.leads, ...leadAlsoWrites(d)];

/**
 * Adds a lead, and returns with it what undoes the add (the toast's Undo): the lead is
 * deleted and, when adding it as won made its person a client (no longer a prospect) or
 * tagged its organisation, those marks are taken back in the same transaction, unless the
 * roles or tags were changed again since. With `organisationName` (the form's "New
 * organisation…"), the lead is for that organisation, added in the same transaction unless
 * one has the name already; Undo deletes it again unless someone else was linked to it since
 * or it was edited since (renamed, its notes or tags changed: work the user put into it).
 */
export function addLeadWithUndo(
	given: LeadDraft,
	organisationName?: string
): Promise<{ lead: Lead; undo: () => Promise<unknown> }> {
	const read = (d: RapportDB, draft: LeadDraft) =>
		Promise.all([
			draft.personId ? d.people.get(draft.personId) : undefined,
			draft.organisationId ? d.organisations.get(draft.organisationId) : undefined
		]);
	// `created`: the organisation the add made, as the add left it.
	const undo = (lead: Lead, roles: Mark | null, tags: Mark | null, created?: Organisation) =>
		guarded(() => {
			const d = db();
			return d.transaction('rw', leadTables(d), async () => {
				await deleteLead(lead.id);
				const [person, organisation] = await read(d, lead);
				if (roles && person?.deletedAt === null && sameList(person.roles, roles.after)) {
					await updatePerson(roles.id, { roles: roles.before as Role[] });
				}
				if (tags && organisation?.deletedAt === null && sameList(organisation.tags, tags.after)) {
					await updateOrganisation(tags.id, { tags: tags.before });
				}
				if (created && organisation?.deletedAt === null) {
					const { people, leads } = await linksTo(d, created.id);
					const edited = organisationEdited(created, organisation);
					if (people + leads === 0 && !edited) await deleteOrganisation(created.id);
				}
			});
		});
	return guarded(() => {
		const d = db();
		return d.transaction('rw', leadTables(d), async () => {
			const named = organisationName ? await leadOrganisation(d, organisationName) : undefined;
			const draft = named ? { ...given, organisationId: named.id } : given;
			const [person, organisation] = await read(d, draft);
			const lead = await addLead(draft);
			const [personAfter, organisationAfter] = await read(d, draft);
			const roles = person ? markOf(person.id, person.roles, personAfter?.roles) : null;
			const tags = organisation
				? markOf(organisation.id, organisation.tags, organisationAfter?.tags)
				: null;
			const created = named?.created ? organisationAfter : undefined;
			return { lead, undo: () => undo(lead, roles, tags, created) };
		});
	});
}

/** Saves an edit of a lead; with `organisationName`, for that organisation (see `addLeadWithUndo`). */
export function updateLeadNaming(
	id: string,
	draft: LeadDraft,
	organisationName?: string
): Promise<Lead> {
	if (!organisationName) return updateLead(id, draft);
	return guarded(() => {
		const d = db();
		return d.transaction('rw', leadTables(d), async () => {
			const { id: organisationId } = await leadOrganisation(d, organisationName);
			return updateLead(id, { ...draft, organisationId });
		});
	});
}

/**
 * Moves a lead to `status` (the next step, from its page). Resolves to what undoes it: the
 * lead gets its status back, unless it was moved again since (then the newer one stays).
 */
export function moveLead(id: string, status: LeadStatus): Promise<() => Promise<unknown>> {
	return guarded(async () => {
		const d = db();
		const before = await d.transaction('rw', leadTables(d), async () => {
			const stored = await d.leads.get(id);
			if (!stored || stored.deletedAt !== null) throw new RecordNotFoundError('The lead');
			await updateLead(id, { status });
			return stored.status;
		});
		return () =>
			guarded(() =>
				d.transaction('rw', leadTables(d), async () => {
					const now = await d.leads.get(id);
					if (now?.deletedAt === null && now.status === status) {
						await updateLead(id, { status: before });
					}
				})
			);
	});
}

// Reads live apart so the screens that only list leads (Today, a person) do not
// load the write path (referral exchanges, client marks).
export { leadsForPerson, listLeads } from './lead-reads';
