import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	attributeLead,
	DEFAULT_CHAIN_LIMIT,
	rootConnector,
	type RootRule
} from '../../src/lib/domain/attribution';

/** A graph of live people: id → introducer (null: nobody). Absent ids are missing or deleted. */
type Graph = Record<string, string | null>;
const lookup = (graph: Graph) => (id: string) => (id in graph ? graph[id] : undefined);

describe('rootConnector', () => {
	it('makes a referrer nobody introduced their own root', () => {
		expect(rootConnector('a', lookup({ a: null }))).toEqual({
			rootId: 'a',
			rule: 'top-of-chain',
			chain: ['a']
		});
	});

	it('follows introducers to the top of the chain', () => {
		const graph = { a: 'b', b: 'c', c: null };
		expect(rootConnector('a', lookup(graph))).toEqual({
			rootId: 'c',
			rule: 'top-of-chain',
			chain: ['a', 'b', 'c']
		});
		expect(rootConnector('b', lookup(graph)).chain).toEqual(['b', 'c']);
	});

	it('treats self-introduction as a cycle of one', () => {
		expect(rootConnector('a', lookup({ a: 'a' }))).toEqual({
			rootId: 'a',
			rule: 'cycle',
			chain: ['a']
		});
		// Someone introduced by a self-introduced person stops at that person.
		expect(rootConnector('x', lookup({ x: 'a', a: 'a' }))).toEqual({
			rootId: 'a',
			rule: 'cycle',
			chain: ['x', 'a']
		});
	});

	it('stops a cycle at the last person before the repeat', () => {
		const graph = { a: 'b', b: 'c', c: 'a' };
		expect(rootConnector('a', lookup(graph))).toEqual({
			rootId: 'c',
			rule: 'cycle',
			chain: ['a', 'b', 'c']
		});
		expect(rootConnector('b', lookup(graph))).toEqual({
			rootId: 'a',
			rule: 'cycle',
			chain: ['b', 'c', 'a']
		});
		// A tail leading into a loop: the loop is walked once.
		expect(rootConnector('t', lookup({ ...graph, t: 'b' }))).toEqual({
			rootId: 'a',
			rule: 'cycle',
			chain: ['t', 'b', 'c', 'a']
		});
	});

	it('walks a chain of 50 to its top', () => {
		const graph: Graph = {};
		for (let i = 0; i < 50; i++) graph[`p${i}`] = i === 49 ? null : `p${i + 1}`;
		const root = rootConnector('p0', lookup(graph));
		expect(root.rule).toBe('top-of-chain');
		expect(root.rootId).toBe('p49');
		expect(root.chain).toHaveLength(50);
		expect(root.chain[0]).toBe('p0');
	});

	it('finds a cycle that closes anywhere along a long chain', () => {
		// 40 people in a line, the last introduced by one of them: short and long
		// chains keep who is in them differently, and both must see the repeat.
		for (const back of [0, 5, 20, 38, 39]) {
			const graph: Graph = {};
			for (let i = 0; i < 40; i++) graph[`p${i}`] = i === 39 ? `p${back}` : `p${i + 1}`;
			const root = rootConnector('p0', lookup(graph));
			expect(root).toEqual({
				rootId: 'p39',
				rule: 'cycle',
				chain: Array.from({ length: 40 }, (_, i) => `p${i}`)
			});
		}
	});

	it('gives up after the limit and says so', () => {
		const graph: Graph = {};
		for (let i = 0; i < 50; i++) graph[`p${i}`] = i === 49 ? null : `p${i + 1}`;
		expect(rootConnector('p0', lookup(graph), 10)).toEqual({
			rootId: 'p10',
			rule: 'chain-limit',
			chain: Array.from({ length: 11 }, (_, i) => `p${i}`)
		});
		// Exactly enough steps to reach the top is not a limit.
		expect(rootConnector('p0', lookup(graph), 49).rule).toBe('top-of-chain');
		expect(rootConnector('p0', lookup(graph), 48).rule).toBe('chain-limit');
		expect(rootConnector('p0', lookup(graph), 0)).toEqual({
			rootId: 'p0',
			rule: 'chain-limit',
			chain: ['p0']
		});
	});

	it('uses a default limit of 1000 steps', () => {
		const graph: Graph = {};
		const n = DEFAULT_CHAIN_LIMIT + 5;
		for (let i = 0; i < n; i++) graph[`p${i}`] = i === n - 1 ? null : `p${i + 1}`;
		const root = rootConnector('p0', lookup(graph));
		expect(root.rule).toBe('chain-limit');
		expect(root.rootId).toBe(`p${DEFAULT_CHAIN_LIMIT}`);
		expect(root.chain).toHaveLength(DEFAULT_CHAIN_LIMIT + 1);
	});

	it('stops at the last live person when a middle person was deleted', () => {
		// a ← introduced by b (deleted) ← introduced by c: c must not be reached.
		const graph = { a: 'b', c: null };
		expect(rootConnector('a', lookup(graph))).toEqual({
			rootId: 'a',
			rule: 'missing-person',
			chain: ['a']
		});
		const longer = { x: 'a', a: 'b', c: null };
		expect(rootConnector('x', lookup(longer))).toEqual({
			rootId: 'a',
			rule: 'missing-person',
			chain: ['x', 'a']
		});
	});

	it('makes a missing referrer their own root', () => {
		expect(rootConnector('gone', lookup({}))).toEqual({
			rootId: 'gone',
			rule: 'deleted-referrer',
			chain: ['gone']
		});
	});

	it('asks about each person at most once', () => {
		const graph = { a: 'b', b: 'c', c: 'a' };
		const asked: string[] = [];
		rootConnector('a', (id) => {
			asked.push(id);
			return lookup(graph)(id);
		});
		expect(new Set(asked).size).toBe(asked.length);
	});
});

describe('attributeLead', () => {
	it('has no root without a referrer', () => {
		expect(attributeLead({ channel: 'blog', referrerId: null }, lookup({}))).toEqual({
			channel: 'blog',
			referrerId: null,
			root: null
		});
	});

	it('credits the channel, the referrer and the root connector', () => {
		const graph = { ref: 'conn', conn: null };
		expect(attributeLead({ channel: 'referral', referrerId: 'ref' }, lookup(graph))).toEqual({
			channel: 'referral',
			referrerId: 'ref',
			root: { rootId: 'conn', rule: 'top-of-chain', chain: ['ref', 'conn'] }
		});
	});
});

/** Up to 30 people; each either missing, introduced by nobody, or by any id (cycles, self, missing). */
const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
const graphArbitrary = fc
	.array(
		fc.oneof(
			fc.constant<'missing'>('missing'),
			fc.constant(null),
			fc.constantFrom(...ids, 'ghost')
		),
		{ minLength: ids.length, maxLength: ids.length }
	)
	.map((links) => {
		const graph: Graph = {};
		links.forEach((link, i) => {
			if (link !== 'missing') graph[ids[i]!] = link;
		});
		return graph;
	});

const leadArbitrary = fc.record({
	channel: fc.constantFrom('referral', 'blog', 'event'),
	referrerId: fc.option(fc.constantFrom(...ids, 'ghost'), { nil: null }),
	won: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null })
});

describe('attribution properties', () => {
	it('always ends, with a root on its chain and a rule that fits the next step', () => {
		fc.assert(
			fc.property(
				graphArbitrary,
				fc.constantFrom(...ids, 'ghost'),
				fc.integer({ min: 0, max: 40 }),
				(graph, start, limit) => {
					const introducedBy = lookup(graph);
					const root = rootConnector(start, introducedBy, limit);
					const { chain, rootId, rule } = root;
					expect(chain[0]).toBe(start);
					expect(chain.at(-1)).toBe(rootId);
					expect(new Set(chain).size).toBe(chain.length);
					expect(chain.length).toBeLessThanOrEqual(limit + 1);
					for (let i = 1; i < chain.length; i++) expect(introducedBy(chain[i - 1]!)).toBe(chain[i]);
					const next = introducedBy(rootId);
					const expected: RootRule =
						next === undefined
							? chain.length === 1
								? 'deleted-referrer'
								: 'missing-person'
							: next === null
								? 'top-of-chain'
								: chain.includes(next)
									? 'cycle'
									: introducedBy(next) === undefined
										? 'missing-person'
										: 'chain-limit';
					expect(rule).toBe(expected);
				}
			)
		);
	});

	it("attributes each won lead's value exactly once per view", () => {
		fc.assert(
			fc.property(graphArbitrary, fc.array(leadArbitrary, { maxLength: 40 }), (graph, leads) => {
				const introducedBy = lookup(graph);
				const won = leads.filter((l) => l.won !== null);
				const total = won.reduce((sum, l) => sum + (l.won ?? 0), 0);
				const views = {
					channel: (a: ReturnType<typeof attributeLead>) => a.channel,
					referrer: (a: ReturnType<typeof attributeLead>) => a.referrerId ?? '(none)',
					root: (a: ReturnType<typeof attributeLead>) => a.root?.rootId ?? '(none)'
				};
				for (const key of Object.values(views)) {
					const credited: Record<string, number> = {};
					let credits = 0;
					for (const lead of won) {
						const bucket = key(attributeLead(lead, introducedBy));
						credited[bucket] = (credited[bucket] ?? 0) + (lead.won ?? 0);
						credits++;
					}
					expect(credits).toBe(won.length);
					expect(Object.values(credited).reduce((a, b) => a + b, 0)).toBe(total);
				}
				for (const lead of won) {
					const a = attributeLead(lead, introducedBy);
					expect(a.root === null).toBe(lead.referrerId === null);
					if (a.root) expect(a.root.chain[0]).toBe(lead.referrerId);
				}
			})
		);
	});
});
