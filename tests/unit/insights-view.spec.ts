import { describe, expect, it } from 'vitest';
import { db } from '../../src/lib/db/database';
import { replaceAllData } from '../../src/lib/db/dataset';
import { loadInsights } from '../../src/lib/db/views-insights';
import { deletePerson, getPerson } from '../../src/lib/db/repositories/people';
import {
	exchangeCounters,
	isReferrerKey,
	packRow,
	interactionCounters,
	leadCounters,
	type Contribution,
	type Counters
} from '../../src/lib/domain/insights/counters';
import {
	referrerStats,
	timeSpentOf,
	type ReferrerStats
} from '../../src/lib/domain/insights/charts';
import { type PeriodChoice } from '../../src/lib/domain/insights/period';
import { periodStarts } from '../../src/lib/domain/time-cost';
import { generateSampleData } from '../../src/lib/domain/sample/generate';

const TODAY = '2026-11-23';

/** Every record's counters, straight from the records (no stored rows). */
async function contributions(): Promise<Contribution[]> {
	const d = db();
	const [people, interactions, exchanges, leads] = await Promise.all([
		d.people.toArray(),
		d.interactions.toArray(),
		d.exchanges.toArray(),
		d.leads.toArray()
	]);
	const byId = new Map(people.map((p) => [p.id, p]));
	return [
		...interactions.flatMap((i) => interactionCounters(i, (id) => byId.get(id))),
		...exchanges.flatMap(exchangeCounters),
		...leads.flatMap(leadCounters)
	];
}

/** The truth for a range: the counters dated in it, added up. */
function truth(all: Contribution[], family: string, from: string, to: string): Counters {
	const out: Counters = {};
	for (const c of all) {
		if (c.family !== family || c.day < from || c.day > to) continue;
		out[c.key] = (out[c.key] ?? 0) + c.amount;
	}
	return out;
}

const without = (counters: Counters, drop: (k: string) => boolean): Counters =>
	Object.fromEntries(Object.entries(counters).filter(([k]) => !drop(k)));

describe('Insights reads', () => {
	it('add up exactly the records of the period, whatever rows cover it', async () => {
		await replaceAllData(generateSampleData({ today: TODAY }));
		const all = await contributions();
		const choices: PeriodChoice[] = [
			{ kind: 'relative', period: '30d' },
			{ kind: 'relative', period: '12m' },
			{ kind: 'relative', period: 'year' },
			{ kind: 'relative', period: 'all' },
			{ kind: 'range', from: '2025-02-14', to: '2026-03-03' }
		];
		for (const choice of choices) {
			const data = await loadInsights(choice, TODAY);
			const { from, to } = data.range!;
			expect(data.activity).toEqual(truth(all, 'a', from, to));
			// Lead counters without the per-referrer keys, which the referrer ranking sums.
			const leads = truth(all, 'l', from, to);
			expect(data.leads).toEqual(without(leads, isReferrerKey));
			const byId = (list: ReferrerStats[]) =>
				[...list].sort((a, b) => (a.personId < b.personId ? -1 : 1));
			expect(byId(data.referrers.direct)).toEqual(byId(referrerStats([packRow('', leads)])));
			if (choice.kind === 'relative' && choice.period === 'all') {
				expect(data.referrers.direct.length).toBeGreaterThan(5);
			}
			if (data.previous) {
				expect(data.previousLeads).toEqual(
					without(truth(all, 'l', data.previous.from, data.previous.to), isReferrerKey)
				);
			}
			for (const m of data.months) {
				const first = `${m.month}-01` < from ? from : `${m.month}-01`;
				const last = `${m.month}-31` > to ? to : `${m.month}-31`;
				expect(m.exchanges, m.month).toEqual(truth(all, 'x', first, last));
			}
			for (const w of data.weeks) {
				expect(w.activity, w.start).toEqual(truth(all, 'a', w.from, w.to));
			}
			// The time cost to date does not depend on the period.
			const starts = periodStarts(TODAY, data.settings.weekStartsOn);
			for (const span of ['week', 'month', 'year'] as const) {
				expect(data.timeCost[span], span).toEqual(
					timeSpentOf(truth(all, 'a', starts[span], TODAY))
				);
			}
		}
	});

	it('show the weeks that hold something when a range reaches far past today', async () => {
		await replaceAllData(generateSampleData({ today: TODAY }));
		const far = await loadInsights({ kind: 'range', from: '2000-01-01', to: '2100-12-31' }, TODAY);
		const year = await loadInsights({ kind: 'relative', period: '12m' }, TODAY);
		// The same latest weeks as the last 12 months: up to today, not up to 2100.
		expect(far.weeks.at(-1)!.to).toBe(TODAY);
		expect(far.weeks.map((w) => w.activity)).toEqual(year.weeks.map((w) => w.activity));
		expect(far.weeks.some((w) => Object.keys(w.activity).length > 0)).toBe(true);
	});

	it('say when nothing is recorded at all, and name only live people', async () => {
		expect((await loadInsights({ kind: 'relative', period: '12m' }, TODAY)).range).toBeNull();
		await replaceAllData(generateSampleData({ today: TODAY }));
		const data = await loadInsights({ kind: 'relative', period: 'all' }, TODAY);
		expect(data.range?.to).toBe(TODAY);
		expect(data.returns.person.length).toBeGreaterThan(3);
		for (const r of data.returns.person) expect(data.names[r.id]).toBeTruthy();
		// Someone's chain of introductions leads up to a root connector above them.
		expect(data.referrers.roots.some((r) => r.referrers > 1)).toBe(true);
		expect(data.deleted).toEqual([]);
	});

	it('name a referrer deleted since, and say they were deleted', async () => {
		await replaceAllData(generateSampleData({ today: TODAY }));
		const before = await loadInsights({ kind: 'relative', period: 'all' }, TODAY);
		const [top] = rankReferrersBy(before.referrers.direct);
		const person = (await getPerson(top!.personId))!;
		await deletePerson(person.id);
		const after = await loadInsights({ kind: 'relative', period: 'all' }, TODAY);
		// Still credited with their leads, under their own name, marked deleted.
		expect(after.referrers.direct.map((r) => r.personId)).toContain(person.id);
		expect(after.names[person.id]).toBe(person.name);
		expect(after.deleted).toEqual([person.id]);
		// Their own root connector: the chain stops with them.
		expect(after.referrers.roots.map((r) => r.personId)).toContain(person.id);
	});
});

/** Direct referrers, most leads first. */
const rankReferrersBy = (rows: ReferrerStats[]) => [...rows].sort((a, b) => b.leads - a.leads);
