import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	alreadyChosen,
	emptyListNote,
	exactMatch,
	excludedMatches,
	listNames,
	matchPeople,
	moreMessage,
	newPersonName,
	namedAs,
	peopleNamed,
	pickerIndex,
	PICKER_LIMIT,
	settleLeftover,
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

describe('newPersonName', () => {
	it('offers the typed name, spaces tidied, when nobody is called that', () => {
		expect(newPersonName(index, '  Zed   Newman ')).toBe('Zed Newman');
		// Part of someone's name is still a new name: "Sam" is not Sam Okafor.
		expect(newPersonName(index, 'Sam')).toBe('Sam');
	});

	it('offers nothing for someone who exists, accents and case aside, chosen or not', () => {
		expect(newPersonName(index, 'jose RAMOS')).toBeUndefined();
		expect(newPersonName(index, 'Zoe Samper')).toBeUndefined();
		expect(newPersonName(pickerIndex([]), 'Ruth Adler')).toBe('Ruth Adler');
	});

	it('offers nothing for text that matches only people already chosen', () => {
		expect(newPersonName(index, 'ruth adl', ['ruth'])).toBeUndefined();
		expect(newPersonName(index, 'ruth adl')).toBe('ruth adl');
		// Others still match: a new "Sam" can be added beside them.
		expect(newPersonName(index, 'Sam', ['sam'])).toBe('Sam');
	});

	it('offers nothing for blank text or punctuation alone', () => {
		expect(newPersonName(index, '   ')).toBeUndefined();
		expect(newPersonName(index, ' - ')).toBeUndefined();
	});
});

describe('excludedMatches and listNames', () => {
	it('finds the people left out whose names match, as the list would, in name order', () => {
		const left = (text: string, exclude: string[]) =>
			excludedMatches(index, text, exclude).map((p) => p.id);
		expect(left('sam', ['sam', 'zoe', 'jose'])).toEqual(['sam', 'zoe']);
		expect(left('SAMPER zoë', ['zoe'])).toEqual(['zoe']);
		expect(left('sam', [])).toEqual([]);
		expect(left('  ', ['sam'])).toEqual([]);
		expect(left('ruth', ['sam'])).toEqual([]);
	});

	it('names one, two, three, or two and how many others', () => {
		const p = (...names: string[]) => names.map((name, i) => ({ id: String(i), name }));
		expect(listNames(p('Maria Lopez'))).toBe('Maria Lopez');
		expect(listNames(p('Maria Lopez', 'Sam Okafor'))).toBe('Maria Lopez and Sam Okafor');
		expect(listNames(p('A', 'B', 'C'))).toBe('A, B and C');
		expect(listNames(p('A', 'B', 'C', 'D', 'E'))).toBe('A, B and 3 others');
	});
});

describe('emptyListNote', () => {
	it('says who is chosen already rather than that no one is called that', () => {
		expect(emptyListNote(index, 'ruth', ['ruth'])).toBe('Ruth Adler is already chosen.');
		expect(emptyListNote(index, 'ram', ['jose', 'anna', 'sam'])).toBe(
			'anna ramos and José Ramos are already chosen.'
		);
	});

	it('says no one is called that only when no one is, chosen or not', () => {
		expect(emptyListNote(index, ' Xqzv ', ['ruth'])).toBe('No one called “Xqzv”.');
		expect(emptyListNote(index, '', ['ruth'])).toBe('No one left to choose.');
	});

	it("takes the field's own words for why someone is left out", () => {
		expect(
			emptyListNote(index, 'ruth', ['ruth'], (n) => `${n} is the person you are editing.`)
		).toBe('Ruth Adler is the person you are editing.');
		expect(alreadyChosen('A and B', 2)).toBe('A and B are already chosen.');
	});
});

describe('peopleNamed', () => {
	it('finds everyone of a full name, without an index, as namedAs does with one', () => {
		const list = [
			{ id: 'a', name: 'Olga Berg' },
			{ id: 'b', name: 'olga  BERG' },
			{ id: 'c', name: 'Olga Bergman' }
		];
		expect(peopleNamed(list, ' Olga berg ').map((p) => p.id)).toEqual(['a', 'b']);
		expect(
			namedAs(pickerIndex(list), ' Olga berg ')
				.map((p) => p.id)
				.sort()
		).toEqual(['a', 'b']);
		expect(peopleNamed(list, '  ')).toEqual([]);
	});
});

describe('settleLeftover', () => {
	it('picks the one person a full name names, among those the field may take', () => {
		expect(settleLeftover(index, ' RUTH adler ')).toEqual({
			action: 'pick',
			person: { id: 'ruth', name: 'Ruth Adler' }
		});
	});

	it('drops nothing typed, and text naming only people chosen already: it holds nothing up', () => {
		expect(settleLeftover(index, '  ')).toEqual({ action: 'drop' });
		expect(settleLeftover(index, 'ruth', ['ruth'])).toEqual({ action: 'drop' });
		expect(settleLeftover(index, 'Ruth Adler', ['ruth'])).toEqual({ action: 'drop' });
		expect(settleLeftover(index, 'ramos', ['jose', 'anna'])).toEqual({ action: 'drop' });
	});

	it('asks to choose when people who may be chosen match, and never says no one is called that', () => {
		expect(settleLeftover(index, 'rut')).toEqual({
			action: 'keep',
			message: '“rut” matches Ruth Adler: choose from the list, or clear the field.'
		});
		// José is chosen; anna ramos may still be.
		expect(settleLeftover(index, 'ramos', ['jose'])).toEqual({
			action: 'keep',
			message: '“ramos” matches anna ramos: choose from the list, or clear the field.'
		});
		expect(settleLeftover(index, 'Sam', ['sam'])).toEqual({
			action: 'keep',
			message: '“Sam” matches 3 people: choose one from the list, or clear the field.'
		});
		const twins = pickerIndex([
			{ id: 'a', name: 'Alex Kim' },
			{ id: 'b', name: 'Alex Kim' }
		]);
		expect(settleLeftover(twins, 'alex kim')).toEqual({
			action: 'keep',
			message: '“alex kim” matches 2 people: choose one from the list, or clear the field.'
		});
	});

	it('says no one is called that when no one is', () => {
		expect(settleLeftover(index, 'Tom Baker', ['ruth'])).toEqual({
			action: 'keep',
			message:
				'No one called “Tom Baker” is in Rapport yet. Choose someone from the list, or clear the field.'
		});
		// A picker that adds people says that is a way out too.
		expect(settleLeftover(index, 'Tom Baker', [], true)).toEqual({
			action: 'keep',
			message:
				'No one called “Tom Baker” is in Rapport yet. Add them as a new person from the list, choose someone, or clear the field.'
		});
	});
});
