import type { Exchange } from '../domain/exchange';
import type { Interaction } from '../domain/interaction';
import type { Lead } from '../domain/lead';
import type { Organisation } from '../domain/organisation';
import type { Person } from '../domain/person';
import type { Settings } from '../domain/settings';
import { db } from './database';
import { exchangesForPerson, ledgerTotalsByPerson } from './repositories/exchanges';
import type { LedgerTotals } from '../domain/ledger';
import { timeSpent, type TimeSpent } from '../domain/time-cost';
import { lastContactsOf } from '../domain/derived';
import { ALL_TIME, rowId, wonForOrganisation } from '../domain/insights/counters';
import { interactionsForPerson, lastContactByPerson } from './repositories/interactions';
import { leadsForPerson } from './repositories/lead-reads';
import { listOrganisations } from './repositories/organisations';
import { getPerson, listPeople } from './repositories/people';
import { getSettings } from './repositories/settings';
import { guarded } from './repository';

/** Reads that each screen needs, one call per screen, so a live query watches all of it. */

export type PeopleData = {
	people: Person[];
	organisations: Map<string, Organisation>;
	lastContact: Map<string, string>;
	ledgerTotals: Map<string, LedgerTotals>;
	settings: Settings;
};

export async function loadPeople(includeArchived = false): Promise<PeopleData> {
	const [people, organisations, lastContact, ledgerTotals, settings] = await Promise.all([
		listPeople({ includeArchived }),
		listOrganisations(),
		lastContactByPerson(),
		ledgerTotalsByPerson(),
		getSettings()
	]);
	return {
		people,
		organisations: new Map(organisations.map((o) => [o.id, o])),
		lastContact,
		ledgerTotals,
		settings
	};
}

export type PersonData = {
	person: Person;
	organisations: Organisation[];
	interactions: Interaction[];
	exchanges: Exchange[];
	leads: Lead[];
	/** Their newest interaction or give or receive (as the derived store keeps it), or null. */
	lastContactOn: string | null;
	/** Everyone else this page names (introducer, co-participants, referrers). */
	others: Map<string, Person>;
	settings: Settings;
};

/**
 * Undefined when there never was such a person. Two rounds of reads, not three:
 * the person and everything found by their id together, then the organisations
 * and other people they name.
 */
export async function loadPerson(id: string): Promise<PersonData | undefined> {
	const [person, interactions, exchanges, leads, settings] = await Promise.all([
		getPerson(id),
		interactionsForPerson(id),
		exchangesForPerson(id),
		leadsForPerson(id),
		getSettings()
	]);
	if (!person) return undefined;
	const otherIds = new Set<string>();
	if (person.introducedById) otherIds.add(person.introducedById);
	for (const i of interactions) for (const p of i.personIds) otherIds.add(p);
	for (const l of leads) for (const p of [l.personId, l.referrerId]) if (p) otherIds.add(p);
	otherIds.delete(id);
	const [organisations, others] = await Promise.all([
		guarded(() => db().organisations.bulkGet(person.organisationIds)),
		guarded(() => db().people.bulkGet([...otherIds]))
	]);
	return {
		person,
		organisations: organisations.filter((o): o is Organisation => !!o && o.deletedAt === null),
		interactions,
		exchanges,
		leads,
		lastContactOn: lastContactsOf(interactions, exchanges).get(id) ?? null,
		others: new Map(others.filter((p): p is Person => !!p).map((p) => [p.id, p])),
		settings
	};
}

export type OrganisationsData = {
	organisations: Organisation[];
	memberCounts: Map<string, number>;
};

export async function loadOrganisations(): Promise<OrganisationsData> {
	const [organisations, people] = await Promise.all([listOrganisations(), listPeople()]);
	const memberCounts = new Map<string, number>();
	for (const p of people) {
		for (const id of p.organisationIds) memberCounts.set(id, (memberCounts.get(id) ?? 0) + 1);
	}
	return { organisations, memberCounts };
}

export type OrganisationData = {
	organisation: Organisation;
	members: Person[];
	/** Interactions with any member, newest first, each listed once. */
	recent: Interaction[];
	lastContact: Map<string, string>;
	/** Every interaction with anyone here, each counted once: what the relationship costs in time. */
	time: TimeSpent;
	/** What work won for it brought in, per currency (minor units), ever. */
	won: Record<string, number>;
	settings: Settings;
};

/** Undefined when there never was such an organisation. */
export async function loadOrganisation(id: string): Promise<OrganisationData | undefined> {
	const organisation = await guarded(() => db().organisations.get(id));
	if (!organisation) return undefined;
	const [members, lastContact, settings, leadRow] = await Promise.all([
		guarded(() =>
			db()
				.people.where('organisationIds')
				.equals(id)
				.filter((p) => p.deletedAt === null)
				.sortBy('name')
		),
		lastContactByPerson(),
		getSettings(),
		// Insights' all-time lead counters hold the won value per organisation: one row, not
		// every lead.
		guarded(() => db().insights.get(rowId(ALL_TIME, 'l')))
	]);
	const perMember = await Promise.all(members.map((m) => interactionsForPerson(m.id)));
	const seen = new Map<string, Interaction>();
	for (const list of perMember) for (const i of list) seen.set(i.id, i);
	const recent = [...seen.values()].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 20);
	return {
		organisation,
		members,
		recent,
		lastContact,
		time: timeSpent([...seen.values()]),
		won: wonForOrganisation(leadRow, id),
		settings
	};
}
