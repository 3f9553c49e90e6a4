import { describe, expect, it } from 'vitest';
import { snoozeChoices, snoozeMessage } from '../../src/lib/domain/snooze';

describe('putting a follow-up off', () => {
	it('offers tomorrow, in three days and in a week, counted from today', () => {
		expect(snoozeChoices('2026-11-24', '2026-11-20')).toEqual([
			{ label: 'Tomorrow', day: '2026-11-25' },
			{ label: 'In 3 days', day: '2026-11-27' },
			{ label: 'In a week', day: '2026-12-01' }
		]);
		// Across a month's and a year's end.
		expect(snoozeChoices('2026-12-30', '2026-12-30').map((c) => c.day)).toEqual([
			'2026-12-31',
			'2027-01-02',
			'2027-01-06'
		]);
	});

	it('never offers a day that would bring a later follow-up forward', () => {
		expect(snoozeChoices('2026-11-24', '2026-11-26').map((c) => c.label)).toEqual([
			'In 3 days',
			'In a week'
		]);
		expect(snoozeChoices('2026-11-24', '2026-12-01')).toEqual([]);
	});

	it('takes another day from today on, and says what is wrong with any other', () => {
		expect(snoozeMessage('2026-11-24', '2026-11-20', '2026-11-24')).toBeNull();
		expect(snoozeMessage('2026-11-24', '2026-11-20', '2027-03-01')).toBeNull();
		// Earlier than a future due day is allowed: it is the person's choice.
		expect(snoozeMessage('2026-11-24', '2026-12-10', '2026-11-30')).toBeNull();
		expect(snoozeMessage('2026-11-24', '2026-11-20', '')).toBe('Choose a day.');
		expect(snoozeMessage('2026-11-24', '2026-11-20', '2026-02-30')).toBe('Enter a real date.');
		expect(snoozeMessage('2026-11-24', '2026-11-20', '2026-11-23')).toMatch(
			/^Choose today or a later day \(today is .+\)\.$/
		);
		expect(snoozeMessage('2026-11-24', '2026-11-30', '2026-11-30')).toMatch(
			/^It is already due on .+\.$/
		);
	});

	it('puts a touch off to tomorrow at the earliest: put off to today, it would stay on Today', () => {
		expect(snoozeMessage('2026-11-24', '2026-11-20', '2026-11-24', 'tomorrow')).toMatch(
			/^Choose tomorrow or a later day \(tomorrow is .+25.+\)\.$/
		);
		expect(snoozeMessage('2026-11-24', '2026-11-20', '2026-11-25', 'tomorrow')).toBeNull();
	});
});
