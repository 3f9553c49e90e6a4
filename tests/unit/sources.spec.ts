import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lead } from '../../src/lib/domain/lead';
import { emptyTotals } from '../../src/lib/domain/ledger';
import { formatWorth, type LedgerRules } from '../../src/lib/domain/ledger-value';
import { givenTo, sortSources, sourcesOf, type SourceRow } from '../../src/lib/domain/sources';

type L = Pick<Lead, 'channel' | 'referrerId' | 'status' | 'wonValue' | 'deletedAt'>;
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const lead = (more: Partial<L>): L => ({
	channel: 'referral',
	referrerId: null,
	status: 'new',
	wonValue: null,
	deletedAt: null,
	...more
});

/**
 * R introduced C1, who introduced C2. X and Y introduced each other. D was
 * introduced by someone since deleted.
 */
const graph: Record<string, string | null> = {
	R: null,
	C1: 'R',
	C2: 'C1',
	X: 'Y',
	Y: 'X',
	D: 'gone'
};
const introducedBy = (id: string) => (id in graph ? graph[id] : undefined);

const LEADS: L[] = [
	lead({ referrerId: 'C2', status: 'won', wonValue: eur(500_000) }),
	lead({ referrerId: 'C1', status: 'won', wonValue: eur(200_000) }),
	lead({ referrerId: 'C1', status: 'lost' }),
	lead({ referrerId: 'X', status: 'won', wonValue: { amountMinor: 100_000, currency: 'USD' } }),
	lead({ channel: 'blog', status: 'won', wonValue: eur(300_000) }),
	lead({ channel: 'blog', status: 'talking' }),
	lead({ channel: 'event', referrerId: 'D', status: 'won' }),
	lead({
		referrerId: 'R',
		status: 'won',
		wonValue: eur(999_900),
		deletedAt: '2026-01-01T00:00:00.000Z'
	})
];

const byKey = (rows: SourceRow[]) => Object.fromEntries(rows.map((r) => [String(r.key), r]));

describe('sourcesOf', () => {
	const sources = sourcesOf(LEADS, introducedBy);

	it('counts per channel', () => {
		const rows = byKey(sources.channels);
		expect(Object.keys(rows).sort()).toEqual(['blog', 'event', 'referral']);
		expect(rows.referral).toMatchObject({
			leads: 4,
			won: 3,
			lost: 1,
			wonValue: { EUR: 700_000, USD: 100_000 },
			conversion: 0.75
		});
		expect(rows.blog).toMatchObject({
			leads: 2,
			won: 1,
			lost: 0,
			wonValue: { EUR: 300_000 },
			conversion: 1
		});
		expect(rows.event).toMatchObject({ leads: 1, won: 1, wonValue: {}, conversion: 1 });
	});

	it('counts per direct referrer, leads nobody referred apart', () => {
		const rows = byKey(sources.referrers);
		expect(Object.keys(rows).sort()).toEqual(['C1', 'C2', 'D', 'X', 'null']);
		expect(rows.C2).toMatchObject({ leads: 1, won: 1, wonValue: { EUR: 500_000 }, conversion: 1 });
		expect(rows.C1).toMatchObject({
			leads: 2,
			won: 1,
			lost: 1,
			wonValue: { EUR: 200_000 },
			conversion: 0.5
		});
		expect(rows.X).toMatchObject({ leads: 1, won: 1, wonValue: { USD: 100_000 } });
		expect(rows.D).toMatchObject({ leads: 1, won: 1, wonValue: {} });
		// The open blog lead counts as a lead, not in the conversion.
		expect(rows.null).toMatchObject({ leads: 2, won: 1, lost: 0, conversion: 1 });
	});

	it('credits the root connector, saying how each root was found', () => {
		const rows = byKey(sources.roots);
		expect(Object.keys(rows).sort()).toEqual(['D', 'R', 'Y', 'null']);
		expect(rows.R).toMatchObject({
			leads: 3,
			won: 2,
			lost: 1,
			wonValue: { EUR: 700_000 },
			rules: { 'top-of-chain': 3 }
		});
		expect(rows.R!.conversion).toBeCloseTo(2 / 3);
		expect(rows.Y).toMatchObject({ leads: 1, wonValue: { USD: 100_000 }, rules: { cycle: 1 } });
		expect(rows.D).toMatchObject({ leads: 1, rules: { 'missing-person': 1 } });
		expect(rows.null).toMatchObject({ leads: 2, rules: {} });
	});

	it('totals every live lead once, currencies apart', () => {
		expect(sources.total).toMatchObject({
			leads: 7,
			won: 5,
			lost: 1,
			wonValue: { EUR: 1_000_000, USD: 100_000 }
		});
		expect(sources.total.conversion).toBeCloseTo(5 / 6);
	});

	it('adds up to the totals in every view (property)', () => {
		const people = ['R', 'C1', 'C2', 'X', 'Y', 'D', 'gone'];
		const arbitraryLead = fc.record({
			channel: fc.constantFrom('referral', 'blog', 'event'),
			referrerId: fc.option(fc.constantFrom(...people), { nil: null }),
			status: fc.constantFrom('new' as const, 'talking' as const, 'won' as const, 'lost' as const),
			wonValue: fc.option(
				fc.record({
					amountMinor: fc.integer({ min: 0, max: 10_000_000 }),
					currency: fc.constantFrom('EUR', 'USD')
				}),
				{ nil: null }
			),
			deletedAt: fc.constantFrom(null, null, '2026-01-01T00:00:00.000Z')
		});
		fc.assert(
			fc.property(fc.array(arbitraryLead, { maxLength: 60 }), (leads) => {
				const s = sourcesOf(leads, introducedBy);
				for (const view of [s.channels, s.referrers, s.roots]) {
					for (const field of ['leads', 'won', 'lost'] as const) {
						expect(view.reduce((n, r) => n + r[field], 0)).toBe(s.total[field]);
					}
					for (const currency of ['EUR', 'USD']) {
						expect(view.reduce((n, r) => n + (r.wonValue[currency] ?? 0), 0)).toBe(
							s.total.wonValue[currency] ?? 0
						);
					}
				}
				const live = leads.filter((l) => l.deletedAt === null);
				expect(s.total.leads).toBe(live.length);
				const wonEur = live
					.filter((l) => l.status === 'won' && l.wonValue?.currency === 'EUR')
					.reduce((n, l) => n + l.wonValue!.amountMinor, 0);
				expect(s.total.wonValue.EUR ?? 0).toBe(wonEur);
			})
		);
	});
});

describe('givenTo', () => {
	const rules: LedgerRules = {
		hourlyRateMinor: 9000,
		currency: 'EUR',
		balancedWithinMinutes: 60,
		weightMinutes: [15, 30, 60, 120, 240]
	};

	it('values what you gave at your rate', () => {
		const totals = emptyTotals('C1');
		totals.given = { count: 3, minutes: 60, weights: [0, 0, 1, 0, 0], money: { EUR: 1000 } };
		const given = givenTo(totals, rules);
		// 60 min + a weight-3 give (60 min) = 2 h at 90.00/h = 180.00, plus 10.00 given in money.
		expect(given.count).toBe(3);
		expect(formatWorth(given.worth, rules, 'en')).toBe('€190.00');
	});

	it('is nothing for someone you never gave anything', () => {
		expect(givenTo(undefined, rules)).toEqual({ count: 0, worth: 0, uncounted: {} });
	});
});

describe('sortSources', () => {
	const rows = sourcesOf(LEADS, introducedBy).referrers;
	const names: Record<string, string> = { C1: 'Chris', C2: 'Carla', X: 'Xavi', D: 'Dana' };
	const name = (key: string | null) => (key === null ? 'Not referred' : (names[key] ?? key));

	it('sorts by leads, biggest first, ties by name', () => {
		expect(sortSources(rows, 'leads', { name, currency: 'EUR' }).map((r) => String(r.key))).toEqual(
			['C1', 'null', 'C2', 'D', 'X']
		);
	});

	it('sorts by won value in your currency, then by other currencies', () => {
		expect(sortSources(rows, 'value', { name, currency: 'EUR' }).map((r) => String(r.key))).toEqual(
			['C2', 'null', 'C1', 'X', 'D']
		);
	});

	it('sorts by name A–Z, or reversed', () => {
		expect(sortSources(rows, 'name', { name, currency: 'EUR' }).map((r) => name(r.key))).toEqual([
			'Carla',
			'Chris',
			'Dana',
			'Not referred',
			'Xavi'
		]);
		expect(
			sortSources(rows, 'name', { name, currency: 'EUR', descending: true }).map((r) =>
				name(r.key)
			)[0]
		).toBe('Xavi');
	});

	it('sorts by what you gave', () => {
		const given = (key: string | null) => (key === 'D' ? 500 : key === 'X' ? 100 : 0);
		expect(
			sortSources(rows, 'given', { name, currency: 'EUR', given }).map((r) => String(r.key))
		).toEqual(['D', 'X', 'C2', 'C1', 'null']);
	});
});
