import type { Lead } from '../domain/lead';
import { planReferral } from '../domain/referral';
import { withClientRole, withClientTag } from '../domain/lead-client';
import type { RapportDB } from './database';
import {
	exchangeDerivedTables,
	leadDerivedTables,
	personDerivedTables,
	syncLead as syncLeadCounters
} from './derived';
import {
	addExchange,
	deleteExchange,
	restoreExchange,
	updateExchange
} from './repositories/exchanges';
import { updateOrganisation } from './repositories/organisations';
import { updatePerson } from './repositories/people';

/**
 * The stores a lead write also changes: Insights' lead counters, its referral
 * exchange, the ledger, the client marks.
 */
export const leadAlsoWrites = (d: RapportDB) => [
	...leadDerivedTables(d),
	d.exchanges,
	...exchangeDerivedTables(d),
	d.people,
	d.organisations,
	...personDerivedTables(d)
];

/**
 * Runs inside the lead's write transaction. Every exchange change goes through
 * the exchanges repository, which keeps the ledger totals in step.
 */
export async function syncLead(database: RapportDB, lead: Lead, previous: Lead | undefined) {
	await syncLeadCounters(database, lead, previous);
	const linked = await database.exchanges.where('leadId').equals(lead.id).toArray();
	const plan = planReferral(lead, linked);
	for (const e of plan.remove) await deleteExchange(e.id);
	if (plan.keep) {
		const { exchange, restore, patch } = plan.keep;
		if (restore) await restoreExchange(exchange.id);
		if (Object.keys(patch).length) await updateExchange(exchange.id, patch);
	}
	if (plan.add) await addExchange(plan.add);
	if (lead.deletedAt === null && lead.status === 'won' && previous?.status !== 'won') {
		await markClient(database, lead);
	}
}

/** Winning a lead makes its person a client, and tags its organisation "client". */
async function markClient(database: RapportDB, lead: Lead) {
	if (lead.personId) {
		const person = await database.people.get(lead.personId);
		const roles = person && person.deletedAt === null ? withClientRole(person.roles) : undefined;
		if (person && roles) await updatePerson(person.id, { roles });
	}
	if (lead.organisationId) {
		const organisation = await database.organisations.get(lead.organisationId);
		const tags =
			organisation && organisation.deletedAt === null
				? withClientTag(organisation.tags)
				: undefined;
		if (organisation && tags) await updateOrganisation(organisation.id, { tags });
	}
}
