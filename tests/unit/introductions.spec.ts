import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyPeople,
	emptyIntroductions,
	introducerLookup,
	introductionsFromV3,
	introductionsOf,
	isEmpty,
	type Introductions
} from '../../src/lib/domain/insights/introductions';
import { personSchema, type Person } from '../../src/lib/domain/person';

const IDS = ['a', 'b', 'c', 'É', 'ab', 'z9'];

const person = (id: string, introducedById: string | null, deleted: boolean): Person =>
	personSchema.parse({
		id,
		name: id,
		introducedById,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		deletedAt: deleted ? '2026-03-01T00:00:00.000Z' : null
	});

/** A person's state after an edit: introduced by someone or nobody, live or deleted. */
const edit = fc
	.tuple(fc.constantFrom(...IDS), fc.option(fc.constantFrom(...IDS)), fc.boolean())
	.map(([id, by, deleted]) => person(id, by === id ? null : by, deleted));

describe('who introduced whom', () => {
	it('applying edits one batch at a time gives the row built from everyone at the end', () => {
		fc.assert(
			fc.property(fc.array(fc.array(edit, { maxLength: 4 }), { maxLength: 8 }), (batches) => {
				const row = emptyIntroductions();
				const latest = new Map<string, Person>();
				for (const batch of batches) {
					const before = JSON.stringify(row);
					const changed = applyPeople(row, batch);
					// A real change is always reported (the row is then written).
					if (JSON.stringify(row) !== before) expect(changed).toBe(true);
					for (const p of batch) latest.set(p.id, p);
				}
				const [expected] = introductionsOf([...latest.values()]);
				expect(isEmpty(row) ? undefined : row).toEqual(expected);
				expect(row.people).toEqual([...row.people].sort());
				expect(row.deleted).toEqual([...row.deleted].sort());
			})
		);
	});

	it('answers who introduced someone, and stops at the deleted and the missing', () => {
		const [row] = introductionsOf([
			person('c', 'b', false),
			person('b', 'a', false),
			person('a', null, false),
			person('d', 'c', true)
		]) as [Introductions];
		expect(row).toEqual({
			id: 'introductions',
			people: ['b', 'c'],
			introducers: ['a', 'b'],
			deleted: ['d']
		});
		const by = introducerLookup(row, new Set(['b']));
		expect(by('c')).toBe('b');
		expect(by('a')).toBeNull();
		expect(by('b')).toBeUndefined();
		expect(by('d')).toBeUndefined();
		expect(by('never-seen')).toBeNull();
	});

	it('converts the rows of database versions 3 to 5', () => {
		expect(
			introductionsFromV3({
				id: 'introductions',
				by: { z: 'a', b: 'a', É: 'z' },
				deleted: { q: true, c: true }
			})
		).toEqual([
			{
				id: 'introductions',
				people: ['b', 'z', 'É'],
				introducers: ['a', 'a', 'z'],
				deleted: ['c', 'q']
			}
		]);
		expect(introductionsFromV3({ id: 'introductions', by: {}, deleted: {} })).toEqual([]);
	});
});
