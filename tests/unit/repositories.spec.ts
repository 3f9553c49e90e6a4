import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/lib/db/database';
import { RecordNotFoundError, ValidationError } from '../../src/lib/db/errors';
import {
	addExchange,
	exchangesForPerson,
	deleteExchange
} from '../../src/lib/db/repositories/exchanges';
import {
	addInteraction,
	deleteInteraction,
	interactionsForPerson,
	recentInteractions,
	restoreInteraction,
	updateInteraction
} from '../../src/lib/db/repositories/interactions';
import {
	addLead,
	leadsForPerson,
	listLeads,
	updateLead,
	deleteLead
} from '../../src/lib/db/repositories/leads';
import {
	addNewOrganisation,
	addOrganisation,
	listOrganisations,
	deleteOrganisation,
	deleteUnusedOrganisation,
	restoreOrganisation,
	saveOrganisation,
	updateOrganisation
} from '../../src/lib/db/repositories/organisations';
import {
	organisationFormToDraft,
	organisationToForm
} from '../../src/lib/domain/organisation-form';
import { organisationNamed, renamedOnto } from '../../src/lib/domain/organisation';
import {
	addPerson,
	addPersonNamed,
	countPeople,
	deletePerson,
	getPerson,
	listPeople,
	restorePerson,
	savePerson,
	updatePerson
} from '../../src/lib/db/repositories/people';
import { getSettings, saveSettings } from '../../src/lib/db/repositories/settings';
import { saveTemplate } from '../../src/lib/db/repositories/templates';
import { markWhatsNewSeen } from '../../src/lib/db/repositories/whats-new';
import { exportBackup, restoreBackup } from '../../src/lib/db/backup';
import { wipeAllData } from '../../src/lib/db/dataset';
import { readBackup } from '../../src/lib/domain/backup/read';
import { formatMoney } from '../../src/lib/domain/money';
import { interactionDraft, personDraft } from './factories';

describe('people', () => {
	it('adds someone by name from a picker, but not a second record of an archived person', async () => {
		const olga = await addPerson(personDraft({ name: 'Olga Berg', archived: true }));
		await expect(addPersonNamed('  olga  BERG ')).rejects.toThrow(
			'Olga Berg is archived: restore them from their page to choose them.'
		);
		expect(await db().people.count()).toBe(1);
		// Two archived of that name: still not a third.
		await addPerson(personDraft({ name: 'Olga Berg', archived: true }));
		await expect(addPersonNamed('Olga Berg')).rejects.toThrow(/is archived/);
		await updatePerson(olga.id, { archived: false });
		// Live (added in another tab since the picker's list was read): chosen, not added again.
		await expect(addPersonNamed('olga berg')).rejects.toThrow(
			'Olga Berg is already in Rapport: choose them from the list.'
		);
		const maria = await addPersonNamed('Maria Lopez');
		expect(maria).toMatchObject({ name: 'Maria Lopez', archived: false, deletedAt: null });
		await expect(addPersonNamed('x'.repeat(500))).rejects.toBeInstanceOf(ValidationError);
		expect(await db().people.count()).toBe(3);
	});

	it('adds a person with an id, timestamps and defaults', async () => {
		const sam = await addPerson(personDraft());
		expect(sam.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(sam.createdAt).toBe(sam.updatedAt);
		expect(sam.deletedAt).toBeNull();
		expect(await getPerson(sam.id)).toEqual(sam);
	});

	it('rejects an invalid person with a readable message and writes nothing', async () => {
		await expect(addPerson(personDraft({ name: '', emails: ['nope'] }))).rejects.toThrow(
			/The person could not be saved\. Name is required\. Email 1: That does not look like an email/
		);
		const error = await addPerson(personDraft({ name: '' })).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields.name).toBe('Name is required.');
		expect(await db().people.count()).toBe(0);
	});

	it('updates fields but never id or createdAt, and validates the merged record', async () => {
		const sam = await addPerson(personDraft());
		await new Promise((r) => setTimeout(r, 2));
		const updated = await updatePerson(sam.id, {
			title: 'CTO',
			id: 'evil',
			createdAt: 'x'
		} as never);
		expect(updated.title).toBe('CTO');
		expect(updated.id).toBe(sam.id);
		expect(updated.createdAt).toBe(sam.createdAt);
		expect(updated.updatedAt > sam.updatedAt).toBe(true);
		await expect(updatePerson(sam.id, { emails: ['broken'] })).rejects.toBeInstanceOf(
			ValidationError
		);
		expect((await getPerson(sam.id))?.emails).toEqual(['sam@example.com']);
	});

	it('soft-deletes, hides, and restores', async () => {
		const sam = await addPerson(personDraft());
		await addPerson(personDraft({ name: 'Ada', emails: [] }));
		await deletePerson(sam.id);
		expect((await listPeople()).map((p) => p.name)).toEqual(['Ada']);
		expect(await countPeople()).toBe(1);
		expect((await getPerson(sam.id))?.deletedAt).not.toBeNull();
		await expect(updatePerson(sam.id, { title: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
		await restorePerson(sam.id);
		expect((await listPeople()).map((p) => p.name)).toEqual(['Ada', 'Sam Okafor']);
	});

	it('hides archived people unless asked', async () => {
		await addPerson(personDraft({ name: 'Old friend', archived: true }));
		expect(await listPeople()).toHaveLength(0);
		expect(await listPeople({ includeArchived: true })).toHaveLength(1);
	});

	it('reports a missing record', async () => {
		await expect(updatePerson('missing', { title: 'x' })).rejects.toThrow(/no longer exists/);
	});
});

describe('organisations', () => {
	it('adds, lists by name, updates and soft-deletes', async () => {
		const b = await addOrganisation({ name: 'Zeta Forum', kind: 'community' });
		await addOrganisation({ name: 'Acme' });
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Acme', 'Zeta Forum']);
		await updateOrganisation(b.id, { name: 'Beta Forum' });
		await deleteOrganisation(b.id);
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Acme']);
	});

	it('edits through the form: trimmed fields, tags split, a bad website refused with nothing changed', async () => {
		const org = await addOrganisation({ name: 'Acme Cp' });
		const form = { ...organisationToForm(org), name: ' Acme Corp ', tags: 'client, saas, Client' };
		const saved = await updateOrganisation(org.id, organisationFormToDraft(form));
		expect([saved.name, saved.tags]).toEqual(['Acme Corp', ['client', 'saas']]);
		await expect(
			updateOrganisation(org.id, organisationFormToDraft({ ...form, website: 'ftp://x' }))
		).rejects.toThrow(ValidationError);
		expect((await listOrganisations()).map((o) => o.website)).toEqual(['']);
	});

	it('deletes only an organisation nobody is linked to, and undo brings it back', async () => {
		const used = await addOrganisation({ name: 'Acme' });
		const typo = await addOrganisation({ name: 'Acme Cp' });
		await savePerson(undefined, personDraft({ name: 'Ada' }), [used.name]);
		const withLead = await addOrganisation({ name: 'Globex' });
		await addLead({
			title: 'Audit',
			channel: 'website',
			firstContactOn: '2026-03-01',
			organisationId: withLead.id
		});
		await expect(deleteUnusedOrganisation(used.id)).rejects.toThrow(
			'It is still linked to 1 person: remove it from them first.'
		);
		await expect(deleteUnusedOrganisation(withLead.id)).rejects.toThrow('still linked to 1 lead');
		await deleteUnusedOrganisation(typo.id);
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Acme', 'Globex']);
		await restoreOrganisation(typo.id);
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Acme', 'Acme Cp', 'Globex']);
	});

	it('finds a live organisation by name without case, accents or extra spaces', () => {
		const bakery = { name: 'Northwind Bakery', deletedAt: null };
		const gone = { name: 'Café Lumière', deletedAt: '2026-02-01T09:00:00.000Z' };
		const cafe = { name: 'Cafe  Lumiere', deletedAt: null };
		expect(organisationNamed([bakery], '  northwind   BAKERY ')).toBe(bakery);
		expect(organisationNamed([bakery], 'Northwind Bakery Ltd')).toBeUndefined();
		// A deleted one is not there any more; a live one with the same letters is.
		expect(organisationNamed([gone], 'café lumière')).toBeUndefined();
		expect(organisationNamed([gone, cafe], 'café lumière')).toBe(cafe);
		expect(organisationNamed([{ name: '', deletedAt: null }], '   ')).toBeUndefined();
	});

	it('adds a new organisation from the list, refusing a name already there and writing nothing', async () => {
		const first = await addNewOrganisation({ name: 'Northwind Bakery' });
		expect('added' in first && first.added.kind).toBe('company');
		const twin = await addNewOrganisation({ name: 'northwind bakery', kind: 'community' });
		expect(twin).toEqual({ existing: 'added' in first ? first.added : undefined });
		expect((await listOrganisations()).map((o) => o.name)).toEqual(['Northwind Bakery']);
		// Once that one is deleted, the name is free again.
		await deleteOrganisation((await listOrganisations())[0]!.id);
		const again = await addNewOrganisation({ name: 'northwind bakery' });
		expect('added' in again && again.added.name).toBe('northwind bakery');
		// A bad name is still refused by the schema, not taken for a twin.
		await expect(addNewOrganisation({ name: '  ' })).rejects.toThrow(ValidationError);
	});

	it('finds the other organisation a rename would duplicate, never the one renamed', () => {
		const acme = { id: 'a', name: 'acme', deletedAt: null };
		const globex = { id: 'g', name: 'Globex', deletedAt: null };
		const gone = { id: 'x', name: 'Initech', deletedAt: '2026-02-01T09:00:00.000Z' };
		const all = [acme, globex, gone];
		expect(renamedOnto(all, acme, ' GLOBEX ')).toBe(globex);
		expect(renamedOnto(all, acme, 'Acme')).toBeUndefined();
		expect(renamedOnto(all, acme, 'Initech')).toBeUndefined();
		// Two from before names were checked: keeping the name is no new duplicate.
		const twin = { id: 't', name: 'ACME', deletedAt: null };
		expect(renamedOnto([acme, twin], acme, 'Acme')).toBeUndefined();
		expect(renamedOnto([acme, twin], globex, 'acme')).toBe(acme);
	});

	it('refuses renaming an organisation to a name another has, writing nothing; its own in another case is saved', async () => {
		const northwind = await addOrganisation({ name: 'Northwind Bakery' });
		const typo = await addOrganisation({ name: 'Nortwind', notes: 'Met at the fair' });
		const form = { ...organisationToForm(typo), name: ' northwind  BAKERY ', notes: 'Changed' };
		const refused = await saveOrganisation(typo.id, organisationFormToDraft(form));
		expect(refused).toEqual({ existing: northwind });
		expect(await db().organisations.get(typo.id)).toEqual(typo);

		const cased = await saveOrganisation(northwind.id, { name: 'NORTHWIND bakery' });
		expect('saved' in cased && cased.saved.name).toBe('NORTHWIND bakery');
		const renamed = await saveOrganisation(
			typo.id,
			organisationFormToDraft({ ...form, name: 'Northwind Café' })
		);
		expect('saved' in renamed && [renamed.saved.name, renamed.saved.notes]).toEqual([
			'Northwind Café',
			'Changed'
		]);
		// A deleted one's name is free; a deleted or missing one is not there to rename.
		await deleteOrganisation(northwind.id);
		const freed = await saveOrganisation(typo.id, { name: 'Northwind Bakery' });
		expect('saved' in freed && freed.saved.name).toBe('Northwind Bakery');
		await expect(saveOrganisation(northwind.id, { name: 'Other' })).rejects.toThrow(
			RecordNotFoundError
		);
		await expect(saveOrganisation(typo.id, { name: ' ' })).rejects.toThrow(ValidationError);
	});
});

describe('interactions', () => {
	it('indexes each participant by person and date, newest first', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		await addInteraction(interactionDraft([a.id], { date: '2026-01-05' }));
		const both = await addInteraction(
			interactionDraft([a.id, b.id], { date: '2026-02-10', kind: 'meeting' })
		);
		expect((await interactionsForPerson(a.id)).map((i) => i.date)).toEqual([
			'2026-02-10',
			'2026-01-05'
		]);
		expect((await interactionsForPerson(b.id)).map((i) => i.id)).toEqual([both.id]);
		expect(await db().lastContacts.toArray()).toEqual(
			[
				{ personId: a.id, date: '2026-02-10' },
				{ personId: b.id, date: '2026-02-10' }
			].sort((x, y) => (x.personId < y.personId ? -1 : 1))
		);
	});

	it('keeps the person index in step with edits, deletes and undo', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		const i = await addInteraction(interactionDraft([a.id]));
		await updateInteraction(i.id, { personIds: [b.id], date: '2026-04-01' });
		expect(await interactionsForPerson(a.id)).toEqual([]);
		expect((await interactionsForPerson(b.id))[0]?.date).toBe('2026-04-01');
		await deleteInteraction(i.id);
		expect(await interactionsForPerson(b.id)).toEqual([]);
		expect(await db().lastContacts.count()).toBe(0);
		await restoreInteraction(i.id);
		expect(await interactionsForPerson(b.id)).toHaveLength(1);
		expect(await db().lastContacts.toArray()).toEqual([{ personId: b.id, date: '2026-04-01' }]);
	});

	it('rejects an invalid change before writing anything', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const i = await addInteraction(interactionDraft([a.id]));
		await expect(updateInteraction(i.id, { durationMinutes: -1 })).rejects.toThrow(
			/Duration cannot be negative/
		);
		expect((await interactionsForPerson(a.id))[0]?.durationMinutes).toBe(45);
	});

	it('rolls back the interaction and its derived rows when a write fails part-way', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		const i = await addInteraction(interactionDraft([a.id], { date: '2026-03-01' }));
		// The interaction is written, then storing who was last seen fails.
		const failing = vi
			.spyOn(db().lastContacts, 'bulkPut')
			.mockRejectedValueOnce(new Error('disk full'));
		await expect(
			updateInteraction(i.id, { personIds: [b.id], note: 'moved', date: '2026-04-01' })
		).rejects.toThrow(/disk full/);
		failing.mockRestore();
		expect((await interactionsForPerson(a.id)).map((x) => x.note)).toEqual(['']);
		expect(await interactionsForPerson(b.id)).toEqual([]);
		expect(await db().lastContacts.toArray()).toEqual([{ personId: a.id, date: '2026-03-01' }]);
	});

	it('lists recent ones and open follow-ups', async () => {
		const a = await addPerson(personDraft());
		await addInteraction(
			interactionDraft([a.id], { date: '2026-01-01', followUpOn: '2026-01-10' })
		);
		await addInteraction(
			interactionDraft([a.id], { date: '2026-02-01', followUpOn: '2026-02-10', followUpDone: true })
		);
		await addInteraction(interactionDraft([a.id], { date: '2026-03-01' }));
		expect((await recentInteractions(2)).map((i) => i.date)).toEqual(['2026-03-01', '2026-02-01']);
		expect((await db().openFollowUps.toArray()).map((f) => f.followUpOn)).toEqual(['2026-01-10']);
	});
});

describe('exchanges', () => {
	it('lists a person’s gives and receives newest first, without deleted ones', async () => {
		const a = await addPerson(personDraft());
		const first = await addExchange({
			date: '2026-01-01',
			personId: a.id,
			direction: 'received',
			kind: 'advice'
		});
		await addExchange({
			date: '2026-02-01',
			personId: a.id,
			direction: 'given',
			kind: 'insight',
			value: { type: 'time', minutes: 30 }
		});
		expect((await exchangesForPerson(a.id)).map((e) => e.direction)).toEqual(['given', 'received']);
		await deleteExchange(first.id);
		expect(await exchangesForPerson(a.id)).toHaveLength(1);
	});
});

describe('leads', () => {
	it('lists leads and finds them by contact and by referrer', async () => {
		const client = await addPerson(personDraft({ name: 'Client' }));
		const connector = await addPerson(personDraft({ name: 'Connector' }));
		const lead = await addLead({
			title: 'Redesign',
			channel: 'referral',
			firstContactOn: '2026-02-01',
			personId: client.id,
			referrerId: connector.id
		});
		await addLead({ title: 'Audit', channel: 'website', firstContactOn: '2026-03-01' });
		expect((await listLeads()).map((l) => l.title)).toEqual(['Audit', 'Redesign']);
		expect((await leadsForPerson(connector.id)).map((l) => l.id)).toEqual([lead.id]);
		expect((await leadsForPerson(client.id)).map((l) => l.id)).toEqual([lead.id]);
		await updateLead(lead.id, {
			status: 'won',
			wonValue: { amountMinor: 500000, currency: 'EUR' },
			closedOn: '2026-03-10'
		});
		await deleteLead(lead.id);
		expect(await leadsForPerson(connector.id)).toEqual([]);
	});
});

describe('settings', () => {
	it('returns defaults without writing, then merges and validates changes', async () => {
		expect((await getSettings()).currency).toBe('EUR');
		expect(await db().settings.count()).toBe(0);
		const saved = await saveSettings({ hourlyRateMinor: 9000, ownerName: 'Alex' });
		expect(saved).toMatchObject({
			hourlyRateMinor: 9000,
			ownerName: 'Alex',
			defaultCadenceDays: 30
		});
		await saveSettings({ currency: 'GBP' });
		expect(await getSettings()).toMatchObject({ hourlyRateMinor: 9000, currency: 'GBP' });
		await expect(saveSettings({ currency: 'pounds' })).rejects.toThrow(/three-letter currency/);
		await expect(saveSettings({ currency: 'QQQ' })).rejects.toThrow(
			'Your settings could not be saved. Currency: That is not a currency code this device knows (try EUR, USD, GBP).'
		);
		expect((await getSettings()).currency).toBe('GBP');
	});

	it('a currency this device does not know, kept from another device, never blocks a save or a restore', async () => {
		// As stored by a browser that knows the code (a newer one, or one that still lists a withdrawn code).
		await db().settings.put({
			...(await saveSettings({ hourlyRateMinor: 9000 })),
			currency: 'QQQ'
		});
		await saveTemplate({ entity: 'interaction', name: 'Weekly call', fields: { note: 'hi' } });
		await markWhatsNewSeen('entry-1');
		// The Settings form saves every field, the unchanged currency with the rest.
		await saveSettings({ currency: 'QQQ', hourlyRateMinor: 9500 });
		expect(await getSettings()).toMatchObject({
			currency: 'QQQ',
			hourlyRateMinor: 9500,
			whatsNewSeenId: 'entry-1'
		});
		const { text } = await exportBackup();
		await wipeAllData();
		const read = await readBackup(text, { pause: async () => {} });
		if (!read.ok) throw new Error(read.problem.message);
		await restoreBackup(read.backup.data, 'replace');
		expect((await getSettings()).currency).toBe('QQQ');
		expect(formatMoney({ amountMinor: 12345, currency: 'QQQ' })).toMatch(/QQQ/);
	});
});

describe('lastContactByPerson', () => {
	it('gives each person their latest interaction day, ignoring deleted ones', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		await addInteraction(interactionDraft([a.id], { date: '2026-01-05' }));
		await addInteraction(interactionDraft([a.id, b.id], { date: '2026-03-01' }));
		const late = await addInteraction(interactionDraft([b.id], { date: '2026-04-01' }));
		await deleteInteraction(late.id);
		const { lastContactByPerson } = await import('../../src/lib/db/repositories/interactions');
		expect(Object.fromEntries(await lastContactByPerson())).toEqual({
			[a.id]: '2026-03-01',
			[b.id]: '2026-03-01'
		});
	});
});
