import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ends,
	rankedEnds,
	rankedPeopleEnds,
	rankReferrers,
	rankReturns,
	referrerStats,
	returnOnTime,
	selectFirst,
	type ReturnRow
} from '../../src/lib/domain/insights/charts';
import {
	key,
	packRow,
	splitKey,
	sumRows,
	type Counters
} from '../../src/lib/domain/insights/counters';

// Insights ranks up to 10,000 people to show a few: picking the first ones in one
// pass must give exactly what sorting everyone and cutting the list gives.

const settings = { hourlyRateMinor: 6000, currency: 'EUR' };

/** People rows as the counters keep them: minutes, and won value per currency. */
const peopleRows = fc.array(
	fc.dictionary(
		fc.oneof(
			fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')).map(([id]) => key('m', id)),
			fc
				.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'i', 'j'), fc.constantFrom('EUR', 'USD'))
				.map(([id, c]) => key('w', id, c))
		),
		fc.integer({ min: 1, max: 500 })
	),
	{ maxLength: 5 }
);

describe('Insights rankings without a full sort', () => {
	it('selectFirst gives the first items of the sorted list', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -20, max: 20 })), fc.nat(12), (values, limit) => {
				const rows = values.map((v, i) => ({ v, id: String(i).padStart(3, '0') }));
				const order = (a: (typeof rows)[0], b: (typeof rows)[0]) =>
					a.v - b.v || (a.id < b.id ? -1 : 1);
				expect(selectFirst(rows, order, limit)).toEqual([...rows].sort(order).slice(0, limit));
			})
		);
	});

	it('rankedEnds equals ends of the full ranking, and the people rows need no sum first', () => {
		fc.assert(
			fc.property(peopleRows, fc.nat(6), fc.nat(6), (rows: Counters[], best, worst) => {
				const stored = rows.map((r) => packRow('', r));
				const summed = { time: {}, people: [packRow('', sumRows(stored))], leads: {} };
				const all = returnOnTime('person', summed, settings);
				const unsummed = returnOnTime('person', { ...summed, people: stored }, settings);
				const byId = (list: ReturnRow[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
				expect(byId(unsummed)).toEqual(byId(all));
				for (const currency of ['EUR', 'USD']) {
					expect(rankedEnds(unsummed, currency, best, worst)).toEqual(
						ends(rankReturns(all, currency), best, worst)
					);
				}
			})
		);
	});

	it('rankedPeopleEnds, reading one row per shard, equals ends of the full ranking', () => {
		fc.assert(
			fc.property(
				peopleRows,
				fc.nat(6),
				fc.nat(6),
				fc.integer({ min: 0, max: 9000 }),
				(rows: Counters[], best, worst, rate) => {
					const summed = sumRows(rows.map((r) => packRow('', r)));
					// Each person in one of three shards, as the stored all-time rows keep them.
					const shards: Counters[] = [{}, {}, {}];
					for (const [k, n] of Object.entries(summed)) {
						shards[splitKey(k)[1]!.charCodeAt(0) % 3]![k] = n;
					}
					const rated = { ...settings, hourlyRateMinor: rate };
					const all = returnOnTime(
						'person',
						{ time: {}, people: [packRow('', summed)], leads: {} },
						rated
					);
					const stored = [...shards.map((c) => packRow('', c)), undefined];
					for (const currency of ['EUR', 'USD']) {
						expect(rankedPeopleEnds(stored, rated, currency, best, worst)).toEqual(
							ends(rankReturns(all, currency), best, worst)
						);
					}
				}
			)
		);
	});

	it('rankedPeopleEnds equals the full ranking when many people tie at either end', () => {
		// Dozens of people, few distinct amounts: rows tie on net at the edge of each end,
		// where the shortcut for people who returned nothing must fall back to the tie-breaks.
		// Ids that are prefixes of others, or hold a character below the separator (a
		// restored backup may carry any id), and a count key as the first counters kept.
		const ids = [
			'p',
			'p1',
			'p10',
			'p1!',
			'p\u0001',
			'p1\u0001',
			...Array.from({ length: 34 }, (_, i) => `q${String(i).padStart(2, '0')}`)
		];
		const crowd = fc.dictionary(
			fc.oneof(
				fc.constantFrom(...ids).map((id) => key('m', id)),
				fc
					.tuple(fc.constantFrom(...ids), fc.constantFrom('EUR', 'USD'))
					.map(([id, c]) => key('w', id, c)),
				fc.constantFrom(...ids).map((id) => key('n', id))
			),
			fc.constantFrom(30, 60, 90, 120),
			{ maxKeys: 60 }
		);
		fc.assert(
			fc.property(
				crowd,
				fc.nat(4),
				fc.nat(4),
				fc.constantFrom(0, 6000, 12000),
				(summed, best, worst, rate) => {
					const rated = { ...settings, hourlyRateMinor: rate };
					const all = returnOnTime(
						'person',
						{ time: {}, people: [packRow('', summed)], leads: {} },
						rated
					);
					const shards: Counters[] = [{}, {}];
					for (const [k, n] of Object.entries(summed)) {
						shards[splitKey(k)[1]!.length % 2]![k] = n;
					}
					const stored = shards.map((c) => packRow('', c));
					for (const currency of ['EUR', 'USD']) {
						expect(rankedPeopleEnds(stored, rated, currency, best, worst)).toEqual(
							ends(rankReturns(all, currency), best, worst)
						);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('rankedPeopleEnds keeps ids whose won keys sort in another order than their minutes keys', () => {
		// `p\u0001` sorts after `p` among minutes keys but before it among won keys.
		const summed: Counters = {
			[key('m', 'p')]: 60,
			[key('m', 'p\u0001')]: 30,
			[key('w', 'p', 'EUR')]: 5000,
			[key('w', 'p\u0001', 'EUR')]: 100,
			[key('m', 'q')]: 90
		};
		const all = returnOnTime(
			'person',
			{ time: {}, people: [packRow('', summed)], leads: {} },
			settings
		);
		const ranked = rankedPeopleEnds([packRow('', summed)], settings, 'EUR', 1, 1);
		expect(ranked).toEqual(ends(rankReturns(all, 'EUR'), 1, 1));
		expect(ranked.map((r) => r.id)).toEqual(['p', 'q']);
	});

	it('rankReferrers equals the full sort when many referrers tie', () => {
		const referrer = fc.record({
			leads: fc.nat(3),
			won: fc.nat(2),
			eur: fc.constantFrom(0, 100, 200),
			usd: fc.constantFrom(0, 100)
		});
		fc.assert(
			fc.property(fc.array(referrer, { maxLength: 40 }), fc.nat(6), (list, limit) => {
				const stats = list.map((r, i) => ({
					personId: `p${String((i * 7) % 40).padStart(2, '0')}-${i}`,
					leads: r.leads,
					won: r.won,
					wonMinor: { ...(r.eur ? { EUR: r.eur } : {}), ...(r.usd ? { USD: r.usd } : {}) }
				}));
				const value = (r: (typeof stats)[0]) => r.wonMinor.EUR ?? 0;
				const id = (a: (typeof stats)[0], b: (typeof stats)[0]) =>
					a.personId < b.personId ? -1 : 1;
				const byValue = [...stats].sort(
					(a, b) => value(b) - value(a) || b.leads - a.leads || id(a, b)
				);
				const byLeads = [...stats].sort(
					(a, b) => b.leads - a.leads || value(b) - value(a) || id(a, b)
				);
				expect(rankReferrers(stats, 'value', 'EUR', limit)).toEqual(byValue.slice(0, limit));
				expect(rankReferrers(stats, 'leads', 'EUR', limit)).toEqual(byLeads.slice(0, limit));
			}),
			{ numRuns: 300 }
		);
	});

	it('the top referrers are the first of the full sort, by value or by leads', () => {
		const leads: Counters = {};
		for (let i = 0; i < 60; i++) {
			const id = `p${i}`;
			leads[key('r', id)] = ((i * 7) % 11) + 1;
			if (i % 3 === 0) leads[key('rn', id)] = 1;
			if (i % 3 === 0) leads[key('r$', id, i % 2 ? 'USD' : 'EUR')] = ((i * 13) % 17) * 100;
		}
		const direct = referrerStats([packRow('', leads)]);
		expect(direct).toHaveLength(60);
		const value = (r: (typeof direct)[0]) => r.wonMinor.EUR ?? 0;
		const sorted = [...direct].sort(
			(a, b) => value(b) - value(a) || b.leads - a.leads || (a.personId < b.personId ? -1 : 1)
		);
		expect(rankReferrers(direct, 'value', 'EUR')).toEqual(sorted.slice(0, 10));
		expect(rankReferrers(direct, 'value', 'EUR')[0]!.wonMinor).toEqual({ EUR: 1600 });
		const byLeads = rankReferrers(direct, 'leads', 'EUR', 3);
		expect(byLeads.map((r) => r.leads)).toEqual([11, 11, 11]);
	});
});
