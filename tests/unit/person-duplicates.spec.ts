import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/lib/domain/person';
import { findDuplicate } from '../../src/lib/domain/person-duplicates';
import { storedPerson } from './factories';

const person = (id: string, fields: Partial<Person> & { name: string }) =>
	storedPerson({ ...fields, id });
const people = [
	person('p1', { name: 'Margaret Okafor', emails: ['margaret@okafor.studio'] }),
	person('p2', { name: 'Sam Lee', organisationIds: ['o1'] }),
	person('p3', { name: 'Gone Person', deletedAt: '2026-02-01T00:00:00.000Z' }),
	person('p4', { name: 'Ana Archived', archived: true })
];
const find = (name: string, emails: string[] = [], except?: string) =>
	findDuplicate({ name, emails }, people, except)?.id;

describe('a person who may already be in Rapport', () => {
	it('shares an email address, whatever the name and case', () => {
		expect(find('M. Okafor', ['MARGARET@okafor.studio'])).toBe('p1');
	});

	it('has the same name, without case, accents or extra spaces, at any organisation', () => {
		expect(find('  margaret   OKAFOR ')).toBe('p1');
		expect(find('Sam Lée')).toBe('p2');
		expect(find('Sam Leeds')).toBeUndefined();
	});

	it('counts archived people, never deleted ones or the person being edited', () => {
		expect(find('Ana Archived')).toBe('p4');
		expect(find('Gone Person')).toBeUndefined();
		expect(find('Margaret Okafor', [], 'p1')).toBeUndefined();
	});
});
