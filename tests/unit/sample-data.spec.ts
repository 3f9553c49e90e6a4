import { describe, expect, it } from 'vitest';
import { replaceAllData, wipeAllData, countAll } from '../../src/lib/db/dataset';
import { getSettings } from '../../src/lib/db/repositories/settings';
import {
	deleteInteraction,
	interactionsForPerson,
	restoreInteraction
} from '../../src/lib/db/repositories/interactions';
import { db } from '../../src/lib/db/database';
import { countsOf } from '../../src/lib/domain/dataset';
import { exchangeSchema } from '../../src/lib/domain/exchange';
import { interactionSchema } from '../../src/lib/domain/interaction';
import { leadSchema } from '../../src/lib/domain/lead';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { personSchema } from '../../src/lib/domain/person';
import { DEMO_SIZE, generateSampleData } from '../../src/lib/domain/sample/generate';
import { settingsSchema } from '../../src/lib/domain/settings';

const today = '2026-11-22';

describe('sample data generator', () => {
	const data = generateSampleData({ today });

	it('is deterministic: same seed and day, same data; another seed differs', () => {
		expect(generateSampleData({ today })).toEqual(data);
		expect(generateSampleData({ today, seed: 7 }).people.map((p) => p.id)).not.toEqual(
			data.people.map((p) => p.id)
		);
	});

	it('produces the requested counts, all valid against the schemas', () => {
		expect(countsOf(data)).toEqual(DEMO_SIZE);
		expect(settingsSchema.safeParse(data.settings).success).toBe(true);
		for (const [rows, schema] of [
			[data.people, personSchema],
			[data.organisations, organisationSchema],
			[data.interactions, interactionSchema],
			[data.exchanges, exchangeSchema],
			[data.leads, leadSchema]
		] as const) {
			for (const row of rows) {
				const result = schema.safeParse(row);
				if (!result.success) throw new Error(`${JSON.stringify(row)}: ${result.error.message}`);
			}
		}
	});

	it('keeps every reference pointing at a record that exists', () => {
		const people = new Set(data.people.map((p) => p.id));
		const orgs = new Set(data.organisations.map((o) => o.id));
		for (const p of data.people) {
			if (p.introducedById) expect(people.has(p.introducedById)).toBe(true);
			for (const o of p.organisationIds) expect(orgs.has(o)).toBe(true);
		}
		for (const i of data.interactions)
			for (const id of i.personIds) expect(people.has(id)).toBe(true);
		for (const e of data.exchanges) expect(people.has(e.personId)).toBe(true);
		for (const l of data.leads) if (l.referrerId) expect(people.has(l.referrerId)).toBe(true);
		// Nobody refers work to themselves.
		expect(data.leads.filter((l) => l.referrerId && l.referrerId === l.personId)).toEqual([]);
	});

	it('tells the story: one root connector behind several clients', () => {
		const byName = new Map(data.people.map((p) => [p.name, p]));
		const byId = new Map(data.people.map((p) => [p.id, p]));
		const root = (name: string) => {
			let p = byName.get(name);
			while (p?.introducedById) p = byId.get(p.introducedById);
			return p?.name;
		};
		for (const client of ['Tom Becker', 'Elena Rossi', 'Sam Okafor', 'Grace Kim']) {
			expect(root(client)).toBe('Dana Whitfield');
		}
		expect(byName.get('Kenji Watanabe')).toMatchObject({
			connection: 'following',
			roles: ['mentor']
		});
		expect(byName.get('Ruth Adler')?.connection).toBe('mutual');
	});

	it('spans two years, both directions, every channel and status, within today', () => {
		const dates = data.interactions.map((i) => i.date).sort();
		expect(dates[0]! <= '2025-01-10').toBe(true);
		expect(dates.at(-1)! <= today).toBe(true);
		expect(new Set(data.exchanges.map((e) => e.direction))).toEqual(new Set(['given', 'received']));
		expect(new Set(data.leads.map((l) => l.channel)).size).toBe(data.settings.channels.length);
		expect(new Set(data.leads.map((l) => l.status))).toEqual(
			new Set(['new', 'talking', 'proposal', 'won', 'lost'])
		);
		expect(data.interactions.some((i) => i.followUpOn && !i.followUpDone)).toBe(true);
		expect(data.leads.every((l) => !l.closedOn || l.closedOn <= today)).toBe(true);
	});

	// Generates 45,000 records: give it room on a busy two-core machine.
	it('scales to a larger size with unique ids', () => {
		const big = generateSampleData({
			today,
			size: {
				people: 3000,
				organisations: 50,
				interactions: 20_000,
				exchanges: 20_000,
				leads: 2000
			}
		});
		expect(countsOf(big)).toEqual({
			people: 3000,
			organisations: 50,
			interactions: 20_000,
			exchanges: 20_000,
			leads: 2000
		});
		const ids = [...big.people, ...big.interactions, ...big.exchanges, ...big.leads].map(
			(r) => r.id
		);
		expect(new Set(ids).size).toBe(ids.length);
	}, 30_000);
});

describe('loading a dataset', () => {
	it('replaces everything atomically and rebuilds the person index', async () => {
		const data = generateSampleData({ today });
		await replaceAllData(data);
		expect(await countAll()).toEqual(DEMO_SIZE);
		expect((await getSettings()).startedWith).toBe('sample');
		const dana = data.people.find((p) => p.name === 'Dana Whitfield')!;
		const expected = data.interactions.filter((i) => i.personIds.includes(dana.id)).length;
		expect(expected).toBeGreaterThan(0);
		expect(await interactionsForPerson(dana.id)).toHaveLength(expected);
	});

	it('leaves the database exactly as it was when one row is bad', async () => {
		const good = generateSampleData({ today });
		await replaceAllData(good);
		const bad = generateSampleData({ today, seed: 99 });
		bad.leads[3] = { ...bad.leads[3]!, status: 'maybe' as never };
		await expect(replaceAllData(bad)).rejects.toThrow(
			/A lead could not be saved\. .*Unknown status/
		);
		expect(await countAll()).toEqual(DEMO_SIZE);
		expect((await interactionsForPerson(good.people[0]!.id)).length).toBeGreaterThan(0);
	});

	it('rolls back if a write fails part-way (duplicate id)', async () => {
		const good = generateSampleData({ today });
		await replaceAllData(good);
		const clash = generateSampleData({ today, seed: 5 });
		clash.leads[1] = { ...clash.leads[1]!, id: clash.leads[0]!.id };
		await expect(replaceAllData(clash)).rejects.toThrow();
		expect(await countAll()).toEqual(DEMO_SIZE);
	});

	it('wipes everything and resets the first-run choice', async () => {
		await replaceAllData(generateSampleData({ today }));
		await wipeAllData();
		expect(await countAll()).toEqual({
			people: 0,
			organisations: 0,
			interactions: 0,
			exchanges: 0,
			leads: 0
		});
		expect((await getSettings()).startedWith).toBeNull();
	});
});

describe('countAll', () => {
	it('counts live records only, through deletes, undo and a restored file with tombstones', async () => {
		const data = generateSampleData({ today });
		const dead = '2026-11-01T00:00:00.000Z';
		// Tombstones in every store, as a backup from a device with deletes holds them.
		data.people = data.people.map((p, i) => (i < 3 ? { ...p, deletedAt: dead } : p));
		data.organisations = data.organisations.map((o, i) => (i < 1 ? { ...o, deletedAt: dead } : o));
		data.interactions = data.interactions.map((x, i) => (i < 5 ? { ...x, deletedAt: dead } : x));
		data.exchanges = data.exchanges.map((x, i) => (i < 4 ? { ...x, deletedAt: dead } : x));
		data.leads = data.leads.map((x, i) => (i < 2 ? { ...x, deletedAt: dead } : x));
		await replaceAllData(data);
		const truth = () =>
			Promise.all(
				(['people', 'organisations', 'interactions', 'exchanges', 'leads'] as const).map(
					async (t) => [
						t,
						(await db().table(t).toArray()).filter((r) => r.deletedAt === null).length
					]
				)
			).then(Object.fromEntries);
		expect(await countAll()).toEqual(await truth());
		expect((await countAll()).people).toBe(DEMO_SIZE.people - 3);
		const live = data.interactions.find((x) => x.deletedAt === null)!;
		await deleteInteraction(live.id);
		expect((await countAll()).interactions).toBe(DEMO_SIZE.interactions - 6);
		await restoreInteraction(live.id);
		expect(await countAll()).toEqual(await truth());
	});
});

describe('sample archive', () => {
	it('archives exactly one generated person', () => {
		expect(generateSampleData({ today }).people.filter((p) => p.archived)).toHaveLength(1);
	});
});

describe('sample realism', () => {
	const data = generateSampleData({ today });
	const byId = new Map(data.people.map((p) => [p.id, p]));

	it('dates every interaction and lead on or after the day you met the person', () => {
		for (const i of data.interactions) {
			for (const id of i.personIds) expect(i.date >= (byId.get(id)!.metOn ?? '')).toBe(true);
		}
		for (const l of data.leads) {
			if (l.personId) expect(l.firstContactOn >= (byId.get(l.personId)!.metOn ?? '')).toBe(true);
		}
	});

	it('spreads activity: no day holds more than a handful of touches', () => {
		const perDay = new Map<string, number>();
		for (const i of data.interactions) perDay.set(i.date, (perDay.get(i.date) ?? 0) + 1);
		expect(Math.max(...perDay.values())).toBeLessThanOrEqual(8);
	});

	it('names companies plainly and distinctly', () => {
		const names = data.organisations.map((o) => o.name);
		expect(new Set(names).size).toBe(names.length);
		expect(names.some((n) => /\d/.test(n))).toBe(false);
	});
});
