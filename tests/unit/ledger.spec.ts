import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/lib/domain/exchange';
import { ledgerTotalsOf } from '../../src/lib/domain/ledger';
import {
	askingTooMuch,
	askingTooMuchReason,
	ledgerOf,
	statusRule
} from '../../src/lib/domain/ledger-status';
import {
	formatMinutes,
	formatTimeValue,
	formatWorth,
	sideWorth,
	type LedgerRules
} from '../../src/lib/domain/ledger-value';

const META = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
let n = 0;
function ex(more: Partial<Exchange>): Exchange {
	return {
		...META,
		id: `e${n++}`,
		deletedAt: null,
		date: '2026-03-01',
		personId: 'p',
		direction: 'received',
		kind: 'advice',
		value: { type: 'weight', weight: 3 },
		note: '',
		interactionId: null,
		leadId: null,
		...more
	};
}

const RULES: LedgerRules = {
	hourlyRateMinor: 0,
	currency: 'EUR',
	weightMinutes: [15, 30, 60, 120, 240],
	balancedWithinMinutes: 60
};

const value = fc.oneof(
	fc.record({ type: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 100_000 }) }),
	fc.record({ type: fc.constant('weight' as const), weight: fc.integer({ min: 1, max: 5 }) }),
	fc.record({
		type: fc.constant('money' as const),
		amount: fc.record({
			amountMinor: fc.integer({ min: 0, max: 1e10 }),
			currency: fc.constantFrom('EUR', 'USD', 'GBP')
		})
	})
);
const exchange = fc
	.record({
		direction: fc.constantFrom('given' as const, 'received' as const),
		value,
		deleted: fc.boolean(),
		date: fc.constantFrom('2026-01-01', '2026-02-10', '2026-03-01')
	})
	.map(({ deleted, ...e }) => ex({ ...e, deletedAt: deleted ? '2026-04-01T00:00:00.000Z' : null }));
const rules = fc.record({
	hourlyRateMinor: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
	currency: fc.constantFrom('EUR', 'USD'),
	weightMinutes: fc.constant([15, 30, 60, 120, 240]),
	balancedWithinMinutes: fc.integer({ min: 0, max: 600 })
});

const ledger = (es: Exchange[], r: LedgerRules) => ledgerOf(ledgerTotalsOf('p', es), r);
const swap = (e: Exchange): Exchange => ({
	...e,
	direction: e.direction === 'given' ? 'received' : 'given'
});

describe('ledger maths (properties)', () => {
	it('the order of entries does not matter', () => {
		fc.assert(
			fc.property(fc.array(exchange), rules, fc.integer(), (es, r, seed) => {
				const shuffled = [...es].sort(() => ((seed = (seed * 16807) % 2147483647) % 3) - 1);
				expect(ledgerTotalsOf('p', shuffled)).toEqual(ledgerTotalsOf('p', es));
				expect(ledger(shuffled, r)).toEqual(ledger(es, r));
			})
		);
	});

	it('swapping give and receive negates the balance and mirrors the status', () => {
		const mirror = { 'you-owe': 'they-owe', 'they-owe': 'you-owe' } as Record<string, string>;
		fc.assert(
			fc.property(fc.array(exchange), rules, (es, r) => {
				const a = ledger(es, r);
				const b = ledger(es.map(swap), r);
				expect(b.balance + a.balance).toBe(0);
				expect(b.status).toBe(mirror[a.status] ?? a.status);
			})
		);
	});

	it('soft-deleted entries never count', () => {
		fc.assert(
			fc.property(fc.array(exchange), fc.array(exchange), rules, (es, extra, r) => {
				const tombstones = extra.map((e) => ({ ...e, deletedAt: '2026-05-01T00:00:00.000Z' }));
				expect(ledger([...es, ...tombstones], r)).toEqual(ledger(es, r));
				const live = es.filter((e) => e.deletedAt === null);
				expect(ledger(es, r)).toEqual(ledger(live, r));
			})
		);
	});

	it('worth is an integer and money sums exactly, whatever the split', () => {
		fc.assert(
			fc.property(fc.array(exchange), rules, (es, r) => {
				const l = ledger(es, r);
				expect(Number.isSafeInteger(l.balance)).toBe(true);
				expect(Number.isSafeInteger(l.given.worth)).toBe(true);
				const totals = ledgerTotalsOf('p', es);
				for (const side of ['given', 'received'] as const) {
					for (const [currency, minor] of Object.entries(totals[side].money)) {
						const exact = es
							.filter((e) => e.deletedAt === null && e.direction === side)
							.map((e) => e.value)
							.filter((v) => v.type === 'money' && v.amount.currency === currency)
							.reduce((sum, v) => sum + (v.type === 'money' ? v.amount.amountMinor : 0), 0);
						expect(minor).toBe(exact);
						expect(Number.isInteger(minor)).toBe(true);
					}
				}
			})
		);
	});

	it('mixed currencies never sum: other currencies stay apart, one total each', () => {
		fc.assert(
			fc.property(fc.array(exchange), rules, (es, r) => {
				const totals = ledgerTotalsOf('p', es);
				const w = sideWorth(totals.received, r);
				for (const currency of Object.keys(w.uncounted)) {
					expect(currency === r.currency && r.hourlyRateMinor > 0).toBe(false);
					expect(w.uncounted[currency]).toBe(totals.received.money[currency]);
				}
				// Changing only foreign amounts never moves the counted worth.
				const noForeign = es.filter(
					(e) => e.value.type !== 'money' || e.value.amount.currency === r.currency
				);
				expect(ledger(noForeign, r).balance).toBe(ledger(es, r).balance);
			})
		);
	});
});

describe('ledger status', () => {
	it('names each status from the balance and the balanced-within threshold', () => {
		expect(ledger([], RULES).status).toBe('none');
		expect(ledger([ex({ value: { type: 'time', minutes: 60 } })], RULES).status).toBe('balanced');
		expect(ledger([ex({ value: { type: 'time', minutes: 61 } })], RULES).status).toBe('you-owe');
		expect(
			ledger([ex({ direction: 'given', value: { type: 'weight', weight: 4 } })], RULES).status
		).toBe('they-owe');
	});

	it('values money in the base currency at the hourly rate, and only then', () => {
		const coffee = ex({ value: { type: 'money', amount: { amountMinor: 9000, currency: 'EUR' } } });
		const noRate = ledger([coffee], RULES);
		expect(noRate.status).toBe('balanced');
		expect(noRate.received.uncounted).toEqual({ EUR: 9000 });
		const rated = { ...RULES, hourlyRateMinor: 6000 };
		const l = ledger([coffee], rated);
		expect(l.received.uncounted).toEqual({});
		expect(l.status).toBe('you-owe'); // €90 at €60/h is 90 minutes
		expect(formatWorth(l.balance, rated, 'en')).toBe('€90.00');
	});

	it('uses the weight scale from settings', () => {
		const es = [ex({ value: { type: 'weight', weight: 5 } })];
		expect(ledger(es, RULES).balance).toBe(240);
		expect(ledger(es, { ...RULES, weightMinutes: [1, 2, 3, 4, 30] }).status).toBe('balanced');
	});

	it('says the rule in one sentence with the user numbers', () => {
		expect(statusRule(RULES, 'en')).toMatch(/within 1 h of each other.*15 min to 4 h/);
		expect(statusRule({ ...RULES, hourlyRateMinor: 9000 }, 'en')).toMatch(/1 h \(€90\.00\)/);
	});
});

describe('asking too much', () => {
	const today = '2026-06-30';
	it('flags three receives and fewer than a third as many gives within the window', () => {
		const received = [1, 2, 3].map((d) => ex({ date: `2026-06-0${d}` }));
		expect(askingTooMuch(received, today, 90)).toEqual({ received: 3, given: 0, windowDays: 90 });
		const gave = ex({ direction: 'given', date: '2026-06-20' });
		expect(askingTooMuch([...received, gave], today, 90)).toBeUndefined();
		const four = [...received, ex({ date: '2026-06-04' }), gave];
		expect(askingTooMuchReason(askingTooMuch(four, today, 90)!)).toBe(
			'In the last 90 days you received 4 times and gave once.'
		);
	});

	it('ignores entries outside the window and deleted ones', () => {
		const old = [1, 2, 3].map(() => ex({ date: '2026-01-01' }));
		expect(askingTooMuch(old, today, 90)).toBeUndefined();
		expect(askingTooMuch(old, today, 365)).toBeDefined();
		const deleted = old.map((e) => ({ ...e, date: today, deletedAt: META.createdAt }));
		expect(askingTooMuch(deleted, today, 90)).toBeUndefined();
	});
});

describe('formatting', () => {
	it('shows time as hours and minutes, and at the rate as money', () => {
		expect(formatMinutes(45)).toBe('45 min');
		expect(formatMinutes(120)).toBe('2 h');
		expect(formatMinutes(200)).toBe('3 h 20 min');
		expect(formatTimeValue(45, RULES)).toBe('45 min');
		expect(formatTimeValue(45, { ...RULES, hourlyRateMinor: 8000 }, 'en')).toBe('€60.00');
	});
});
