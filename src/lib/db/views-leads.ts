import type { Exchange } from '../domain/exchange';
import type { Lead } from '../domain/lead';
import type { LedgerTotals } from '../domain/ledger';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { db } from './database';
import { ledgerTotalsByPerson } from './repositories/exchanges';
import { getLead } from './repositories/leads';
import { listLeads } from './repositories/lead-reads';
import { listOrganisations } from './repositories/organisations';
import { listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

/** Reads for the lead screens, one call per screen (see views.ts). */

export type LeadFormData = {
	lead: Lead | undefined;
	people: Person[];
	organisations: Organisation[];
	settings: Settings;
};

/** What the lead form needs: the lead (when editing), people, organisations, settings. */
export async function loadLeadForm(id: string | undefined): Promise<LeadFormData> {
	const [lead, people, organisations, settings] = await Promise.all([
		id ? getLead(id) : Promise.resolve(undefined),
		listPeople(),
		listOrganisations(),
		getSettings()
	]);
	return { lead, people, organisations, settings };
}

/**
 * Who introduced whom, walking up from `start` only as far as the chain goes
 * (each person read once), for attribution on one lead's page. Absent ids are
 * people missing or deleted.
 */
async function introducersFrom(
	start: string,
	limit = 1001
): Promise<Record<string, string | null>> {
	const known: Record<string, string | null> = {};
	let id: string | null = start;
	while (id !== null && !(id in known) && Object.keys(known).length < limit) {
		const person: Person | undefined = await db().people.get(id);
		if (!person || person.deletedAt !== null) break;
		known[id] = person.introducedById;
		id = person.introducedById;
	}
	return known;
}

export type LeadData = {
	lead: Lead;
	/** The people the page names (contact, referrer, the introduction chain), live or not. */
	people: Record<string, Person>;
	organisation: Organisation | undefined;
	/** introducedBy for the chain above the referrer (absent: missing or deleted). */
	introducers: Record<string, string | null>;
	referral: Exchange | undefined;
	settings: Settings;
};

/** Undefined when there never was such a lead. */
export async function loadLead(id: string): Promise<LeadData | undefined> {
	const lead = await getLead(id);
	if (!lead) return undefined;
	const [introducers, organisation, linked, settings] = await Promise.all([
		lead.referrerId ? introducersFrom(lead.referrerId) : Promise.resolve({}),
		lead.organisationId
			? guarded(() => db().organisations.get(lead.organisationId!))
			: Promise.resolve(undefined),
		guarded(() => db().exchanges.where('leadId').equals(id).toArray()),
		getSettings()
	]);
	const ids = new Set(Object.keys(introducers));
	for (const p of [lead.personId, lead.referrerId]) if (p) ids.add(p);
	const rows = await guarded(() => db().people.bulkGet([...ids]));
	const people: Record<string, Person> = {};
	for (const p of rows) if (p) people[p.id] = p;
	return {
		lead,
		people,
		organisation,
		introducers,
		referral: linked.find((e) => e.deletedAt === null),
		settings
	};
}

export type PipelineData = {
	leads: Lead[];
	/** Contacts and referrers named by the leads, by id. */
	people: Record<string, Pick<Person, 'id' | 'name'>>;
	organisations: Record<string, Pick<Organisation, 'id' | 'name'>>;
	settings: Settings;
};

export async function loadPipeline(): Promise<PipelineData> {
	const [leads, settings] = await Promise.all([listLeads(), getSettings()]);
	const personIds = new Set<string>();
	const orgIds = new Set<string>();
	for (const l of leads) {
		if (l.personId) personIds.add(l.personId);
		if (l.referrerId) personIds.add(l.referrerId);
		if (l.organisationId) orgIds.add(l.organisationId);
	}
	const [people, organisations] = await Promise.all([
		guarded(() => db().people.bulkGet([...personIds])),
		guarded(() => db().organisations.bulkGet([...orgIds]))
	]);
	const names: PipelineData['people'] = {};
	for (const p of people) if (p) names[p.id] = { id: p.id, name: p.name };
	const orgs: PipelineData['organisations'] = {};
	for (const o of organisations) if (o) orgs[o.id] = { id: o.id, name: o.name };
	return { leads, people: names, organisations: orgs, settings };
}

export type SourcesData = {
	leads: Lead[];
	/** Everyone, live or deleted, by id: names and who introduced them. */
	people: Record<string, Pick<Person, 'id' | 'name' | 'introducedById' | 'deletedAt'>>;
	ledgerTotals: Map<string, LedgerTotals>;
	settings: Settings;
};

export async function loadSources(): Promise<SourcesData> {
	const [leads, everyone, ledgerTotals, settings] = await Promise.all([
		listLeads(),
		guarded(() => db().people.toArray()),
		ledgerTotalsByPerson(),
		getSettings()
	]);
	const people: SourcesData['people'] = {};
	for (const p of everyone) {
		people[p.id] = {
			id: p.id,
			name: p.name,
			introducedById: p.introducedById,
			deletedAt: p.deletedAt
		};
	}
	return { leads, people, ledgerTotals, settings };
}
