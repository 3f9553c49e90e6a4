import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAllData, restoreBackup } from '../../src/lib/db/backup';
import { db, resetDbForTests } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import { RecordNotFoundError, ValidationError } from '../../src/lib/db/errors';
import { importPeople } from '../../src/lib/db/import-people';
import {
	addExchange,
	deleteExchange,
	restoreExchange,
	updateExchange
} from '../../src/lib/db/repositories/exchanges';
import {
	addInteraction,
	deleteInteraction,
	restoreInteraction,
	updateInteraction
} from '../../src/lib/db/repositories/interactions';
import { addLead, deleteLead, restoreLead, updateLead } from '../../src/lib/db/repositories/leads';
import { logInteraction } from '../../src/lib/db/repositories/log';
import { addOrganisation } from '../../src/lib/db/repositories/organisations';
import {
	addPerson,
	deletePerson,
	restorePerson,
	savePerson,
	updatePerson
} from '../../src/lib/db/repositories/people';
import { personDraftSchema } from '../../src/lib/domain/person';
import { countersOf, insightRows, key } from '../../src/lib/domain/insights/counters';
import { introductionsOf } from '../../src/lib/domain/insights/introductions';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { LEAD_STATUSES } from '../../src/lib/domain/vocabulary';
import { exchangeDraft, interactionDraft, personDraft } from './factories';

/** The stored Insights rows, in id order (each row's keys in order too, as packRow stores them). */
const stored = async () => db().insights.orderBy('id').toArray();

/** The truth: who introduced whom, from every person. */
async function introductionsRecomputed() {
	return introductionsOf(await db().people.toArray());
}

/** The truth: every row recomputed from every record in the database. */
async function recomputed() {
	const d = db();
	const [people, interactions, exchanges, leads] = await Promise.all([
		d.people.toArray(),
		d.interactions.toArray(),
		d.exchanges.toArray(),
		d.leads.toArray()
	]);
	return insightRows(people, interactions, exchanges, leads).sort((a, b) => (a.id < b.id ? -1 : 1));
}

const day = fc.constantFrom('2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01', '2026-03-15');
const pick = (n: number) => fc.integer({ min: 0, max: n - 1 });
const step = fc.oneof(
	fc.record({
		op: fc.constant('interaction' as const),
		at: fc.option(fc.nat()),
		date: day,
		who: fc.uniqueArray(pick(4), { minLength: 1, maxLength: 3 }),
		minutes: fc.integer({ min: 0, max: 120 }),
		channel: fc.option(fc.constantFrom('event', 'linkedin')),
		// Paid out of pocket: added, changed, moved to another currency, taken away.
		cost: fc.option(
			fc.record({
				amountMinor: fc.integer({ min: 0, max: 5000 }),
				currency: fc.constantFrom('EUR', 'USD')
			})
		)
	}),
	fc.record({
		op: fc.constant('exchange' as const),
		at: fc.option(fc.nat()),
		date: day,
		who: pick(4),
		given: fc.boolean(),
		money: fc.option(fc.integer({ min: 0, max: 5000 }))
	}),
	fc.record({
		op: fc.constant('lead' as const),
		at: fc.option(fc.nat()),
		date: day,
		channel: fc.constantFrom('referral', 'event'),
		who: fc.option(pick(4)),
		referrer: fc.option(pick(4)),
		organisation: fc.option(pick(3)),
		status: fc.constantFrom(...LEAD_STATUSES),
		value: fc.option(fc.integer({ min: 0, max: 900_000 })),
		currency: fc.constantFrom('EUR', 'USD'),
		closed: fc.boolean()
	}),
	fc.record({
		op: fc.constantFrom('delete' as const, 'restore' as const),
		what: fc.constantFrom('interaction' as const, 'exchange' as const, 'lead' as const),
		at: fc.nat()
	}),
	fc.record({
		op: fc.constant('person' as const),
		n: pick(4),
		organisations: fc.uniqueArray(pick(3), { maxLength: 2 }),
		metChannel: fc.option(fc.constantFrom('event', 'linkedin', 'blog')),
		introducedBy: fc.option(pick(4)),
		remove: fc.constantFrom('no', 'delete', 'restore')
	})
);

describe('Insights counters store', () => {
	it('equals a full recompute after any sequence of writes, edits, deletes, undos and refused writes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
				await resetDbForTests();
				const orgs: string[] = [];
				for (const name of ['Acme', 'Guild', 'Meetup']) {
					orgs.push((await addOrganisation({ name })).id);
				}
				const people: string[] = [];
				for (let n = 0; n < 4; n++) {
					const p = await addPerson(
						personDraft({ name: `P${n}`, organisationIds: n < 3 ? [orgs[n]!] : [] })
					);
					people.push(p.id);
				}
				const ids = { interaction: [] as string[], exchange: [] as string[], lead: [] as string[] };
				const at = (list: string[], n: number | null) =>
					n === null || list.length === 0 ? undefined : list[n % list.length];
				const apply = async (s: (typeof steps)[number]) => {
					if (s.op === 'interaction') {
						const draft = interactionDraft(
							s.who.map((n) => people[n]!),
							{ date: s.date, durationMinutes: s.minutes, channel: s.channel, cost: s.cost }
						);
						const target = at(ids.interaction, s.at);
						if (target) await updateInteraction(target, draft);
						else ids.interaction.push((await addInteraction(draft)).id);
					} else if (s.op === 'exchange') {
						const draft = exchangeDraft(people[s.who]!, {
							date: s.date,
							direction: s.given ? 'given' : 'received',
							value:
								s.money === null
									? { type: 'time', minutes: 30 }
									: { type: 'money', amount: { amountMinor: s.money, currency: 'EUR' } }
						});
						const target = at(ids.exchange, s.at);
						if (target) await updateExchange(target, draft);
						else ids.exchange.push((await addExchange(draft)).id);
					} else if (s.op === 'lead') {
						const draft = {
							title: 'Work',
							channel: s.channel,
							personId: s.who === null ? null : people[s.who]!,
							referrerId: s.referrer === null ? null : people[s.referrer]!,
							organisationId: s.organisation === null ? null : orgs[s.organisation]!,
							status: s.status,
							wonValue: s.value === null ? null : { amountMinor: s.value, currency: s.currency },
							firstContactOn: s.date,
							closedOn: s.closed ? '2026-04-01' : null
						};
						const target = at(ids.lead, s.at);
						if (target) await updateLead(target, draft);
						else ids.lead.push((await addLead(draft)).id);
					} else if (s.op === 'delete' || s.op === 'restore') {
						const target = at(ids[s.what], s.at);
						if (!target) return;
						const remove = {
							interaction: deleteInteraction,
							exchange: deleteExchange,
							lead: deleteLead
						};
						const undo = {
							interaction: restoreInteraction,
							exchange: restoreExchange,
							lead: restoreLead
						};
						await (s.op === 'delete' ? remove : undo)[s.what](target);
					} else if (s.op === 'person') {
						const id = people[s.n]!;
						if (s.remove === 'delete') await deletePerson(id);
						else if (s.remove === 'restore') await restorePerson(id);
						else {
							await updatePerson(id, {
								organisationIds: s.organisations.map((n) => orgs[n]!),
								metChannel: s.metChannel,
								introducedById: s.introducedBy === null ? null : people[s.introducedBy]!
							});
						}
					}
				};
				for (const s of steps) {
					// A refused write (a deleted person or record) must leave the counters in step too.
					await apply(s).catch((e: unknown) => {
						if (!(e instanceof ValidationError || e instanceof RecordNotFoundError)) throw e;
					});
				}
				expect(await stored()).toEqual(await recomputed());
				expect(await db().introductions.toArray()).toEqual(await introductionsRecomputed());
			}),
			{ numRuns: 60 }
		);
	});

	it('follows an edit that moves a lead, a won value and an interaction between buckets', async () => {
		const acme = await addOrganisation({ name: 'Acme' });
		const a = await addPerson(personDraft({ name: 'A', organisationIds: [acme.id] }));
		const b = await addPerson(personDraft({ name: 'B' }));
		const lead = await addLead({
			title: 'Site',
			channel: 'referral',
			personId: b.id,
			referrerId: a.id,
			organisationId: acme.id,
			firstContactOn: '2026-01-10'
		});
		await updateLead(lead.id, {
			status: 'won',
			wonValue: { amountMinor: 120_000, currency: 'EUR' },
			closedOn: '2026-02-20'
		});
		const row = async (id: string) => {
			const stored = await db().insights.get(id);
			return stored && countersOf(stored);
		};
		expect(await row('l|m2026-01')).toEqual({
			[key('s', 'referral', 'won')]: 1,
			[key('r', a.id)]: 1
		});
		expect((await row('l|y2026'))?.[key('r$', a.id, 'EUR')]).toBe(120_000);
		expect((await row('l|d2026-02-20'))?.[key('o$', acme.id, 'EUR')]).toBe(120_000);
		await deleteLead(lead.id);
		expect(await row('l|y2026')).toBeUndefined();
		await restoreLead(lead.id);
		expect((await row('l|y2026'))?.[key('wn', 'referral')]).toBe(1);

		// B joins Acme: the time of B's interactions now counts for Acme too, once each.
		await logInteraction(
			interactionDraft([a.id, b.id], { date: '2026-03-02', durationMinutes: 60 }),
			{
				personId: b.id,
				direction: 'received',
				kind: 'advice'
			}
		);
		expect((await row('t|m2026-03'))?.[key('om', acme.id)]).toBe(60);
		await savePerson(b.id, personDraft({ name: 'B' }), ['Acme', 'Guild']);
		const guild = (await db().organisations.where('name').equals('Guild').first())!;
		expect((await row('t|m2026-03'))?.[key('om', acme.id)]).toBe(60);
		expect((await row('t|m2026-03'))?.[key('om', guild.id)]).toBe(60);
		expect((await row('x|m2026-03'))?.[key('r', 'w3')]).toBe(1);
		expect(await stored()).toEqual(await recomputed());
	});

	it('is rebuilt by a restore, and kept in step by an import that merges', async () => {
		await replaceAllData(generateSampleData({ today: '2026-11-23' }));
		const rows = await stored();
		expect(rows.length).toBeGreaterThan(100);
		expect(rows).toEqual(await recomputed());
		const [graph] = await db().introductions.toArray();
		expect(graph?.people.length).toBeGreaterThan(5);
		expect([graph]).toEqual(await introductionsRecomputed());

		// A merge restore writes a different dataset: the rows follow it.
		const backup = await readAllData();
		await addInteraction(interactionDraft([backup.people[0]!.id], { date: '2026-11-20' }));
		await restoreBackup(backup, 'replace');
		expect(await stored()).toEqual(rows);

		// An import merge gives someone with interactions a new organisation and first channel.
		const someone = backup.people.find((p) => p.organisationIds.length === 1)!;
		await addInteraction(
			interactionDraft([someone.id], { date: '2026-11-21', durationMinutes: 50 })
		);
		const incoming = {
			...personDraftSchema.parse({ name: someone.name, metChannel: 'blog' }),
			organisationNames: ['Brand New Co']
		};
		await importPeople({ creates: [], merges: [{ id: someone.id, incoming: [incoming] }] });
		const merged = await db().people.get(someone.id);
		expect(merged?.organisationIds.length).toBe(2);
		expect(await stored()).toEqual(await recomputed());

		// New people introduced by someone join the introductions row.
		const introducer = backup.people.find((p) => p.deletedAt === null)!;
		await importPeople({
			creates: [
				{
					...personDraftSchema.parse({ name: 'Newly Introduced', introducedById: introducer.id }),
					organisationNames: []
				}
			],
			merges: []
		});
		expect(await db().introductions.toArray()).toEqual(await introductionsRecomputed());
		expect((await db().introductions.toArray())[0]!.introducers).toContain(introducer.id);
	});
});
