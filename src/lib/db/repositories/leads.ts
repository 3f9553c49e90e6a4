import { leadSchema, type Lead, type LeadDraft } from '../../domain/lead';
import type { Role } from '../../domain/vocabulary';
import { db, type RapportDB } from '../database';
import { leadAlsoWrites, syncLead } from '../lead-effects';
import { guarded, repository } from '../repository';
import { updateOrganisation } from './organisations';
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
 * Adds a lead, and returns with it what undoes the add (the toast's Undo): the lead is
 * deleted and, when adding it as won made its person a client (no longer a prospect) or
 * tagged its organisation, those marks are taken back in the same transaction, unless the
 * roles or tags were changed again since.
 */
export function addLeadWithUndo(
	draft: LeadDraft
): Promise<{ lead: Lead; undo: () => Promise<unknown> }> {
	const tables = (d: RapportDB) => [d.leads, ...leadAlsoWrites(d)];
	const read = (d: RapportDB) =>
		Promise.all([
			draft.personId ? d.people.get(draft.personId) : undefined,
			draft.organisationId ? d.organisations.get(draft.organisationId) : undefined
		]);
	const undo = (lead: Lead, roles: Mark | null, tags: Mark | null) =>
		guarded(() => {
			const d = db();
			return d.transaction('rw', tables(d), async () => {
				await deleteLead(lead.id);
				const [person, organisation] = await read(d);
				if (roles && person?.deletedAt === null && sameList(person.roles, roles.after)) {
					await updatePerson(roles.id, { roles: roles.before as Role[] });
				}
				if (tags && organisation?.deletedAt === null && sameList(organisation.tags, tags.after)) {
					await updateOrganisation(tags.id, { tags: tags.before });
				}
			});
		});
	return guarded(() => {
		const d = db();
		return d.transaction('rw', tables(d), async () => {
			const [person, organisation] = await read(d);
			const lead = await addLead(draft);
			const [personAfter, organisationAfter] = await read(d);
			const roles = person ? markOf(person.id, person.roles, personAfter?.roles) : null;
			const tags = organisation
				? markOf(organisation.id, organisation.tags, organisationAfter?.tags)
				: null;
			return { lead, undo: () => undo(lead, roles, tags) };
		});
	});
}

// Reads live apart so the screens that only list leads (Today, a person) do not
// load the write path (referral exchanges, client marks).
export { leadsForPerson, listLeads } from './lead-reads';
