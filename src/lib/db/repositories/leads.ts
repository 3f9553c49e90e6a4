import { leadSchema, type Lead, type LeadDraft } from '../../domain/lead';
import { leadAlsoWrites, syncLead } from '../lead-effects';
import { repository } from '../repository';

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

// Reads live apart so the screens that only list leads (Today, a person) do not
// load the write path (referral exchanges, client marks).
export { leadsForPerson, listLeads } from './lead-reads';
