import { describe, expect, it } from 'vitest';
import { emptyTotals, type LedgerTotals } from '../../src/lib/domain/ledger';
import {
	hasMentors,
	insightPrompts,
	mentorsToGiveTo,
	youOwe
} from '../../src/lib/domain/ledger-today';
import { personSchema, type Person } from '../../src/lib/domain/person';
import { defaultSettings } from '../../src/lib/domain/settings';

const settings = defaultSettings('2026-01-01T00:00:00.000Z');
const today = '2026-06-30';

function person(id: string, more: Partial<Person> = {}): Person {
	return personSchema.parse({
		id,
		name: id.toUpperCase(),
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		...more
	});
}

function totals(personId: string, receivedMinutes: number, lastGivenOn: string | null = null) {
	const t: LedgerTotals = emptyTotals(personId);
	t.received = { ...t.received, count: 1, minutes: receivedMinutes };
	if (lastGivenOn) t.given = { ...t.given, count: 1, weights: [1, 0, 0, 0, 0] };
	t.lastGivenOn = lastGivenOn;
	return t;
}

describe("Today's give-back nudges", () => {
	it('lists who you owe, biggest first, leaving out archived and balanced people', () => {
		const people = [person('a'), person('b'), person('c'), person('d', { archived: true })];
		const map = new Map([
			['a', totals('a', 90)],
			['b', totals('b', 600)],
			['c', totals('c', 30)],
			['d', totals('d', 600)]
		]);
		expect(youOwe(people, map, settings).map((o) => o.person.id)).toEqual(['b', 'a']);
	});

	it('lists mentors you know and have not given to in N days, never-given first', () => {
		const people = [
			person('m1', { roles: ['mentor'] }),
			person('m2', { roles: ['mentor'] }),
			person('m3', { roles: ['mentor'] }),
			person('f', { roles: ['mentor'], connection: 'following' }),
			person('c', { roles: ['client'] })
		];
		const map = new Map([
			['m1', totals('m1', 0, '2026-06-20')],
			['m2', totals('m2', 0, '2026-04-01')]
		]);
		const rows = mentorsToGiveTo(people, map, today, 30);
		expect(rows.map((r) => r.person.id)).toEqual(['m3', 'm2']);
		expect(rows[1]?.daysSince).toBe(90);
		expect(mentorsToGiveTo(people, map, today, 5).map((r) => r.person.id)).toContain('m1');
	});

	it('knows whether there is a mentor to give to at all', () => {
		expect(
			hasMentors([person('a'), person('f', { roles: ['mentor'], connection: 'following' })])
		).toBe(false);
		expect(hasMentors([person('m', { roles: ['mentor'], archived: true })])).toBe(false);
		expect(hasMentors([person('a'), person('m', { roles: ['mentor'] })])).toBe(true);
	});

	it('prompts an insight for people whose work you follow', () => {
		const people = [
			person('f', { connection: 'following', roles: ['mentor'] }),
			person('m', { roles: ['mentor'] })
		];
		expect(insightPrompts(people, new Map(), today, 30).map((r) => r.person.id)).toEqual(['f']);
		const recent = new Map([['f', totals('f', 0, '2026-06-29')]]);
		expect(insightPrompts(people, recent, today, 30)).toEqual([]);
	});
});
