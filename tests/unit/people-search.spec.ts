import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { personSchema } from '../../src/lib/domain/person';
import { searchPeople } from '../../src/lib/domain/people-search';

const meta = (id: string) => ({
	id,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});
const acme = organisationSchema.parse({ ...meta('o1'), name: 'Quartz Analytics' });
const orgs = new Map([[acme.id, acme]]);
const people = [
	personSchema.parse({
		...meta('1'),
		name: 'José Ramos',
		tags: ['local'],
		organisationIds: ['o1']
	}),
	personSchema.parse({
		...meta('2'),
		name: 'Ruth Adler',
		emails: ['ruth@studio.example'],
		notes: 'Loves sketching'
	}),
	personSchema.parse({ ...meta('3'), name: 'Sam Okafor', title: 'CTO', tags: ['saas'] })
];
const names = (search: string) => searchPeople(people, orgs, search).map((p) => p.name);

describe('searchPeople', () => {
	it('matches name, organisation, email, tags, title and notes, ignoring case and accents', () => {
		expect(names('jose')).toEqual(['José Ramos']);
		expect(names('QUARTZ')).toEqual(['José Ramos']);
		expect(names('studio.example')).toEqual(['Ruth Adler']);
		expect(names('saas')).toEqual(['Sam Okafor']);
		expect(names('cto')).toEqual(['Sam Okafor']);
		expect(names('sketch')).toEqual(['Ruth Adler']);
	});

	it('finds letters of their own (ł, ø, ß…) as people type them on any keyboard', () => {
		const more = [
			personSchema.parse({ ...meta('4'), name: 'Łukasz Wałęsa' }),
			personSchema.parse({ ...meta('5'), name: 'Martin Ødegaard', notes: 'Hauptstraße 3' })
		];
		const found = (search: string) => searchPeople(more, orgs, search).map((p) => p.name);
		expect(found('lukasz walesa')).toEqual(['Łukasz Wałęsa']);
		expect(found('odegaard')).toEqual(['Martin Ødegaard']);
		expect(found('hauptstrasse')).toEqual(['Martin Ødegaard']);
		expect(found('ØDEGAARD')).toEqual(['Martin Ødegaard']);
	});

	it('needs every word to match, and an empty search keeps everyone', () => {
		expect(names('jose local')).toEqual(['José Ramos']);
		expect(names('jose saas')).toEqual([]);
		expect(names('   ')).toHaveLength(3);
	});
});
