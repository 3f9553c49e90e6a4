import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addToRow,
	countersOf,
	packRow,
	sumRows,
	type Counters
} from '../../src/lib/domain/insights/counters';

/** Counters over a few short keys (so deltas hit existing keys, cancel them, and add new ones). */
const counters = fc.dictionary(
	fc.constantFrom('a', 'b', 'c', 'm\u001fx', 'm\u001fy', 'w\u001fx\u001fEUR', 'É', 'z'),
	fc.integer({ min: -5, max: 5 })
);

describe('stored Insights rows', () => {
	it('a row keeps its keys in order and equals its counters added up, whatever the deltas', () => {
		fc.assert(
			fc.property(counters, fc.array(counters, { maxLength: 6 }), (start, deltas) => {
				let row = packRow('a|all', start);
				const expected: Counters = { ...start };
				for (const delta of deltas) {
					row = addToRow('a|all', row, delta);
					for (const [k, n] of Object.entries(delta)) expected[k] = (expected[k] ?? 0) + n;
				}
				for (const k of Object.keys(expected)) if (expected[k] === 0) delete expected[k];
				expect(countersOf(row)).toEqual(expected);
				expect(row.k).toEqual([...row.k].sort());
				expect(row.v).not.toContain(0);
				expect(row).toEqual(packRow('a|all', expected));
				expect(sumRows([row, undefined, packRow('x', {})])).toEqual(expected);
			})
		);
	});

	it('sums any rows, one or many, with or without a filter, as adding their counters up does', () => {
		const keepers = fc.constantFrom(undefined, (k: string) => !k.includes('\u001f'));
		fc.assert(
			fc.property(
				fc.array(fc.option(counters, { nil: undefined }), { maxLength: 4 }),
				keepers,
				(all, keep) => {
					const expected: Counters = {};
					for (const c of all) {
						for (const [k, n] of Object.entries(c ?? {})) {
							if (!keep || keep(k)) expected[k] = (expected[k] ?? 0) + n;
						}
					}
					for (const k of Object.keys(expected)) if (expected[k] === 0) delete expected[k];
					const rows = all.map((c) => (c ? packRow('a|all', c) : undefined));
					expect(sumRows(rows, keep)).toEqual(expected);
				}
			)
		);
	});
});
