import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	exactMatch,
	matchPeople,
	moreMessage,
	pickerIndex,
	PICKER_LIMIT,
	type PickerPerson
} from '../../src/lib/domain/person-picker';

const people: PickerPerson[] = [
	{ id: 'jose', name: 'José Ramos' },
	{ id: 'sam', name: 'Sam Okafor' },
	{ id: 'rosa', name: 'Rosa Samuels' },
	{ id: 'isam', name: 'Lisam Quist' },
	{ id: 'ruth', name: 'Ruth Adler' },
	{ id: 'zoe', name: 'Zoë Samper' },
	{ id: 'anna', name: 'anna ramos' }
];
const index = pickerIndex(people);
const names = (query: string, options?: Parameters<typeof matchPeople>[2]) =>
	matchPeople(index, query, options).shown.map((p) => p.name);

describe('matchPeople', () => {
	it('ignores accents and case, both ways', () => {
		expect(names('jose')).toEqual(['José Ramos']);
		expect(names('JOSÉ')).toEqual(['José Ramos']);
		expect(names('zoe')).toEqual(['Zoë Samper']);
		expect(names('ZOË sam')).toEqual(['Zoë Samper']);
	});

	it('ranks a name starting with the query, then a word starting with it, then any substring', () => {
		// "Sam Okafor" starts with it; Rosa Samuels and Zoë Samper have a word that
		// does (alphabetical between them); Lisam Quist only contains it.
		expect(names('sam')).toEqual(['Sam Okafor', 'Rosa Samuels', 'Zoë Samper', 'Lisam Quist']);
	});

	it('needs every word, in any order, each a prefix of some word to rank as one', () => {
		expect(names('ramos j')).toEqual(['José Ramos']);
		expect(names('ram')).toEqual(['anna ramos', 'José Ramos']);
		expect(names('sam quist')).toEqual(['Lisam Quist']);
		expect(names('sam adler')).toEqual([]);
	});

	it('lists everyone alphabetically for an empty query, suggested people first in their order', () => {
		expect(names('')).toEqual([
			'anna ramos',
			'José Ramos',
			'Lisam Quist',
			'Rosa Samuels',
			'Ruth Adler',
			'Sam Okafor',
			'Zoë Samper'
		]);
		expect(names('  ', { suggested: ['zoe', 'ruth'] }).slice(0, 3)).toEqual([
			'Zoë Samper',
			'Ruth Adler',
			'anna ramos'
		]);
	});

	it('puts suggested people first among equally good matches only', () => {
		expect(names('sam', { suggested: ['zoe', 'isam'] })).toEqual([
			'Sam Okafor',
			'Zoë Samper',
			'Rosa Samuels',
			'Lisam Quist'
		]);
	});

	it('neither shows nor counts excluded people', () => {
		const result = matchPeople(index, 'sam', { exclude: ['sam', 'zoe'], suggested: ['zoe'] });
		expect(result.shown.map((p) => p.id)).toEqual(['rosa', 'isam']);
		expect(result.total).toBe(2);
		expect(matchPeople(index, '', { exclude: ['sam'] }).total).toBe(people.length - 1);
	});

	it('shows at most the limit and counts the rest', () => {
		const many = pickerIndex(
			Array.from({ length: 250 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }))
		);
		const all = matchPeople(many, 'person');
		expect(all.shown).toHaveLength(PICKER_LIMIT);
		expect(all.total).toBe(250);
		expect(moreMessage(all)).toBe('and 238 more — keep typing');
		const few = matchPeople(many, 'person 24');
		expect(few.shown.map((p) => p.name)).toEqual([
			'Person 24',
			'Person 240',
			'Person 241',
			'Person 242',
			'Person 243',
			'Person 244',
			'Person 245',
			'Person 246',
			'Person 247',
			'Person 248',
			'Person 249',
			// Only contains "24": after every name with a word starting with it.
			'Person 124'
		]);
		// Person 224 also contains "24": counted, not shown.
		expect(few.total).toBe(13);
		expect(moreMessage(few)).toBe('and 1 more — keep typing');
		expect(moreMessage(matchPeople(many, 'person 249'))).toBe('');
		expect(moreMessage(matchPeople(many, 'zz'))).toBe('');
		expect(matchPeople(many, 'zz').total).toBe(0);
	});

	it('never ranks a worse match above a better one, and never exceeds the limit', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 12 }) }), {
					maxLength: 40
				}),
				fc.string({ maxLength: 4 }),
				fc.integer({ min: 1, max: 15 }),
				(list, query, limit) => {
					const { shown, total } = matchPeople(pickerIndex(list), query, { limit });
					expect(shown.length).toBeLessThanOrEqual(Math.min(limit, total));
					expect(total).toBeLessThanOrEqual(list.length);
					if (total <= limit) expect(shown.length).toBe(total);
				}
			)
		);
	});
});

describe('exactMatch', () => {
	it('finds the one person with exactly that name, accents and case aside', () => {
		expect(exactMatch(index, 'jose ramos')?.id).toBe('jose');
		expect(exactMatch(index, ' Sam  Okafor ')?.id).toBe('sam');
		expect(exactMatch(index, 'sam')).toBeUndefined();
		expect(exactMatch(index, '')).toBeUndefined();
		expect(exactMatch(index, 'sam okafor', ['sam'])).toBeUndefined();
	});

	it('refuses to guess between two people of the same name', () => {
		const twins = pickerIndex([
			{ id: 'a', name: 'Alex Kim' },
			{ id: 'b', name: 'Alex Kim' }
		]);
		expect(exactMatch(twins, 'alex kim')).toBeUndefined();
	});
});
