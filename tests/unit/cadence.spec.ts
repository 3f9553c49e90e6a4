import { describe, expect, it } from 'vitest';
import { dueForTouch, newWithoutContact, nextDueOn } from '../../src/lib/domain/cadence';
import { storedPerson } from './factories';

const person = storedPerson;

describe('nextDueOn', () => {
	it('adds the cadence to the last contact', () => {
		expect(nextDueOn(person({ name: 'a', cadenceDays: 30 }), '2026-03-10')).toBe('2026-04-09');
	});

	it('falls back to the day you met, then the day they were added', () => {
		expect(nextDueOn(person({ name: 'a', cadenceDays: 7, metOn: '2026-02-01' }), null)).toBe(
			'2026-02-08'
		);
		expect(nextDueOn(person({ name: 'a', cadenceDays: 7 }), null)).toBe('2026-01-08');
	});

	it('is never due without a cadence, when only followed, or archived', () => {
		expect(nextDueOn(person({ name: 'a' }), '2020-01-01')).toBeNull();
		const followed = person({ name: 'b', cadenceDays: 30, connection: 'following' });
		expect(nextDueOn(followed, '2020-01-01')).toBeNull();
		expect(nextDueOn(person({ name: 'c', cadenceDays: 30, archived: true }), null)).toBeNull();
	});

	it('handles month ends and leap days as calendar days', () => {
		expect(nextDueOn(person({ name: 'a', cadenceDays: 1 }), '2028-02-28')).toBe('2028-02-29');
		expect(nextDueOn(person({ name: 'a', cadenceDays: 1 }), '2027-02-28')).toBe('2027-03-01');
		expect(nextDueOn(person({ name: 'a', cadenceDays: 31 }), '2026-01-31')).toBe('2026-03-03');
		expect(nextDueOn(person({ name: 'a', cadenceDays: 365 }), '2028-02-29')).toBe('2029-02-28');
	});
});

describe('a touch put off', () => {
	const due = person({ name: 'a', cadenceDays: 30 });
	it('is due on the later day while the cadence still gives the day it put off', () => {
		const snoozed = { ...due, touchSnooze: { from: '2026-04-09', until: '2026-04-20' } };
		expect(nextDueOn(snoozed, '2026-03-10')).toBe('2026-04-20');
	});

	it('lapses once a contact (or a new cadence) gives another day', () => {
		const snoozed = { ...due, touchSnooze: { from: '2026-04-09', until: '2026-04-20' } };
		// Logged on 12 March: due 11 April, whatever was put off before.
		expect(nextDueOn(snoozed, '2026-03-12')).toBe('2026-04-11');
		expect(nextDueOn({ ...snoozed, cadenceDays: 14 }, '2026-03-10')).toBe('2026-03-24');
		// Never earlier than the cadence, and never for someone not due at all.
		const earlier = { ...due, touchSnooze: { from: '2026-04-09', until: '2026-04-01' } };
		expect(nextDueOn(earlier, '2026-03-10')).toBe('2026-04-09');
		expect(nextDueOn({ ...snoozed, archived: true }, '2026-03-10')).toBeNull();
	});

	it('reads people stored before touches could be put off', () => {
		const old: Partial<typeof due> = { ...due };
		delete old.touchSnooze;
		expect(nextDueOn(old as typeof due, '2026-03-10')).toBe('2026-04-09');
	});
});

describe('dueForTouch', () => {
	const today = '2026-06-15';
	const people = [
		person({ name: 'Overdue', cadenceDays: 10 }),
		person({ name: 'Due today', cadenceDays: 15 }),
		person({ name: 'Not yet', cadenceDays: 30 }),
		person({ name: 'No cadence' }),
		person({ name: 'Archived', cadenceDays: 1, archived: true }),
		person({ name: 'Followed mentor', cadenceDays: 1, connection: 'following' }),
		person({ name: 'Deleted', cadenceDays: 1, deletedAt: '2026-02-01T00:00:00.000Z' })
	];
	const last = new Map([
		['Overdue', '2026-05-01'],
		['Due today', '2026-05-31'],
		['Not yet', '2026-06-01'],
		['No cadence', '2025-01-01']
	]);

	it('lists only live people whose touch is due, most overdue first', () => {
		const due = dueForTouch(people, last, today);
		expect(due.map((d) => [d.person.name, d.dueOn, d.overdueDays])).toEqual([
			['Overdue', '2026-05-11', 35],
			['Due today', '2026-06-15', 0]
		]);
		expect(due[0]!.lastContactOn).toBe('2026-05-01');
	});
});

describe('newWithoutContact', () => {
	it('lists people added recently who have no interaction yet', () => {
		const recent = person({ name: 'Recent', createdAt: '2026-06-10T10:00:00.000Z' });
		const old = person({ name: 'Old', createdAt: '2026-01-10T10:00:00.000Z' });
		const met = person({ name: 'Met', createdAt: '2026-06-11T10:00:00.000Z' });
		expect(
			newWithoutContact([recent, old, met], new Map([['Met', '2026-06-12']]), '2026-06-15').map(
				(p) => p.name
			)
		).toEqual(['Recent']);
	});
});
