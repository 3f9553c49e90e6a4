import { describe, expect, it } from 'vitest';
import { db } from '../../src/lib/db/database';
import { ValidationError } from '../../src/lib/db/errors';
import * as exchanges from '../../src/lib/db/repositories/exchanges';
import * as interactions from '../../src/lib/db/repositories/interactions';
import * as leads from '../../src/lib/db/repositories/leads';
import * as organisations from '../../src/lib/db/repositories/organisations';
import * as people from '../../src/lib/db/repositories/people';
import { loadPeople, loadPerson } from '../../src/lib/db/views';
import { loadPipeline } from '../../src/lib/db/views-leads';
import { loadToday } from '../../src/lib/db/views-today';
import { toDay } from '../../src/lib/domain/days';
import { loadPersonForm } from '../../src/lib/db/views-forms';
import { loadLog } from '../../src/lib/db/views-log';

/** Drafts name this placeholder; each test swaps in a person who exists. */
const PERSON = '<person>';

type Crud = {
	add: (draft: never) => Promise<{ id: string; deletedAt: string | null }>;
	get: (id: string) => Promise<{ deletedAt: string | null } | undefined>;
	update: (id: string, patch: never) => Promise<unknown>;
	remove: (id: string) => Promise<unknown>;
	restore: (id: string) => Promise<unknown>;
	list: () => Promise<{ id: string }[]>;
};

const cases: [string, Crud, object, object, object][] = [
	[
		'people',
		{
			add: people.addPerson,
			get: people.getPerson,
			update: people.updatePerson,
			remove: people.deletePerson,
			restore: people.restorePerson,
			list: () => people.listPeople()
		},
		{ name: 'Ada' },
		{ title: 'Engineer' },
		{ emails: ['nope'] }
	],
	[
		'organisations',
		{
			add: organisations.addOrganisation,
			get: organisations.getOrganisation,
			update: organisations.updateOrganisation,
			remove: organisations.deleteOrganisation,
			restore: organisations.restoreOrganisation,
			list: organisations.listOrganisations
		},
		{ name: 'Chamber', kind: 'community' },
		{ website: 'https://chamber.example' },
		{ website: 'ftp://x' }
	],
	[
		'interactions',
		{
			add: interactions.addInteraction,
			get: interactions.getInteraction,
			update: interactions.updateInteraction,
			remove: interactions.deleteInteraction,
			restore: interactions.restoreInteraction,
			list: () => interactions.recentInteractions(100)
		},
		{ date: '2026-05-01', kind: 'call', personIds: [PERSON] },
		{ note: 'Talked pricing' },
		{ kind: 'lunch' }
	],
	[
		'exchanges',
		{
			add: exchanges.addExchange,
			get: exchanges.getExchange,
			update: exchanges.updateExchange,
			remove: exchanges.deleteExchange,
			restore: exchanges.restoreExchange,
			list: () => exchanges.exchangesBetween('2000-01-01', '2100-01-01')
		},
		{ date: '2026-05-01', personId: PERSON, direction: 'given', kind: 'insight' },
		{ value: { type: 'money', amount: { amountMinor: 1200, currency: 'EUR' } } },
		{ value: { type: 'weight', weight: 0 } }
	],
	[
		'leads',
		{
			add: leads.addLead,
			get: leads.getLead,
			update: leads.updateLead,
			remove: leads.deleteLead,
			restore: leads.restoreLead,
			list: leads.listLeads
		},
		{ title: 'Audit', channel: 'website', firstContactOn: '2026-05-01' },
		{ status: 'talking' },
		{ status: 'maybe' }
	]
];

async function withRealPerson(draft: object) {
	const person = await people.addPerson({ name: 'Someone' });
	return JSON.parse(JSON.stringify(draft).replaceAll(PERSON, person.id)) as never;
}

describe.each(cases)('%s repository', (name, repo, draft, patch, badPatch) => {
	it('adds, reads, updates, soft-deletes, restores and lists', async () => {
		const created = await repo.add(await withRealPerson(draft));
		expect(await repo.get(created.id)).toEqual(created);
		const updated = await repo.update(created.id, patch as never);
		expect(updated).toMatchObject(patch);
		const listed = (await repo.list()).map((r) => r.id);
		expect(listed).toContain(created.id);
		expect(listed).toHaveLength(name === 'people' ? 2 : 1);
		await repo.remove(created.id);
		expect((await repo.get(created.id))?.deletedAt).not.toBeNull();
		expect((await repo.list()).map((r) => r.id)).not.toContain(created.id);
		await repo.restore(created.id);
		expect((await repo.get(created.id))?.deletedAt).toBeNull();
		expect((await repo.list()).map((r) => r.id)).toContain(created.id);
	});

	it('rejects an invalid change with a ValidationError and keeps the stored record', async () => {
		const created = await repo.add(await withRealPerson(draft));
		const before = await repo.get(created.id);
		await expect(repo.update(created.id, badPatch as never)).rejects.toBeInstanceOf(
			ValidationError
		);
		expect(await repo.get(created.id)).toEqual(before);
	});
});

describe('references', () => {
	it('refuses a record that names someone who does not exist or was deleted', async () => {
		const gone = await people.addPerson({ name: 'Gone' });
		await people.deletePerson(gone.id);
		await expect(
			interactions.addInteraction({ date: '2026-05-01', kind: 'call', personIds: ['nobody'] })
		).rejects.toThrow(/Someone in this interaction is no longer in Rapport/);
		await expect(
			exchanges.addExchange({
				date: '2026-05-01',
				personId: gone.id,
				direction: 'given',
				kind: 'gift'
			})
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			leads.addLead({
				title: 'X',
				channel: 'referral',
				firstContactOn: '2026-05-01',
				referrerId: gone.id
			})
		).rejects.toThrow(/The referrer is no longer in Rapport/);
		await expect(people.addPerson({ name: 'New', introducedById: gone.id })).rejects.toThrow(
			/introduced them is no longer/
		);
		expect(await db().interactions.count()).toBe(0);
		expect(await db().exchanges.count()).toBe(0);
		expect(await db().leads.count()).toBe(0);
	});

	it('does not block editing a record whose old link was deleted since', async () => {
		const dana = await people.addPerson({ name: 'Dana' });
		const sam = await people.addPerson({ name: 'Sam', introducedById: dana.id });
		await people.deletePerson(dana.id);
		await expect(people.updatePerson(sam.id, { title: 'CTO' })).resolves.toMatchObject({
			title: 'CTO'
		});
	});
});

describe('savePerson', () => {
	it('links existing organisations by name (any case) and creates new ones', async () => {
		const chamber = await organisations.addOrganisation({
			name: 'Riverside Chamber',
			kind: 'community'
		});
		const sam = await people.savePerson(undefined, { name: 'Sam' }, [
			'riverside chamber',
			'Quartz'
		]);
		const all = await organisations.listOrganisations();
		expect(all.map((o) => o.name)).toEqual(['Quartz', 'Riverside Chamber']);
		expect(sam.organisationIds[0]).toBe(chamber.id);
		const edited = await people.savePerson(sam.id, { name: 'Sam O.' }, ['Quartz']);
		expect(edited.organisationIds).toEqual([all.find((o) => o.name === 'Quartz')!.id]);
	});

	it('creates no organisation when the person is invalid', async () => {
		await expect(people.savePerson(undefined, { name: '' }, ['Brand New Org'])).rejects.toThrow(
			/Name is required/
		);
		expect(await db().organisations.count()).toBe(0);
	});
});

describe('screen loaders', () => {
	it('gather what each screen shows', async () => {
		const org = await organisations.addOrganisation({ name: 'Quartz' });
		const dana = await people.addPerson({ name: 'Dana', cadenceDays: 30 });
		const sam = await people.addPerson({
			name: 'Sam',
			introducedById: dana.id,
			organisationIds: [org.id]
		});
		await interactions.addInteraction({
			date: '2026-05-01',
			kind: 'coffee',
			personIds: [sam.id, dana.id],
			followUpOn: '2026-05-08'
		});
		await exchanges.addExchange({
			date: '2026-05-02',
			personId: sam.id,
			direction: 'received',
			kind: 'advice'
		});
		const lead = await leads.addLead({
			title: 'Redesign',
			channel: 'referral',
			firstContactOn: '2026-05-03',
			referrerId: sam.id
		});

		const today = await loadToday(toDay(new Date()), { followUps: 12, due: 12 });
		expect(today.hasPeople).toBe(true);
		expect(today.followUps).toHaveLength(1);
		expect(today.names.get(sam.id)?.name).toBe('Sam');
		expect(today.due.map((d) => d.person.name)).toEqual(['Dana']);

		const person = await loadPerson(sam.id);
		expect(person?.organisations.map((o) => o.name)).toEqual(['Quartz']);
		expect(person?.interactions).toHaveLength(1);
		// The advice, and the referral received with the lead Sam referred.
		expect(person?.exchanges.map((e) => [e.kind, e.leadId])).toEqual([
			['referral', lead.id],
			['advice', null]
		]);
		expect(person?.leads.map((l) => l.id)).toEqual([lead.id]);
		expect(person?.others.get(dana.id)?.name).toBe('Dana');
		expect(await loadPerson('missing')).toBeUndefined();

		expect((await loadPeople()).organisations.get(org.id)?.name).toBe('Quartz');
		expect((await loadPipeline()).people[sam.id]?.name).toBe('Sam');
		expect((await loadPersonForm(sam.id)).person?.name).toBe('Sam');
		expect((await loadLog('2026-05-10')).suggestedIds.sort()).toEqual([dana.id, sam.id].sort());
		const editing = await loadLog('2026-05-10', today.followUps[0]!.id);
		expect(editing.interaction?.personIds).toEqual([sam.id, dana.id]);
	});
});

describe('savePerson with awkward organisations', () => {
	it('prefers the organisation the person already has when two share a name', async () => {
		const first = await organisations.addOrganisation({ name: 'Acme' });
		const second = await organisations.addOrganisation({ name: 'ACME' });
		const sam = await people.addPerson({ name: 'Sam', organisationIds: [second.id] });
		const saved = await people.savePerson(sam.id, { name: 'Sam' }, ['acme']);
		expect(saved.organisationIds).toEqual([second.id]);
		expect(saved.organisationIds).not.toContain(first.id);
	});

	it('keeps a link to an organisation deleted since, and names a bad organisation in the error', async () => {
		const old = await organisations.addOrganisation({ name: 'Old Co' });
		const sam = await people.addPerson({ name: 'Sam', organisationIds: [old.id] });
		await organisations.deleteOrganisation(old.id);
		const saved = await people.savePerson(sam.id, { name: 'Sam' }, ['New Co']);
		expect(saved.organisationIds).toContain(old.id);
		const error = await people
			.savePerson(sam.id, { name: 'Sam' }, ['x'.repeat(300)])
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(Object.keys((error as ValidationError).fields)).toEqual(['organisations']);
	});

	it('ignores undefined in a patch instead of clearing the field', async () => {
		const sam = await people.addPerson({ name: 'Sam', cadenceDays: 30 });
		const updated = await people.updatePerson(sam.id, { cadenceDays: undefined, title: 'CTO' });
		expect(updated.cadenceDays).toBe(30);
	});
});
