import { leadSchema, type Lead, type LeadDraft } from '../../domain/lead';
import { db } from '../database';
import { leadDerivedTables, syncLead } from '../derived';
import { guarded, repository } from '../repository';

const leads = repository<Lead, typeof leadSchema>({
	table: (d) => d.leads,
	// Insights' lead counters are kept in step in the same transaction.
	alsoWrites: leadDerivedTables,
	hooks: { afterWrite: syncLead },
	schema: leadSchema,
	what: 'The lead',
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

/** Every live lead, newest first contact first. */
export function listLeads(): Promise<Lead[]> {
	return guarded(() =>
		db()
			.leads.orderBy('firstContactOn')
			.reverse()
			.filter((l) => l.deletedAt === null)
			.toArray()
	);
}

export function leadsForPerson(personId: string): Promise<Lead[]> {
	return guarded(async () => {
		const database = db();
		const [asContact, asReferrer] = await Promise.all([
			database.leads.where('personId').equals(personId).toArray(),
			database.leads
				.where('[referrerId+firstContactOn]')
				.between([personId, ''], [personId, '\uffff'])
				.toArray()
		]);
		const byId = new Map([...asContact, ...asReferrer].map((l) => [l.id, l]));
		return [...byId.values()]
			.filter((l) => l.deletedAt === null)
			.sort((a, b) => b.firstContactOn.localeCompare(a.firstContactOn));
	});
}
