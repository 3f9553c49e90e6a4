import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, resetDbForTests } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import {
	deleteExchange,
	ledgerTotalsByPerson,
	updateExchange
} from '../../src/lib/db/repositories/exchanges';
import {
	addLead,
	addLeadWithUndo,
	deleteLead,
	listLeads,
	moveLead,
	restoreLead,
	updateLead,
	updateLeadNaming
} from '../../src/lib/db/repositories/leads';
import { addOrganisation, updateOrganisation } from '../../src/lib/db/repositories/organisations';
import { addPerson, deletePerson, updatePerson } from '../../src/lib/db/repositories/people';
import type { LeadDraft } from '../../src/lib/domain/lead';
import { closingStatus, leadMoves } from '../../src/lib/domain/lead-moves';
import { ledgerTotalsByPerson as recompute } from '../../src/lib/domain/ledger';
import { referralProblems } from '../../src/lib/domain/referral';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { personDraft } from './factories';

function leadDraft(overrides: Partial<LeadDraft> = {}): LeadDraft {
	return {
		title: 'Website rebuild',
		channel: 'referral',
		firstContactOn: '2026-03-01',
		...overrides
	};
}

/** Live referral exchanges linked to a lead. */
async function referralsOf(leadId: string) {
	return (await db().exchanges.where('leadId').equals(leadId).toArray()).filter(
		(e) => e.deletedAt === null
	);
}

async function consistent() {
	const [leads, exchanges] = await Promise.all([db().leads.toArray(), db().exchanges.toArray()]);
	expect(referralProblems(leads, exchanges)).toEqual([]);
	const truth = new Map(recompute(exchanges).map((r) => [r.personId, r]));
	expect(await ledgerTotalsByPerson()).toEqual(truth);
}

describe('a lead and its referral exchange', () => {
	it('records a received referral from the referrer with the lead, in step with edits', async () => {
		const a = await addPerson(personDraft({ name: 'Ana', roles: ['connector'] }));
		const b = await addPerson(personDraft({ name: 'Ben', roles: ['connector'] }));
		const lead = await addLead(leadDraft({ referrerId: a.id }));
		let [referral] = await referralsOf(lead.id);
		expect(referral).toMatchObject({
			personId: a.id,
			direction: 'received',
			kind: 'referral',
			date: '2026-03-01',
			leadId: lead.id
		});
		expect((await ledgerTotalsByPerson()).get(a.id)?.received.count).toBe(1);

		// The user's own valuation of the referral survives a change of referrer.
		await updateExchange(referral!.id, { value: { type: 'time', minutes: 90 }, note: 'Big one' });
		await updateLead(lead.id, { referrerId: b.id, firstContactOn: '2026-03-05' });
		const moved = await referralsOf(lead.id);
		expect(moved).toHaveLength(1);
		expect(moved[0]).toMatchObject({
			id: referral!.id,
			personId: b.id,
			date: '2026-03-05',
			value: { type: 'time', minutes: 90 },
			note: 'Big one'
		});
		const totals = await ledgerTotalsByPerson();
		expect(totals.has(a.id)).toBe(false);
		expect(totals.get(b.id)?.received.minutes).toBe(90);

		await updateLead(lead.id, { referrerId: null });
		expect(await referralsOf(lead.id)).toHaveLength(0);
		await updateLead(lead.id, { referrerId: b.id });
		[referral] = await referralsOf(lead.id);
		expect(referral?.id).toBe(moved[0]!.id);
		await consistent();
	});

	it('tombstones the referral with the lead and brings the same one back on undo', async () => {
		const a = await addPerson(personDraft({ name: 'Ana' }));
		const lead = await addLead(leadDraft({ referrerId: a.id }));
		const [referral] = await referralsOf(lead.id);
		await deleteLead(lead.id);
		expect(await referralsOf(lead.id)).toHaveLength(0);
		expect((await ledgerTotalsByPerson()).has(a.id)).toBe(false);
		await restoreLead(lead.id);
		const back = await referralsOf(lead.id);
		expect(back.map((e) => e.id)).toEqual([referral!.id]);
		expect(await db().exchanges.count()).toBe(1);
		await consistent();
	});

	it('recreates a referral deleted on its own at the next save of the lead', async () => {
		const a = await addPerson(personDraft({ name: 'Ana' }));
		const lead = await addLead(leadDraft({ referrerId: a.id }));
		const [referral] = await referralsOf(lead.id);
		await deleteExchange(referral!.id);
		await updateLead(lead.id, { note: 'Called back' });
		expect((await referralsOf(lead.id)).map((e) => e.id)).toEqual([referral!.id]);
		await consistent();
	});

	it('writes nothing when the lead is invalid', async () => {
		const a = await addPerson(personDraft({ name: 'Ana' }));
		await expect(
			addLead(leadDraft({ referrerId: a.id, closedOn: '2026-01-01' }))
		).rejects.toThrow();
		await deletePerson(a.id);
		await expect(addLead(leadDraft({ referrerId: a.id }))).rejects.toThrow(/referrer/);
		expect(await db().exchanges.count()).toBe(0);
		expect(await db().leads.count()).toBe(0);
		expect(await db().ledgerTotals.count()).toBe(0);
	});

	it('marks the person and organisation as clients when the lead is won', async () => {
		const org = await addOrganisation({ name: 'Acme', tags: ['saas'] });
		const p = await addPerson(
			personDraft({ name: 'Cleo', roles: ['prospect', 'peer'], organisationIds: [org.id] })
		);
		const lead = await addLead(leadDraft({ personId: p.id, organisationId: org.id }));
		expect((await db().people.get(p.id))?.roles).toEqual(['prospect', 'peer']);
		await updateLead(lead.id, {
			status: 'won',
			wonValue: { amountMinor: 500_000, currency: 'EUR' },
			closedOn: '2026-04-01'
		});
		expect((await db().people.get(p.id))?.roles).toEqual(['peer', 'client']);
		expect((await db().organisations.get(org.id))?.tags).toEqual(['saas', 'client']);
		// Reopening does not unmark; winning again adds nothing twice.
		await updateLead(lead.id, { status: 'talking' });
		await updateLead(lead.id, { status: 'won' });
		expect((await db().people.get(p.id))?.roles).toEqual(['peer', 'client']);
		expect((await db().organisations.get(org.id))?.tags).toEqual(['saas', 'client']);
	});

	it('undoing the add of a won lead takes back the client marks it made, unless changed since', async () => {
		const org = await addOrganisation({ name: 'Acme', tags: ['saas'] });
		const p = await addPerson(
			personDraft({ name: 'Cleo', roles: ['prospect', 'peer'], organisationIds: [org.id] })
		);
		const won = leadDraft({
			personId: p.id,
			organisationId: org.id,
			status: 'won',
			wonValue: { amountMinor: 500_000, currency: 'EUR' },
			closedOn: '2026-04-01'
		});
		const first = await addLeadWithUndo(won);
		expect((await db().people.get(p.id))?.roles).toEqual(['peer', 'client']);
		await first.undo();
		expect((await db().leads.get(first.lead.id))?.deletedAt).not.toBeNull();
		expect((await db().people.get(p.id))?.roles).toEqual(['prospect', 'peer']);
		expect((await db().organisations.get(org.id))?.tags).toEqual(['saas']);

		// Changed since the add (the user edited the roles): the edit stays.
		const second = await addLeadWithUndo(won);
		await updatePerson(p.id, { roles: ['client', 'mentor'] });
		await second.undo();
		expect((await db().people.get(p.id))?.roles).toEqual(['client', 'mentor']);
		expect((await db().organisations.get(org.id))?.tags).toEqual(['saas']);

		// Already a client: the add changed nothing, so the undo changes nothing either.
		const third = await addLeadWithUndo(won);
		await third.undo();
		expect((await db().people.get(p.id))?.roles).toEqual(['client', 'mentor']);
		expect(await listLeads()).toEqual([]);
	});

	it('a lead for a new organisation adds it in the same save, reuses one of that name, and its undo takes it back', async () => {
		const orgs = async () =>
			(await db().organisations.toArray())
				.filter((o) => o.deletedAt === null)
				.map((o) => o.name)
				.sort();
		const added = await addLeadWithUndo(leadDraft(), '  Northwind Ltd ');
		const northwind = (await db().organisations.toArray()).find((o) => o.name === 'Northwind Ltd')!;
		expect(added.lead.organisationId).toBe(northwind.id);
		expect(northwind.kind).toBe('company');
		// The same name again (case, accents, spaces aside) is the same organisation.
		const again = await addLeadWithUndo(leadDraft({ title: 'Phase 2' }), 'northwind  LTD');
		expect(again.lead.organisationId).toBe(northwind.id);
		await again.undo(); // It did not add the organisation, so it does not delete it.
		expect(await orgs()).toEqual(['Northwind Ltd']);
		await added.undo();
		expect(await orgs()).toEqual([]);

		// Someone linked to it since: the undo keeps it.
		const third = await addLeadWithUndo(leadDraft(), 'Globex');
		await addPerson(personDraft({ name: 'Hank', organisationIds: [third.lead.organisationId!] }));
		await third.undo();
		expect(await orgs()).toEqual(['Globex']);

		// Edited since (renamed, notes or tags changed): the undo keeps it, its work with it.
		const renamed = await addLeadWithUndo(leadDraft(), 'Umbrela');
		await updateOrganisation(renamed.lead.organisationId!, { name: 'Umbrella' });
		const noted = await addLeadWithUndo(leadDraft(), 'Hooli');
		await updateOrganisation(noted.lead.organisationId!, { notes: 'Met at the fair' });
		const tagged = await addLeadWithUndo(leadDraft(), 'Stark');
		await updateOrganisation(tagged.lead.organisationId!, { tags: ['hardware'] });
		// Saved with nothing changed, or tagged "client" by the add itself (won): not edited.
		const resaved = await addLeadWithUndo(leadDraft(), 'Wayne');
		await updateOrganisation(resaved.lead.organisationId!, { name: 'Wayne', notes: '' });
		const won = await addLeadWithUndo(
			leadDraft({
				status: 'won',
				wonValue: { amountMinor: 100_000, currency: 'EUR' },
				closedOn: '2026-04-01'
			}),
			'Tyrell'
		);
		expect((await db().organisations.get(won.lead.organisationId!))?.tags).toEqual(['client']);
		for (const added of [renamed, noted, tagged, resaved, won]) await added.undo();
		expect(await orgs()).toEqual(['Globex', 'Hooli', 'Stark', 'Umbrella']);

		// An edit can name a new one too.
		const lead = await addLead(leadDraft());
		const edited = await updateLeadNaming(lead.id, leadDraft(), 'Initech');
		expect((await db().organisations.get(edited.organisationId!))?.name).toBe('Initech');

		// A name too long is refused on its field, and nothing is written.
		const before = await db().leads.count();
		await expect(addLeadWithUndo(leadDraft(), 'x'.repeat(300))).rejects.toMatchObject({
			fields: { newOrganisation: expect.stringMatching(/too long/) }
		});
		expect(await db().leads.count()).toBe(before);
		expect(await orgs()).toEqual(['Globex', 'Hooli', 'Initech', 'Stark', 'Umbrella']);
	});

	it('lists live leads newest first, also inside a live query (frozen results)', async () => {
		const a = await addLead(leadDraft({ title: 'A', firstContactOn: '2026-01-01' }));
		const b = await addLead(leadDraft({ title: 'B', firstContactOn: '2026-03-01' }));
		const c = await addLead(leadDraft({ title: 'C', firstContactOn: '2026-02-01' }));
		await deleteLead(c.id);
		expect((await listLeads()).map((l) => l.id)).toEqual([b.id, a.id]);
		const live = await new Promise<string[]>((resolve, reject) => {
			const sub = liveQuery(() => listLeads()).subscribe({
				next: (leads) => {
					sub.unsubscribe();
					resolve(leads.map((l) => l.id));
				},
				error: reject
			});
		});
		expect(live).toEqual([b.id, a.id]);
	});

	it('keeps the sample data consistent', async () => {
		await replaceAllData(generateSampleData({ today: '2026-11-23' }));
		await consistent();
	});
});

const day = fc
	.date({ min: new Date('2025-01-01'), max: new Date('2026-10-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const fields = fc.record({
	referrer: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
	firstContactOn: day,
	status: fc.constantFrom('new' as const, 'talking' as const, 'won' as const, 'lost' as const)
});
type Fields = typeof fields extends fc.Arbitrary<infer F> ? F : never;
const step = fc.oneof(
	fc.record({ op: fc.constant('add' as const), fields }),
	fc.record({ op: fc.constant('edit' as const), at: fc.nat(), fields }),
	fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('undo' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('drop-referral' as const), at: fc.nat() })
);

describe('lead writes (property)', () => {
	it('keep referral exchanges and ledger totals equal to a recompute after any sequence', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
				await resetDbForTests();
				const people: string[] = [];
				for (let n = 0; n < 3; n++) people.push((await addPerson(personDraft())).id);
				const ids: string[] = [];
				const deleted = new Set<string>();
				const touchedByHand = new Set<string>();
				for (const s of steps) {
					const target = ids.length ? ids[('at' in s ? s.at : 0) % ids.length] : undefined;
					const draft = (f: Fields) => ({
						referrerId: f.referrer === null ? null : people[f.referrer]!,
						firstContactOn: f.firstContactOn,
						status: f.status
					});
					if (s.op === 'add') {
						ids.push((await addLead(leadDraft(draft(s.fields)))).id);
					} else if (target && s.op === 'edit' && !deleted.has(target)) {
						await updateLead(target, draft(s.fields));
						touchedByHand.delete(target);
					} else if (target && s.op === 'delete' && !deleted.has(target)) {
						await deleteLead(target);
						deleted.add(target);
						touchedByHand.delete(target);
					} else if (target && s.op === 'undo' && deleted.has(target)) {
						await restoreLead(target);
						deleted.delete(target);
						touchedByHand.delete(target);
					} else if (target && s.op === 'drop-referral') {
						// Someone deleted the referral on its own; the next lead save restores it.
						const [live] = await referralsOf(target);
						if (live) {
							await deleteExchange(live.id);
							touchedByHand.add(target);
						}
					}
				}
				for (const id of touchedByHand) await updateLead(id, {});
				await consistent();
				// Never more exchanges than leads: nothing was duplicated, even as tombstones.
				expect(await db().exchanges.count()).toBeLessThanOrEqual(ids.length);
			}),
			{ numRuns: 40 }
		);
	}, 90_000);
});

describe('moving a lead from its page', () => {
	it('offers the next step and closing while open, nothing once closed', () => {
		expect(leadMoves('new')).toEqual({ next: 'talking', close: true });
		expect(leadMoves('talking')).toEqual({ next: 'proposal', close: true });
		expect(leadMoves('proposal')).toEqual({ next: null, close: true });
		expect(leadMoves('won')).toEqual({ next: null, close: false });
		expect(leadMoves('lost')).toEqual({ next: null, close: false });
		expect(closingStatus('won')).toBe('won');
		expect(closingStatus('lost')).toBe('lost');
		expect(closingStatus('talking')).toBeUndefined();
		expect(closingStatus(null)).toBeUndefined();
	});

	it('moves it, and its undo puts the status back unless it was moved again since', async () => {
		const lead = await addLead(leadDraft());
		const undo = await moveLead(lead.id, 'talking');
		expect((await db().leads.get(lead.id))?.status).toBe('talking');
		await undo();
		expect((await db().leads.get(lead.id))?.status).toBe('new');
		const again = await moveLead(lead.id, 'talking');
		await moveLead(lead.id, 'proposal');
		await again();
		expect((await db().leads.get(lead.id))?.status).toBe('proposal');
		await deleteLead(lead.id);
		await expect(moveLead(lead.id, 'talking')).rejects.toThrow(/lead/);
	});
});
