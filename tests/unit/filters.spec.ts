import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interactionSchema, type Interaction } from '../../src/lib/domain/interaction';
import { leadSchema } from '../../src/lib/domain/lead';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { sortedRows } from '../../src/lib/domain/people-query';
import { personSchema, type Person } from '../../src/lib/domain/person';
import { addMonthsTo, dayRange } from '../../src/lib/domain/filters/dates';
import {
	addFilter,
	clearFilters,
	moveFilter,
	setLocked,
	toggleLockAll,
	withIds,
	withoutIds
} from '../../src/lib/domain/filters/edit';
import { applyFilters, isComplete } from '../../src/lib/domain/filters/evaluate';
import { unreadAmount } from '../../src/lib/domain/filters/amount-boxes';
import {
	EMPTY_INTERACTION_QUERY,
	INTERACTION_FIELDS,
	interactionQueryToSearch,
	parseInteractionQuery,
	simpleInteractionFilters
} from '../../src/lib/domain/filters/interactions';
import { LEAD_FIELDS } from '../../src/lib/domain/filters/leads';
import { PEOPLE_FIELDS } from '../../src/lib/domain/filters/people';
import { planInteractions } from '../../src/lib/domain/filters/plan';
import type { Condition, FilterSpec } from '../../src/lib/domain/filters/schema';
import { readFilterParams, writeFilterParams } from '../../src/lib/domain/filters/url';

const meta = (id: string) => ({
	id,
	createdAt: '2026-01-10T00:00:00.000Z',
	updatedAt: '2026-01-10T00:00:00.000Z'
});
const org = organisationSchema.parse({ ...meta('o1'), name: 'Chamber of Commerce' });
const p = (id: string, fields: Partial<Person>) =>
	personSchema.parse({ ...meta(id), name: id, ...fields });
const people = [
	p('Cleo', { roles: ['client'], tags: ['Local'], organisationIds: ['o1'], cadenceDays: 30 }),
	p('Abe', { roles: ['mentor'], tags: ['design'], notes: 'Loves café culture' }),
	p('Bea', { roles: ['client', 'connector'], tags: ['local', 'saas'], cadenceDays: 90 }),
	p('Dan', { roles: ['client'], tags: ['local'] }),
	p('Eve', { roles: ['peer'], archived: true })
];
const TODAY = '2026-03-31';
const last = new Map([
	['Cleo', '2026-03-20'], // 11 days ago
	['Abe', '2026-01-02'],
	['Bea', '2026-02-28'] // 31 days ago
]);
const rows = sortedRows(people, last, 'name');
const ctx = { organisations: new Map([[org.id, org]]), tags: ['local', 'saas'], channels: [] };

const spec = (field: string, condition: Condition, more: Partial<FilterSpec> = {}): FilterSpec => ({
	field,
	mode: 'include',
	locked: false,
	condition,
	...more
});
const values = (...v: string[]): Condition => ({ type: 'values', values: v });
const lastN = (
	n: number,
	unit: 'days' | 'weeks' | 'months' = 'days'
): Extract<Condition, { type: 'date' }> => ({
	type: 'date',
	op: 'last',
	from: null,
	to: null,
	n,
	unit
});
const names = (filters: FilterSpec[], today = TODAY) =>
	applyFilters(rows, filters, PEOPLE_FIELDS, ctx, today).map((r) => r.person.name);

describe('people filters', () => {
	it('any-of keeps records with at least one listed value (tags ignore case)', () => {
		expect(names([spec('tags', values('LOCAL'))])).toEqual(['Bea', 'Cleo', 'Dan']);
		expect(names([spec('roles', values('mentor', 'connector'))])).toEqual(['Abe', 'Bea']);
		expect(names([spec('organisation', values('o1'))])).toEqual(['Cleo']);
	});

	it('exclude keeps what the condition does not match, including records with no value', () => {
		expect(names([spec('tags', values('local'), { mode: 'exclude' })])).toEqual(['Abe', 'Eve']);
		// Never contacted counts as "not contacted in the last 30 days".
		expect(names([spec('lastContact', lastN(30), { mode: 'exclude' })])).toEqual([
			'Abe',
			'Bea',
			'Dan',
			'Eve'
		]);
	});

	it('clients tagged local, excluding those contacted in the last 30 days', () => {
		expect(
			names([
				spec('roles', values('client')),
				spec('tags', values('local')),
				spec('lastContact', lastN(30), { mode: 'exclude' })
			])
		).toEqual(['Bea', 'Dan']);
	});

	it('text contains ignores case and accents, across several texts of a record', () => {
		expect(names([spec('notes', { type: 'text', contains: 'CAFE' })])).toEqual(['Abe']);
		expect(names([spec('name', { type: 'text', contains: 'e' })])).toEqual([
			'Abe',
			'Bea',
			'Cleo',
			'Eve'
		]);
	});

	it('numbers: more than, less than, equal, between (inclusive, either order)', () => {
		const n = (op: 'gt' | 'lt' | 'eq' | 'between', a: number, b: number | null = null) =>
			names([spec('cadence', { type: 'number', op, a, b })]);
		expect(n('gt', 30)).toEqual(['Bea']);
		expect(n('lt', 90)).toEqual(['Cleo']);
		expect(n('eq', 30)).toEqual(['Cleo']);
		expect(n('between', 90, 30)).toEqual(['Bea', 'Cleo']);
	});

	it('flags', () => {
		expect(names([spec('archived', { type: 'flag', value: true })])).toEqual(['Eve']);
	});

	it('skips unfinished filters instead of guessing', () => {
		expect(names([spec('tags', values())])).toHaveLength(5);
		expect(isComplete({ type: 'text', contains: '  ' })).toBe(false);
		expect(isComplete({ type: 'number', op: 'between', a: 1, b: null })).toBe(false);
		expect(isComplete(lastN(3))).toBe(true);
	});

	it('ignores a filter on an unknown field or of the wrong kind', () => {
		expect(
			names([spec('nope', values('x')), spec('tags', { type: 'text', contains: 'x' })])
		).toHaveLength(5);
	});
});

describe('relative and absolute dates (clock pinned)', () => {
	const range = (c: Condition, today: string) =>
		c.type === 'date' ? dayRange(c, today) : undefined;

	it('"in the last month" is the month that ends today, across month ends', () => {
		expect(range(lastN(1, 'months'), '2026-03-31')).toEqual({
			from: '2026-03-01',
			to: '2026-03-31'
		});
		expect(range(lastN(1, 'months'), '2024-03-31')).toEqual({
			from: '2024-03-01',
			to: '2024-03-31'
		});
		expect(range(lastN(1, 'months'), '2026-03-15')).toEqual({
			from: '2026-02-16',
			to: '2026-03-15'
		});
		expect(range(lastN(1, 'months'), '2026-01-31')).toEqual({
			from: '2026-01-01',
			to: '2026-01-31'
		});
		expect(range(lastN(3, 'months'), '2026-05-31')).toEqual({
			from: '2026-03-01',
			to: '2026-05-31'
		});
	});

	it('"the last N days" are N days, today included, as Insights counts a period', () => {
		expect(range(lastN(7), '2026-03-31')).toEqual({ from: '2026-03-25', to: '2026-03-31' });
		expect(range(lastN(30), '2026-03-31')).toEqual({ from: '2026-03-02', to: '2026-03-31' });
		expect(range({ ...lastN(7), op: 'next' }, '2026-03-31')).toEqual({
			from: '2026-03-31',
			to: '2026-04-06'
		});
		expect(range({ ...lastN(7), op: 'olderThan' }, '2026-03-31')).toEqual({
			from: null,
			to: '2026-03-24'
		});
		// Zero means today (a saved "in the next 0 days" never empties the list).
		const today = { from: '2026-03-31', to: '2026-03-31' };
		expect(range(lastN(0), '2026-03-31')).toEqual(today);
		expect(range({ ...lastN(0), op: 'next' }, '2026-03-31')).toEqual(today);
		expect(range({ ...lastN(0), op: 'olderThan' }, '2026-03-31')).toEqual({
			from: null,
			to: '2026-03-30'
		});
	});

	it('leap days: twelve months before 29 Feb is 28 Feb; a week before 1 March', () => {
		expect(addMonthsTo('2024-02-29', -12)).toBe('2023-02-28');
		expect(addMonthsTo('2024-02-29', 48)).toBe('2028-02-29');
		expect(range(lastN(1, 'weeks'), '2024-03-01')).toEqual({
			from: '2024-02-24',
			to: '2024-03-01'
		});
		expect(range(lastN(2, 'days'), '2024-03-01')).toEqual({ from: '2024-02-29', to: '2024-03-01' });
	});

	it('"in the last N" and "older than N" split the past with no gap or overlap', () => {
		const day = fc
			.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10));
		fc.assert(
			fc.property(
				day,
				day,
				fc.integer({ min: 0, max: 400 }),
				fc.constantFrom('days' as const, 'weeks' as const, 'months' as const),
				(today, date, n, unit) => {
					fc.pre(date <= today);
					const recent = applyOne('date', { ...lastN(n, unit) }, date, today);
					const older = applyOne('date', { ...lastN(n, unit), op: 'olderThan' }, date, today);
					expect(recent !== older).toBe(true);
				}
			)
		);
	});

	it('since, before and between are inclusive where they say so', () => {
		const d = (op: 'since' | 'before' | 'between', from: string, to: string | null = null) =>
			({ type: 'date', op, from, to, n: null, unit: 'days' }) as Condition;
		expect(names([spec('lastContact', d('since', '2026-02-28'))])).toEqual(['Bea', 'Cleo']);
		expect(names([spec('lastContact', d('before', '2026-02-28'))])).toEqual(['Abe']);
		expect(names([spec('lastContact', d('between', '2026-03-20', '2026-01-02'))])).toEqual([
			'Abe',
			'Bea',
			'Cleo'
		]);
		expect(
			names([
				spec('lastContact', {
					type: 'date',
					op: 'none',
					from: null,
					to: null,
					n: null,
					unit: 'days'
				})
			])
		).toEqual(['Dan', 'Eve']);
	});

	it('moves with the clock: the same filter on another day gives another answer', () => {
		const f = [spec('lastContact', lastN(30))];
		expect(names(f, '2026-03-31')).toEqual(['Cleo']);
		expect(names(f, '2026-03-29')).toEqual(['Bea', 'Cleo']);
	});
});

function interaction(id: string, fields: Partial<Interaction>): Interaction {
	return interactionSchema.parse({
		...meta(id),
		date: '2026-03-01',
		kind: 'coffee',
		personIds: ['Cleo'],
		...fields
	});
}

function applyOne(field: string, condition: Condition, date: string, today: string): boolean {
	const i = interaction('x', { date });
	return (
		applyFilters(
			[i],
			[spec(field, condition)],
			INTERACTION_FIELDS,
			{ people: new Map(), channels: [] },
			today
		).length === 1
	);
}

describe('money in minor units, per currency', () => {
	const list = [
		interaction('free', {}),
		interaction('eur600', { cost: { amountMinor: 600, currency: 'EUR' } }),
		interaction('eur1000', { cost: { amountMinor: 1000, currency: 'EUR' } }),
		interaction('eur1001', { cost: { amountMinor: 1001, currency: 'EUR' } }),
		interaction('usd700', { cost: { amountMinor: 700, currency: 'USD' } }),
		interaction('jpy800', { cost: { amountMinor: 800, currency: 'JPY' } })
	];
	const ids = (condition: Condition) =>
		applyFilters(
			list,
			[spec('cost', condition)],
			INTERACTION_FIELDS,
			{ people: new Map(), channels: [] },
			TODAY
		).map((i) => i.id);
	const money = (
		op: 'gt' | 'lt' | 'eq' | 'between',
		currency: string,
		a: number,
		b: number | null = null
	) => ({ type: 'money', op, currency, a, b }) as Condition;

	it('between is inclusive to the cent and never mixes currencies', () => {
		expect(ids(money('between', 'EUR', 600, 1000))).toEqual(['eur600', 'eur1000']);
		expect(ids(money('gt', 'EUR', 1000))).toEqual(['eur1001']);
		expect(ids(money('lt', 'EUR', 601))).toEqual(['eur600']);
		expect(ids(money('eq', 'USD', 700))).toEqual(['usd700']);
		// 800 yen is 800 minor units (no cents in yen).
		expect(ids(money('between', 'JPY', 0, 1000))).toEqual(['jpy800']);
	});

	it('excluding a money range keeps records with no amount and other currencies', () => {
		expect(
			applyFilters(
				list,
				[spec('cost', money('between', 'EUR', 600, 1000), { mode: 'exclude' })],
				INTERACTION_FIELDS,
				{ people: new Map(), channels: [] },
				TODAY
			).map((i) => i.id)
		).toEqual(['free', 'eur1001', 'usd700', 'jpy800']);
	});

	it('leads: estimated value between 1000.00 and 10,000.00 EUR', () => {
		const lead = (id: string, amountMinor: number | null) =>
			leadSchema.parse({
				...meta(id),
				title: id,
				channel: 'referral',
				firstContactOn: '2026-01-05',
				estimatedValue: amountMinor === null ? null : { amountMinor, currency: 'EUR' }
			});
		const leads = [
			lead('small', 99_999),
			lead('low', 100_000),
			lead('high', 1_000_000),
			lead('none', null),
			lead('big', 1_000_001)
		];
		const got = applyFilters(
			leads,
			[spec('estimatedValue', money('between', 'EUR', 100_000, 1_000_000))],
			LEAD_FIELDS,
			{ people: new Map(), organisations: new Map(), channels: [] },
			TODAY
		).map((l) => l.id);
		expect(got).toEqual(['low', 'high']);
	});
});

describe('typed amounts in a money filter', () => {
	it('say which box cannot be read and why, and nothing for empty or readable boxes', () => {
		expect(unreadAmount({ a: '50', b: '5' }, 'EUR')).toBeNull();
		expect(unreadAmount({ a: '50', b: '' }, 'EUR')).toBeNull();
		expect(unreadAmount({ a: '50', b: 'five' }, 'EUR')).toEqual({
			box: 'b',
			message: 'Not applied: the second amount cannot be read. Enter an amount like 50.'
		});
		expect(unreadAmount({ a: '5.555' }, 'EUR')?.box).toBe('a');
		expect(unreadAmount({ a: '5.5' }, 'JPY')?.message).toMatch(/JPY amounts have no decimals/);
	});
});

describe('editing the list', () => {
	const base = withIds([
		spec('roles', values('client')),
		spec('tags', values('local')),
		spec('lastContact', lastN(30), { mode: 'exclude' })
	]);

	it('Clear keeps locked filters, in order', () => {
		const locked = setLocked(base, base[1]!.id, true);
		const cleared = clearFilters(locked);
		expect(withoutIds(cleared)).toEqual([{ ...spec('tags', values('local')), locked: true }]);
		expect(clearFilters(cleared)).toEqual(cleared);
		expect(names(withoutIds(cleared))).toEqual(['Bea', 'Cleo', 'Dan']);
	});

	it('lock all, then unlock all', () => {
		const all = toggleLockAll(setLocked(base, base[0]!.id, true));
		expect(all.every((f) => f.locked)).toBe(true);
		expect(clearFilters(all)).toHaveLength(3);
		expect(toggleLockAll(all).some((f) => f.locked)).toBe(false);
	});

	it('moves a filter up or down, clamped at the ends', () => {
		const order = (fs: { field: string }[]) => fs.map((f) => f.field);
		expect(order(moveFilter(base, base[2]!.id, 0))).toEqual(['lastContact', 'roles', 'tags']);
		expect(order(moveFilter(base, base[0]!.id, 1))).toEqual(['tags', 'roles', 'lastContact']);
		expect(order(moveFilter(base, base[0]!.id, 99))).toEqual(['tags', 'lastContact', 'roles']);
		expect(order(addFilter(base, spec('name', { type: 'text', contains: 'a' })))).toHaveLength(4);
	});
});

const conditionArb: fc.Arbitrary<{ field: string; condition: Condition }> = fc.oneof(
	fc.record({
		field: fc.constantFrom('tags', 'roles', 'organisation'),
		condition: fc.record({
			type: fc.constant('values' as const),
			values: fc.array(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 5 })
		})
	}),
	fc.record({
		field: fc.constantFrom('name', 'notes'),
		condition: fc.record({
			type: fc.constant('text' as const),
			contains: fc.string({ maxLength: 40 })
		})
	}),
	fc.record({
		field: fc.constant('cadence'),
		condition: fc.record({
			type: fc.constant('number' as const),
			op: fc.constantFrom('gt' as const, 'lt' as const, 'eq' as const, 'between' as const),
			a: fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null }),
			// -0 is read back as 0 (one zero), so the arbitrary never makes -0.
			b: fc.option(
				fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((n) => n + 0),
				{
					nil: null
				}
			)
		})
	}),
	fc.record({
		field: fc.constantFrom('lastContact', 'nextDue', 'created'),
		condition: fc.record({
			type: fc.constant('date' as const),
			op: fc.constantFrom(
				'last' as const,
				'olderThan' as const,
				'next' as const,
				'since' as const,
				'before' as const,
				'between' as const,
				'none' as const
			),
			from: fc.option(fc.constantFrom('2024-02-29', '2026-01-31', '1999-12-31'), { nil: null }),
			to: fc.option(fc.constantFrom('2026-03-31', '2100-12-31'), { nil: null }),
			n: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: null }),
			unit: fc.constantFrom('days' as const, 'weeks' as const, 'months' as const)
		})
	}),
	fc.record({
		field: fc.constant('archived'),
		condition: fc.record({ type: fc.constant('flag' as const), value: fc.boolean() })
	})
);

const specArb: fc.Arbitrary<FilterSpec> = fc
	.record({
		fc: conditionArb,
		mode: fc.constantFrom('include' as const, 'exclude' as const),
		locked: fc.boolean()
	})
	.map(({ fc: { field, condition }, mode, locked }) => ({ field, mode, locked, condition }));

describe('filters in the address', () => {
	it('round-trips any filter list exactly, keeping other parameters', () => {
		fc.assert(
			fc.property(fc.array(specArb, { maxLength: 20 }), (filters) => {
				const params = writeFilterParams(new URLSearchParams('sort=name'), 'advanced', filters);
				// Through a real URL string, as a bookmark stores it.
				const url = new URL(`https://x.test/people?${params.toString()}`);
				const back = readFilterParams(url.searchParams, PEOPLE_FIELDS);
				expect(back.problems).toEqual([]);
				expect(back.mode).toBe('advanced');
				expect(back.filters).toEqual(filters);
				expect(url.searchParams.get('sort')).toBe('name');
			})
		);
	});

	it('simple mode writes no filters', () => {
		const params = writeFilterParams(new URLSearchParams('f=x&filters=advanced'), 'simple', []);
		expect(params.toString()).toBe('');
		expect(readFilterParams(params, PEOPLE_FIELDS)).toEqual({
			mode: 'simple',
			filters: [],
			problems: []
		});
	});

	it('a bad address gives clear messages and keeps the good filters, never throws', () => {
		const good = JSON.stringify(spec('tags', values('local')));
		const params = new URLSearchParams();
		params.append('f', good);
		params.append('f', '{"field":"tags"');
		params.append('f', JSON.stringify(spec('salary', values('x'))));
		params.append('f', JSON.stringify(spec('tags', { type: 'text', contains: 'x' })));
		params.append(
			'f',
			JSON.stringify({
				...spec('cadence', { type: 'number', op: 'gt', a: 1, b: null }),
				mode: 'maybe'
			})
		);
		params.append('f', '"__proto__"');
		const parsed = readFilterParams(params, PEOPLE_FIELDS);
		expect(parsed.mode).toBe('advanced');
		expect(parsed.filters).toEqual([spec('tags', values('local'))]);
		expect(parsed.problems).toEqual([
			'Filter 2 in the address was left out: it is not a filter Rapport wrote (the address may have been cut short).',
			'Filter 3 in the address was left out: there is no field "salary" on this list.',
			'Filter 4 in the address was left out: Tag cannot be filtered that way.',
			'Filter 5 in the address was left out: A filter includes or excludes.',
			expect.stringMatching(/^Filter 6 in the address was left out: /)
		]);
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { maxLength: 25 }), (texts) => {
				const params = new URLSearchParams(texts.map((t) => ['f', t]));
				const parsed = readFilterParams(params, PEOPLE_FIELDS);
				expect(parsed.filters.length + parsed.problems.length).toBeGreaterThanOrEqual(
					Math.min(texts.length, 20)
				);
			})
		);
	});
});

describe('reading interactions through an index', () => {
	it('uses the first filter when it includes and is filled in', () => {
		expect(planInteractions([spec('date', lastN(30))], TODAY)).toEqual({
			index: 'date',
			from: '2026-03-02',
			to: TODAY
		});
		expect(planInteractions([spec('kind', values('call', 'coffee'))], TODAY)).toEqual({
			index: 'kind',
			kinds: ['call', 'coffee']
		});
		expect(
			planInteractions([spec('people', values('p2', 'p1')), spec('date', lastN(3))], TODAY)
		).toEqual({
			index: 'person',
			personIds: ['p1', 'p2']
		});
	});

	it('reads newest first when the first filter cannot use an index', () => {
		expect(planInteractions([], TODAY)).toEqual({ index: 'none' });
		expect(
			planInteractions(
				[spec('note', { type: 'text', contains: 'x' }), spec('kind', values('call'))],
				TODAY
			)
		).toEqual({ index: 'none' });
		expect(planInteractions([spec('kind', values('call'), { mode: 'exclude' })], TODAY)).toEqual({
			index: 'none'
		});
		expect(planInteractions([spec('kind', values())], TODAY)).toEqual({ index: 'none' });
	});
});

describe('lead fields', () => {
	const lead = (id: string, fields: Record<string, unknown>) =>
		leadSchema.parse({
			...meta(id),
			title: id,
			channel: 'referral',
			firstContactOn: '2026-01-05',
			...fields
		});
	const leads = [
		lead('won-ref', {
			status: 'won',
			referrerId: 'Cleo',
			closedOn: '2026-03-20',
			wonValue: { amountMinor: 500_000, currency: 'EUR' }
		}),
		lead('lost-blog', {
			status: 'lost',
			channel: 'blog',
			closedOn: '2026-01-10',
			lostReason: 'Budget cut'
		}),
		lead('open-ref', { status: 'talking', referrerId: 'Bea', repeat: true }),
		lead('new-event', { status: 'new', channel: 'event', firstContactOn: '2026-03-30' })
	];
	const leadCtx = {
		people: new Map([
			['Cleo', { name: 'Cleo' }],
			['Bea', { name: 'Bea' }]
		]),
		organisations: new Map(),
		channels: [{ id: 'referral', name: 'Referral' }]
	};
	const ids = (filters: FilterSpec[]) =>
		applyFilters(leads, filters, LEAD_FIELDS, leadCtx, TODAY).map((l) => l.id);

	it('status, channel and referrer as any-of; excluding the closed ones', () => {
		expect(ids([spec('status', values('won', 'talking'))])).toEqual(['won-ref', 'open-ref']);
		expect(ids([spec('channel', values('referral'))])).toEqual(['won-ref', 'open-ref']);
		expect(ids([spec('referrer', values('Bea'))])).toEqual(['open-ref']);
		expect(
			ids([
				spec(
					'closed',
					{ type: 'date', op: 'none', from: null, to: null, n: null, unit: 'days' },
					{ mode: 'exclude' }
				)
			])
		).toEqual(['won-ref', 'lost-blog']);
	});

	it('dates, flags, text in the note or the reason it was lost', () => {
		expect(ids([spec('firstContact', lastN(7))])).toEqual(['new-event']);
		expect(ids([spec('closed', lastN(1, 'months'))])).toEqual(['won-ref']);
		expect(ids([spec('repeat', { type: 'flag', value: true })])).toEqual(['open-ref']);
		expect(ids([spec('note', { type: 'text', contains: 'budget' })])).toEqual(['lost-blog']);
		expect(
			ids([spec('wonValue', { type: 'money', op: 'gt', currency: 'EUR', a: 499_999, b: null })])
		).toEqual(['won-ref']);
	});

	it('"Won on": won leads by the day they were won, a missing close date counting as the first contact (as Insights counts them)', () => {
		const undated = lead('won-undated', { status: 'won', firstContactOn: '2026-03-25' });
		const wonIn = (from: string, to: string) =>
			applyFilters(
				[...leads, undated],
				[spec('won', { type: 'date', op: 'between', from, to, n: null, unit: 'days' })],
				LEAD_FIELDS,
				leadCtx,
				TODAY
			).map((l) => l.id);
		expect(wonIn('2026-03-01', '2026-03-31')).toEqual(['won-ref', 'won-undated']);
		// The lost lead closed on 10 January is not won; the undated win is not "closed on" anything.
		expect(wonIn('2026-01-01', '2026-01-31')).toEqual([]);
		expect(wonIn('2026-03-21', '2026-03-31')).toEqual(['won-undated']);
	});

	it('every lead field reads a lead without throwing, and leads round-trip through the address', () => {
		for (const field of LEAD_FIELDS.fields) {
			for (const l of leads) expect(() => field.get(l, leadCtx)).not.toThrow();
		}
		const filters = [
			spec('status', values('won')),
			spec(
				'estimatedValue',
				{ type: 'money', op: 'between', currency: 'EUR', a: 100_000, b: 1_000_000 },
				{ locked: true }
			)
		];
		const back = readFilterParams(
			writeFilterParams(new URLSearchParams(), 'advanced', filters),
			LEAD_FIELDS
		);
		expect(back).toEqual({ mode: 'advanced', filters, problems: [] });
	});
});

describe('simple interaction filters', () => {
	it('become the same filter list, the period first so the date index is used', () => {
		const specs = simpleInteractionFilters({ search: ' pricing ', kind: 'call', period: '365' });
		expect(specs.map((s) => s.field)).toEqual(['date', 'kind', 'note']);
		expect(planInteractions(specs, '2024-02-29')).toEqual({
			index: 'date',
			from: '2023-03-01',
			to: '2024-02-29'
		});
		expect(simpleInteractionFilters({ search: '  ', kind: '', period: '' })).toEqual([]);
		expect(
			planInteractions(simpleInteractionFilters({ search: '', kind: 'call', period: '' }), TODAY)
		).toEqual({
			index: 'kind',
			kinds: ['call']
		});
	});

	it('live in the address and read back the same (reload, Back, a bookmark)', () => {
		const query = { search: 'lunch & pricing?', kind: 'coffee', period: '30' } as const;
		const search = interactionQueryToSearch(query);
		expect(search).toBe('?search=lunch+%26+pricing%3F&kind=coffee&period=30');
		expect(parseInteractionQuery(new URLSearchParams(search))).toEqual(query);
		expect(interactionQueryToSearch(EMPTY_INTERACTION_QUERY)).toBe('');
		expect(parseInteractionQuery(new URLSearchParams(''))).toEqual(EMPTY_INTERACTION_QUERY);
	});

	it('read an address they did not write as no filter, one field at a time', () => {
		const params = new URLSearchParams({ kind: 'picnic', period: '14', search: 'x'.repeat(201) });
		expect(parseInteractionQuery(params)).toEqual(EMPTY_INTERACTION_QUERY);
		expect(parseInteractionQuery(new URLSearchParams('kind=call&period=banana'))).toEqual({
			search: '',
			kind: 'call',
			period: ''
		});
		// The advanced filters' own parameters are not simple filters.
		expect(parseInteractionQuery(new URLSearchParams('filters=advanced&f=%7B%7D'))).toEqual(
			EMPTY_INTERACTION_QUERY
		);
	});
});
