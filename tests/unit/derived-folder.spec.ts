import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivedFolder, derivedRows } from '../../src/lib/domain/derived';
import { insightRows } from '../../src/lib/domain/insights/counters';
import { introductionsOf } from '../../src/lib/domain/insights/introductions';
import { generateSampleData } from '../../src/lib/domain/sample/generate';

const data = generateSampleData({
	today: '2026-05-01',
	seed: 11,
	size: { people: 120, organisations: 8, interactions: 700, exchanges: 400, leads: 60 }
});

/** Splits rows into consecutive batches of the given sizes (the last takes the rest). */
function batches<T>(rows: readonly T[], sizes: number[]): T[][] {
	const out: T[][] = [];
	let start = 0;
	for (const size of sizes) {
		if (start >= rows.length) break;
		out.push(rows.slice(start, start + size));
		start += size;
	}
	if (start < rows.length) out.push(rows.slice(start));
	return out;
}

const byId = <T extends { id: string }>(rows: T[]) =>
	[...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const byPerson = <T extends { personId: string }>(rows: T[]) =>
	[...rows].sort((a, b) => (a.personId < b.personId ? -1 : 1));

describe('derivedFolder', () => {
	it('folding the records in any batches gives exactly the rows of a whole-dataset recompute', () => {
		const whole = derivedRows(data.people, data.interactions, data.exchanges);
		const insights = byId(insightRows(data.people, data.interactions, data.exchanges, data.leads));
		expect(whole.lastContacts.length).toBeGreaterThan(50);
		expect(insights.length).toBeGreaterThan(100);
		const sizes = fc.array(fc.integer({ min: 1, max: 300 }), { maxLength: 12 });
		fc.assert(
			fc.property(sizes, sizes, sizes, (a, b, c) => {
				const folder = derivedFolder(data.people);
				for (const batch of batches(data.interactions, a)) folder.interactions(batch);
				for (const batch of batches(data.exchanges, b)) folder.exchanges(batch);
				for (const batch of batches(data.leads, c)) folder.leads(batch);
				const rows = folder.rows();
				expect(byPerson(rows.lastContacts)).toEqual(byPerson(whole.lastContacts));
				expect(rows.followUps).toEqual(whole.followUps);
				expect(byPerson(rows.dues)).toEqual(byPerson(whole.dues));
				expect(byPerson(rows.ledgerTotals)).toEqual(byPerson(whole.ledgerTotals));
				expect(byId(rows.insights)).toEqual(insights);
				expect(rows.introductions).toEqual(introductionsOf(data.people));
			}),
			{ numRuns: 25 }
		);
	});
});
