import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, RapportDB, resetDbForTests, SCHEMA_V1 } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import {
	addExchange,
	deleteExchange,
	ledgerTotalsByPerson,
	restoreExchange,
	updateExchange
} from '../../src/lib/db/repositories/exchanges';
import { logInteraction, undoLog } from '../../src/lib/db/repositories/log';
import { updateInteraction } from '../../src/lib/db/repositories/interactions';
import { addPerson } from '../../src/lib/db/repositories/people';
import type { ExchangeValue } from '../../src/lib/domain/exchange';
import { ledgerTotalsByPerson as recompute, type LedgerTotals } from '../../src/lib/domain/ledger';
import { generateSampleData } from '../../src/lib/domain/sample/generate';
import { exchangeDraft, interactionDraft, personDraft } from './factories';

/** The truth: totals recomputed from every exchange in the database. */
async function recomputed(): Promise<Map<string, LedgerTotals>> {
	const rows = recompute(await db().exchanges.toArray());
	return new Map(rows.map((r) => [r.personId, r]));
}

const day = fc
	.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const value: fc.Arbitrary<ExchangeValue> = fc.oneof(
	fc.record({ type: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 600 }) }),
	fc.record({ type: fc.constant('weight' as const), weight: fc.integer({ min: 1, max: 5 }) }),
	fc.record({
		type: fc.constant('money' as const),
		amount: fc.record({
			amountMinor: fc.integer({ min: 0, max: 1_000_000 }),
			currency: fc.constantFrom('EUR', 'USD', 'JPY')
		})
	})
);
const entry = fc.record({
	who: fc.integer({ min: 0, max: 2 }),
	direction: fc.constantFrom('given' as const, 'received' as const),
	date: day,
	value
});
const step = fc.oneof(
	fc.record({ op: fc.constant('add' as const), entry }),
	fc.record({ op: fc.constant('edit' as const), at: fc.nat(), entry }),
	fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('restore' as const), at: fc.nat() })
);

describe('ledger totals store', () => {
	it('follows an exchange moved to another person and direction, deleted and restored', async () => {
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		const e = await addExchange(exchangeDraft(a.id, { value: { type: 'time', minutes: 45 } }));
		let totals = await ledgerTotalsByPerson();
		expect(totals.get(a.id)?.received).toMatchObject({ count: 1, minutes: 45 });
		await updateExchange(e.id, { personId: b.id, direction: 'given' });
		totals = await ledgerTotalsByPerson();
		expect(totals.has(a.id)).toBe(false);
		expect(totals.get(b.id)?.given).toMatchObject({ count: 1, minutes: 45 });
		expect(totals.get(b.id)?.lastGivenOn).toBe('2026-03-01');
		await deleteExchange(e.id);
		expect((await ledgerTotalsByPerson()).size).toBe(0);
		await restoreExchange(e.id);
		expect((await ledgerTotalsByPerson()).get(b.id)?.given.count).toBe(1);
	});

	it('equals a full recompute after any sequence of adds, edits, deletes and undos', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
				await resetDbForTests();
				const people: string[] = [];
				for (let n = 0; n < 3; n++) people.push((await addPerson(personDraft())).id);
				const ids: string[] = [];
				const deleted = new Set<string>();
				for (const s of steps) {
					const target = ids.length ? ids[('at' in s ? s.at : 0) % ids.length] : undefined;
					if (s.op === 'add') {
						const { who, ...rest } = s.entry;
						ids.push((await addExchange(exchangeDraft(people[who]!, rest))).id);
					} else if (target && s.op === 'edit' && !deleted.has(target)) {
						const { who, ...rest } = s.entry;
						await updateExchange(target, { ...rest, personId: people[who]! });
					} else if (target && s.op === 'delete') {
						await deleteExchange(target);
						deleted.add(target);
					} else if (target && s.op === 'restore') {
						await restoreExchange(target);
						deleted.delete(target);
					}
				}
				expect(await ledgerTotalsByPerson()).toEqual(await recomputed());
			}),
			{ numRuns: 40 }
		);
	}, 60_000);

	it('saves an interaction and its exchange together, or neither', async () => {
		const a = await addPerson(personDraft());
		const { interaction, exchange } = await logInteraction(interactionDraft([a.id]), {
			personId: a.id,
			direction: 'received',
			kind: 'advice'
		});
		expect(exchange).toMatchObject({ interactionId: interaction.id, date: interaction.date });
		expect((await ledgerTotalsByPerson()).get(a.id)?.received.weights).toEqual([0, 0, 1, 0, 0]);

		await expect(
			logInteraction(interactionDraft([a.id], { date: '2026-04-01' }), {
				personId: a.id,
				direction: 'given',
				kind: 'advice',
				value: { type: 'weight', weight: 9 }
			})
		).rejects.toThrow();
		expect(await db().interactions.count()).toBe(1);
		expect(await db().exchanges.count()).toBe(1);
		expect(await db().lastContacts.get(a.id)).toEqual({ personId: a.id, date: '2026-03-01' });
	});

	it('closes the follow-up it answers in the same save, and opens it again on undo', async () => {
		const a = await addPerson(personDraft());
		const asked = await logInteraction(
			interactionDraft([a.id], { date: '2026-02-01', followUpOn: '2026-02-15' })
		);
		const openIds = async () => (await db().openFollowUps.toArray()).map((r) => r.interactionId);
		expect(await openIds()).toEqual([asked.interaction.id]);
		// A failed save closes nothing.
		await expect(
			logInteraction(
				interactionDraft([a.id], { date: '2026-03-01' }),
				{
					personId: a.id,
					direction: 'given',
					kind: 'advice',
					value: { type: 'weight', weight: 9 }
				},
				asked.interaction.id
			)
		).rejects.toThrow();
		expect(await openIds()).toEqual([asked.interaction.id]);
		const answer = await logInteraction(
			interactionDraft([a.id], { date: '2026-03-01' }),
			undefined,
			asked.interaction.id
		);
		expect(answer.closed).toBe(asked.interaction.id);
		expect(await openIds()).toEqual([]);
		expect((await db().interactions.get(asked.interaction.id))?.followUpDone).toBe(true);
		await undoLog(answer);
		expect(await openIds()).toEqual([asked.interaction.id]);
		expect((await db().interactions.get(answer.interaction.id))?.deletedAt).not.toBeNull();
		// One already done is left as it is, and not reopened by an undo.
		await updateInteraction(asked.interaction.id, { followUpDone: true });
		const again = await logInteraction(interactionDraft([a.id]), undefined, asked.interaction.id);
		expect(again.closed).toBeUndefined();
	});

	it('undoes a save with its exchange together, or neither', async () => {
		const a = await addPerson(personDraft());
		const logged = await logInteraction(interactionDraft([a.id]), {
			personId: a.id,
			direction: 'received',
			kind: 'advice'
		});
		// The interaction's delete fails after the exchange's: the exchange's is rolled back.
		await expect(
			undoLog({ ...logged, interaction: { ...logged.interaction, id: 'gone' } })
		).rejects.toThrow(/no longer exists/);
		expect((await db().exchanges.get(logged.exchange!.id))?.deletedAt).toBeNull();
		expect((await ledgerTotalsByPerson()).get(a.id)?.received.count).toBe(1);
		await undoLog(logged);
		expect((await db().interactions.get(logged.interaction.id))?.deletedAt).not.toBeNull();
		expect((await db().exchanges.get(logged.exchange!.id))?.deletedAt).not.toBeNull();
		expect((await ledgerTotalsByPerson()).get(a.id)?.received.count ?? 0).toBe(0);
		expect(await db().lastContacts.get(a.id)).toBeUndefined();
	});

	it('is rebuilt when a whole dataset is loaded', async () => {
		await replaceAllData(generateSampleData({ today: '2026-11-23' }));
		const totals = await ledgerTotalsByPerson();
		expect(totals.size).toBeGreaterThan(10);
		expect(totals).toEqual(await recomputed());
	});

	it('is derived when a version 1 database is upgraded', async () => {
		const old = new Dexie('ledger-upgrade');
		old.version(1).stores(SCHEMA_V1);
		const meta = { createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z' };
		const row = (id: string, more: object) => ({
			...exchangeDraft('a'),
			note: '',
			interactionId: null,
			leadId: null,
			...meta,
			id,
			deletedAt: null,
			...more
		});
		await old
			.table('exchanges')
			.bulkAdd([
				row('e1', { value: { type: 'time', minutes: 30 } }),
				row('e2', { direction: 'given', date: '2026-05-01' }),
				row('e3', { deletedAt: '2026-05-02T00:00:00.000Z' })
			]);
		old.close();
		const upgraded = new RapportDB('ledger-upgrade');
		await upgraded.open();
		expect(await upgraded.ledgerTotals.toArray()).toEqual([
			{
				personId: 'a',
				given: { count: 1, minutes: 0, weights: [0, 0, 1, 0, 0], money: {} },
				received: { count: 1, minutes: 30, weights: [0, 0, 0, 0, 0], money: {} },
				lastGivenOn: '2026-05-01',
				lastReceivedOn: '2026-03-01'
			}
		]);
		upgraded.close();
		await Dexie.delete('ledger-upgrade');
	});
});

describe('ledger settings', () => {
	it('an old settings record gains the ledger defaults; the scale must rise', async () => {
		const { getSettings, saveSettings } = await import('../../src/lib/db/repositories/settings');
		await db().settings.put({
			id: 'settings',
			updatedAt: '2026-01-01T00:00:00.000Z',
			ownerName: 'Old',
			hourlyRateMinor: 5000,
			currency: 'EUR',
			defaultCadenceDays: 30,
			channels: [{ id: 'other', name: 'Other' }],
			weekStartsOn: 1,
			startedWith: 'empty'
		} as never);
		expect(await getSettings()).toMatchObject({
			ownerName: 'Old',
			weightMinutes: [15, 30, 60, 120, 240],
			balancedWithinMinutes: 60,
			mentorGiveDays: 30,
			askingWindowDays: 90
		});
		await expect(saveSettings({ weightMinutes: [15, 30, 30, 120, 240] })).rejects.toThrow(
			/more than the one before/
		);
		await expect(saveSettings({ mentorGiveDays: 0 })).rejects.toThrow(/At least one day/);
		expect((await saveSettings({ balancedWithinMinutes: 0 })).ownerName).toBe('Old');
	});
});

describe('introductions', () => {
	it('records a given introduction with both people at once, or with neither', async () => {
		const { addExchanges } = await import('../../src/lib/db/repositories/exchanges');
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		const intro = (personId: string) =>
			exchangeDraft(personId, { direction: 'given', kind: 'introduction' });
		await addExchanges([intro(a.id), intro(b.id)]);
		const totals = await ledgerTotalsByPerson();
		expect(totals.get(a.id)?.given.count).toBe(1);
		expect(totals.get(b.id)?.given.count).toBe(1);
		await expect(addExchanges([intro(a.id), intro('nobody')])).rejects.toThrow();
		expect(await db().exchanges.count()).toBe(2);
		expect((await ledgerTotalsByPerson()).get(a.id)?.given.count).toBe(1);
	});

	it('undoes an introduction for both people at once, or for neither', async () => {
		const { addExchanges, deleteExchanges } =
			await import('../../src/lib/db/repositories/exchanges');
		const a = await addPerson(personDraft({ name: 'A' }));
		const b = await addPerson(personDraft({ name: 'B' }));
		const intro = (personId: string) =>
			exchangeDraft(personId, { direction: 'given', kind: 'introduction' });
		const saved = await addExchanges([intro(a.id), intro(b.id)]);
		await expect(deleteExchanges([saved[0]!.id, 'gone'])).rejects.toThrow(/no longer exists/);
		expect((await ledgerTotalsByPerson()).get(a.id)?.given.count).toBe(1);
		await deleteExchanges(saved.map((e) => e.id));
		const totals = await ledgerTotalsByPerson();
		expect([totals.get(a.id)?.given.count ?? 0, totals.get(b.id)?.given.count ?? 0]).toEqual([
			0, 0
		]);
	});
});
