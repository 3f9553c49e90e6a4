import { describe, expect, it } from 'vitest';
import { db } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import { deleteInteraction } from '../../src/lib/db/repositories/interactions';
import { loadInteractionList } from '../../src/lib/db/views-interaction-list';
import { scanInteractions } from '../../src/lib/db/views-interactions';
import { applyFilters } from '../../src/lib/domain/filters/evaluate';
import { INTERACTION_FIELDS } from '../../src/lib/domain/filters/interactions';
import type { FilterSpec } from '../../src/lib/domain/filters/schema';
import type { Interaction } from '../../src/lib/domain/interaction';
import { generateSampleData } from '../../src/lib/domain/sample/generate';

const TODAY = '2026-06-15';
const ctx = { people: new Map(), channels: [] };
const newestFirst = (a: Interaction, b: Interaction) =>
	a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

async function seed() {
	const data = generateSampleData({
		today: TODAY,
		size: { people: 30, organisations: 8, interactions: 600, exchanges: 0, leads: 0 }
	});
	await replaceAllData(data);
	return data;
}

const inc = { mode: 'include' as const, locked: false };
const cases: [string, FilterSpec[]][] = [
	['nothing', []],
	[
		'date first (index), then kind',
		[
			{
				...inc,
				field: 'date',
				condition: { type: 'date', op: 'last', from: null, to: null, n: 3, unit: 'months' }
			},
			{ ...inc, field: 'kind', condition: { type: 'values', values: ['coffee', 'call'] } }
		]
	],
	[
		'kinds first (index)',
		[{ ...inc, field: 'kind', condition: { type: 'values', values: ['video', 'email'] } }]
	],
	[
		'note first (no index: scan), excluding a kind',
		[
			{ ...inc, field: 'note', condition: { type: 'text', contains: 'a' } },
			{ ...inc, mode: 'exclude', field: 'kind', condition: { type: 'values', values: ['coffee'] } }
		]
	],
	[
		'nothing matches (scan reads everything)',
		[{ ...inc, field: 'note', condition: { type: 'text', contains: 'no such words here' } }]
	]
];

describe('the interactions list reads what the filters would keep, newest first', () => {
	it.each(cases)('%s', async (name, specs) => {
		await seed();
		const all = (await db().interactions.toArray()).filter((i) => i.deletedAt === null);
		const expected = applyFilters(all, specs, INTERACTION_FIELDS, ctx, TODAY).sort(newestFirst);
		expect(expected.length > 0).toBe(!name.startsWith('nothing matches'));
		const result = await loadInteractionList({ specs, today: TODAY, limit: 40 });
		const got =
			result.kind === 'exact'
				? applyFilters(result.rows, specs, INTERACTION_FIELDS, ctx, TODAY)
				: result.rows;
		if (result.kind === 'scan') {
			expect(got.map((i) => i.id)).toEqual(expected.slice(0, 40).map((i) => i.id));
			expect(result.complete).toBe(expected.length <= 40);
		} else {
			expect(got.map((i) => i.id)).toEqual(expected.map((i) => i.id));
		}
	});

	it('a person first reads through the personIds index and leaves out deleted interactions', async () => {
		const data = await seed();
		const personId = data.interactions[0]!.personIds[0]!;
		const specs: FilterSpec[] = [
			{ ...inc, field: 'people', condition: { type: 'values', values: [personId] } }
		];
		const theirs = data.interactions.filter((i) => i.personIds.includes(personId));
		await deleteInteraction(theirs[0]!.id);
		const result = await loadInteractionList({ specs, today: TODAY, limit: 0 });
		expect(result.kind).toBe('exact');
		expect(result.rows.map((i) => i.id)).toEqual(
			theirs
				.slice(1)
				.sort(newestFirst)
				.map((i) => i.id)
		);
	});

	it('scans stop once enough are found', async () => {
		await seed();
		let tested = 0;
		const { rows, complete } = await scanInteractions(() => {
			tested += 1;
			return true;
		}, 10);
		expect(rows).toHaveLength(10);
		expect(complete).toBe(false);
		expect(tested).toBeLessThan(600);
	});
});
