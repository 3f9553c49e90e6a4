import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { personSchema, type Person } from '../../src/lib/domain/person';
import {
	EMPTY_PEOPLE_QUERY,
	filterRows,
	narrowRows,
	rowText,
	sortedRows,
	type RowFilter
} from '../../src/lib/domain/people-query';
import { buildTimeline } from '../../src/lib/domain/timeline';
import type { Interaction } from '../../src/lib/domain/interaction';
import type { Lead } from '../../src/lib/domain/lead';

const meta = (id: string) => ({
	id,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});
const org = organisationSchema.parse({ ...meta('o1'), name: 'Lisbon Founders', kind: 'community' });
const orgs = new Map([[org.id, org]]);
const p = (id: string, fields: Partial<Person>) =>
	personSchema.parse({ ...meta(id), name: id, ...fields });
const people = [
	p('Ana Reis', { roles: ['client'], tags: ['saas'], organisationIds: ['o1'], title: 'CTO' }),
	p('Anabel Costa', { roles: ['mentor'], notes: 'Met at the Lisbon meetup' }),
	p('Ricardo Ana', { roles: ['peer'], tags: ['design'] }),
	p('Bea Ricci', { roles: ['client', 'connector'], emails: ['bea@ana.example'] }),
	p('José Núñez', { roles: ['peer'], cadenceDays: 30 })
];
const rows = sortedRows(people, new Map([['José Núñez', '2026-05-01']]), 'name');
const names = (f: RowFilter) => f.matches.map((r) => r.person.name);
const q = (fields: Partial<typeof EMPTY_PEOPLE_QUERY>) => ({ ...EMPTY_PEOPLE_QUERY, ...fields });

describe('narrowRows: typing searches only the previous matches when it can', () => {
	it('narrows "a" → "an" → "ana" to the same people as a search from scratch', () => {
		let f = narrowRows(undefined, rows, orgs, q({ search: 'a' }));
		for (const search of ['an', 'ana', 'ana ri', 'ana ric']) {
			const before = f.matches;
			f = narrowRows(f, rows, orgs, q({ search }));
			const fresh = filterRows(rows, orgs, q({ search }));
			expect(names(f)).toEqual(fresh.map((r) => r.person.name));
			// Narrowing never finds anyone the previous search did not.
			expect(f.matches.every((r) => before.includes(r))).toBe(true);
		}
		expect(names(f)).toEqual(['Bea Ricci', 'Ricardo Ana']);
	});

	it('searches everyone again when the search is shortened, changed or a filter changes', () => {
		const ana = narrowRows(undefined, rows, orgs, q({ search: 'ana' }));
		expect(names(narrowRows(ana, rows, orgs, q({ search: 'an' })))).toEqual(
			filterRows(rows, orgs, q({ search: 'an' })).map((r) => r.person.name)
		);
		expect(names(narrowRows(ana, rows, orgs, q({ search: 'jose' })))).toEqual(['José Núñez']);
		expect(names(narrowRows(ana, rows, orgs, q({ search: 'ana', role: 'peer' })))).toEqual([
			'Ricardo Ana'
		]);
		const other = sortedRows(people.slice(0, 2), new Map(), 'name');
		expect(names(narrowRows(ana, other, orgs, q({ search: 'anab' })))).toEqual(['Anabel Costa']);
	});

	it('returns the sorted rows themselves when nothing filters', () => {
		expect(filterRows(rows, orgs, q({ search: '  ' }))).toBe(rows);
		expect(narrowRows(undefined, rows, orgs, q({})).matches).toBe(rows);
	});

	it('always equals filtering from scratch, whatever is typed in turn (property)', () => {
		const letters = fc.constantFrom('a', 'n', 'r', 'i', 'c', ' ', 'e', 'l', 'o', 's');
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: letters, maxLength: 6 }), { maxLength: 8 }),
				(typed) => {
					let f: RowFilter | undefined;
					for (const search of typed) {
						f = narrowRows(f, rows, orgs, q({ search }));
						expect(names(f)).toEqual(
							filterRows(rows, orgs, q({ search })).map((r) => r.person.name)
						);
					}
				}
			)
		);
	});
});

describe('rowText', () => {
	it('describes a row once, with its organisations, roles, contact and balance', () => {
		const row = rows.find((r) => r.person.name === 'Ana Reis')!;
		const rules = {
			hourlyRateMinor: 0,
			currency: 'EUR',
			weightMinutes: [],
			balancedWithinMinutes: 0
		};
		const text = rowText(row, orgs, rules);
		expect(text).toEqual({
			subtitle: 'CTO · Lisbon Founders',
			roles: ['Client'],
			contact: 'No contact yet',
			balance: ''
		});
		expect(rowText(row, orgs, rules)).toBe(text);
		const jose = rows.find((r) => r.person.name === 'José Núñez')!;
		expect(rowText(jose, orgs, rules).contact).toMatch(/^Last contact .*2026 · next due .*2026$/);
	});
});

describe('buildTimeline', () => {
	it('puts the newest first, ties in id order, across interactions and leads', () => {
		const i = (id: string, date: string) => ({ id, date }) as Interaction;
		const lead = { id: 'b', firstContactOn: '2026-03-01' } as Lead;
		const entries = buildTimeline(
			[i('c', '2026-03-01'), i('z', '2025-12-31'), i('a', '2026-04-10')],
			[],
			[lead]
		);
		expect(entries.map((e) => `${e.date} ${e.id}`)).toEqual([
			'2026-04-10 a',
			'2026-03-01 b',
			'2026-03-01 c',
			'2025-12-31 z'
		]);
	});
});
