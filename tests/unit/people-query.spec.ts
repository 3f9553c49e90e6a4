import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../src/lib/domain/organisation';
import { personSchema, type Person } from '../../src/lib/domain/person';
import {
	EMPTY_PEOPLE_QUERY,
	keptPeopleQuery,
	queryPeople,
	tagsInUse
} from '../../src/lib/domain/people-query';

const meta = (id: string) => ({
	id,
	createdAt: '2026-01-01T00:00:00.000Z',
	updatedAt: '2026-01-01T00:00:00.000Z'
});
const org = organisationSchema.parse({ ...meta('o1'), name: 'Chamber', kind: 'community' });
const orgs = new Map([[org.id, org]]);
const p = (id: string, fields: Partial<Person>) =>
	personSchema.parse({ ...meta(id), name: id, ...fields });
const people = [
	p('Cleo', { roles: ['client'], tags: ['Local'], organisationIds: ['o1'], cadenceDays: 30 }),
	p('Abe', { roles: ['mentor'], tags: ['design'], cadenceDays: 7 }),
	p('Bea', { roles: ['client', 'connector'], tags: ['local', 'saas'] }),
	p('Dan', { roles: ['peer'], cadenceDays: 60 })
];
const last = new Map([
	['Cleo', '2026-05-01'],
	['Abe', '2026-05-20'],
	['Bea', '2026-04-01']
]);
const names = (q: Partial<typeof EMPTY_PEOPLE_QUERY>) =>
	queryPeople(people, orgs, last, { ...EMPTY_PEOPLE_QUERY, ...q }).map((r) => r.person.name);

describe('queryPeople', () => {
	it('filters by role, tag (any case) and organisation, combined with search', () => {
		expect(names({ role: 'client' })).toEqual(['Bea', 'Cleo']);
		expect(names({ tag: 'LOCAL' })).toEqual(['Bea', 'Cleo']);
		expect(names({ organisationId: 'o1' })).toEqual(['Cleo']);
		expect(names({ role: 'client', tag: 'saas' })).toEqual(['Bea']);
		expect(names({ role: 'client', search: 'cle' })).toEqual(['Cleo']);
	});

	it('sorts by last contact, newest first, never-contacted last', () => {
		expect(names({ sort: 'lastContact' })).toEqual(['Abe', 'Cleo', 'Bea', 'Dan']);
	});

	it('sorts by next due, soonest first, no cadence last', () => {
		// Abe 05-20 + 7 = 05-27; Cleo 05-01 + 30 = 05-31; Dan added 01-01 + 60 = 03-02; Bea none.
		const rows = queryPeople(people, orgs, last, { ...EMPTY_PEOPLE_QUERY, sort: 'nextDue' });
		expect(rows.map((r) => [r.person.name, r.nextDueOn])).toEqual([
			['Dan', '2026-03-02'],
			['Abe', '2026-05-27'],
			['Cleo', '2026-05-31'],
			['Bea', null]
		]);
	});
});

describe('tagsInUse', () => {
	it('lists each tag once, most used first, keeping the first spelling', () => {
		expect(tagsInUse(people)).toEqual(['Local', 'design', 'saas']);
	});
});

describe('person form', () => {
	it('keeps stored link labels, splits organisations by line, and flags future days', async () => {
		const { formToDraft, personToForm, futureDayError } =
			await import('../../src/lib/domain/person-form');
		const kenji = p('Kenji', { links: [{ label: 'Website', url: 'https://example.com/k' }] });
		const values = personToForm(kenji, ['Smith, Jones & Co', 'Chamber']);
		expect(values.organisations).toBe('Smith, Jones & Co\nChamber');
		const { draft, organisationNames } = formToDraft(
			{ ...values, links: `${values.links}\nhttps://example.com/new` },
			kenji.links
		);
		expect(organisationNames).toEqual(['Smith, Jones & Co', 'Chamber']);
		expect(draft.links).toEqual([
			{ label: 'Website', url: 'https://example.com/k' },
			{ label: '', url: 'https://example.com/new' }
		]);
		expect(futureDayError('2026-11-23', '2026-11-22')).toBe('That date is in the future.');
		expect(futureDayError('2026-11-22', '2026-11-22')).toBeUndefined();
		expect(futureDayError('', '2026-11-22')).toBeUndefined();
	});
});

describe('tagSuggestions', () => {
	it('completes the tag being typed after the last comma, skipping ones already there', async () => {
		const { tagSuggestions } = await import('../../src/lib/domain/people-query');
		const known = ['local', 'design', 'saas', 'legal'];
		expect(tagSuggestions('', known)).toEqual(known);
		expect(tagSuggestions('l', known)).toEqual(['local', 'legal']);
		expect(tagSuggestions('saas, l', known)).toEqual(['saas, local', 'saas, legal']);
		expect(tagSuggestions('local, LO', known)).toEqual([]);
		expect(tagSuggestions('design,', known)).toEqual([
			'design, local',
			'design, saas',
			'design, legal'
		]);
	});
});

describe('queryPeople by give and take', () => {
	const rules = {
		hourlyRateMinor: 0,
		currency: 'EUR',
		weightMinutes: [15, 30, 60, 120, 240],
		balancedWithinMinutes: 60
	};
	const side = (minutes: number) => ({
		count: minutes ? 1 : 0,
		minutes,
		weights: [0, 0, 0, 0, 0] as [number, number, number, number, number],
		money: {}
	});
	const row = (personId: string, received: number, given: number) => ({
		personId,
		given: side(given),
		received: side(received),
		lastGivenOn: null,
		lastReceivedOn: null
	});
	const totals = new Map([
		['Cleo', row('Cleo', 300, 0)], // you owe 5 h
		['Abe', row('Abe', 0, 150)], // they owe you
		['Bea', row('Bea', 120, 0)] // you owe 2 h
	]);
	const ledgerNames = (q: Partial<typeof EMPTY_PEOPLE_QUERY>) =>
		queryPeople(people, orgs, last, { ...EMPTY_PEOPLE_QUERY, ...q }, { totals, rules }).map(
			(r) => r.person.name
		);

	it('sorts by balance: you owe most first, they owe you last, no exchanges after', () => {
		expect(ledgerNames({ sort: 'balance' })).toEqual(['Cleo', 'Bea', 'Abe', 'Dan']);
	});

	it('filters by status, and the rule uses the current settings', () => {
		expect(ledgerNames({ status: 'you-owe' })).toEqual(['Bea', 'Cleo']);
		expect(ledgerNames({ status: 'they-owe' })).toEqual(['Abe']);
		expect(ledgerNames({ status: 'none' })).toEqual(['Dan']);
		const generous = { totals, rules: { ...rules, balancedWithinMinutes: 180 } };
		expect(
			queryPeople(people, orgs, last, { ...EMPTY_PEOPLE_QUERY, status: 'balanced' }, generous).map(
				(r) => r.person.name
			)
		).toEqual(['Abe', 'Bea']);
	});
});

describe('the query kept for Back', () => {
	it('keeps what is readable and empties the rest', () => {
		expect(
			keptPeopleQuery({ search: 'ruth', role: 'mentor', sort: 'nextDue', status: 'you-owe' })
		).toMatchObject({ search: 'ruth', role: 'mentor', sort: 'nextDue', tag: '' });
		expect(keptPeopleQuery({ search: 5, role: 'boss', sort: 'shoe size' })).toEqual(
			EMPTY_PEOPLE_QUERY
		);
		expect(keptPeopleQuery('nonsense')).toEqual(EMPTY_PEOPLE_QUERY);
	});
});
