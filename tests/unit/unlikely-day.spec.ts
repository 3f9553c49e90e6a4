import { describe, expect, it } from 'vitest';
import { unlikelyDayNote } from '../../src/lib/domain/unlikely-day';

const TODAY = '2026-05-14';

describe('a day far enough from today to look like a mistyped year', () => {
	it('notes a day more than 30 years ago, for what happened and what is planned', () => {
		expect(unlikelyDayNote('1925-05-14', TODAY, 'happened')).toBe(
			'That is 101 years ago. Check the year.'
		);
		expect(unlikelyDayNote('1925-05-15', TODAY, 'planned')).toBe(
			'That is 100 years ago. Check the year.'
		);
		expect(unlikelyDayNote('1900-01-01', TODAY, 'happened')).toBe(
			'That is 126 years ago. Check the year.'
		);
	});

	it('is quiet up to exactly 30 years ago, and speaks the day before', () => {
		expect(unlikelyDayNote('1996-05-14', TODAY, 'happened')).toBeUndefined();
		expect(unlikelyDayNote('1996-05-13', TODAY, 'happened')).toBe(
			'That is 30 years ago. Check the year.'
		);
		expect(unlikelyDayNote('2015-05-14', TODAY, 'happened')).toBeUndefined();
		expect(unlikelyDayNote(TODAY, TODAY, 'happened')).toBeUndefined();
	});

	it('allows a follow-up up to 2 years ahead, and notes one beyond', () => {
		expect(unlikelyDayNote('2027-05-14', TODAY, 'planned')).toBeUndefined();
		expect(unlikelyDayNote('2028-05-14', TODAY, 'planned')).toBeUndefined();
		expect(unlikelyDayNote('2028-05-15', TODAY, 'planned')).toBe(
			'That is 2 years from now. Check the year.'
		);
		expect(unlikelyDayNote('2062-05-14', TODAY, 'planned')).toBe(
			'That is 36 years from now. Check the year.'
		);
	});

	it('notes something that happened more than a year ahead (saving refuses any future day)', () => {
		expect(unlikelyDayNote('2026-05-15', TODAY, 'happened')).toBeUndefined();
		expect(unlikelyDayNote('2027-05-14', TODAY, 'happened')).toBeUndefined();
		expect(unlikelyDayNote('2027-05-15', TODAY, 'happened')).toBe(
			'That is 1 year from now. Check the year.'
		);
		expect(unlikelyDayNote('2062-01-01', TODAY, 'happened')).toBe(
			'That is 35 years from now. Check the year.'
		);
	});

	it('counts from a leap day as the calendar does', () => {
		expect(unlikelyDayNote('1994-02-28', '2024-02-29', 'happened')).toBeUndefined();
		expect(unlikelyDayNote('1994-02-27', '2024-02-29', 'happened')).toBe(
			'That is 30 years ago. Check the year.'
		);
		expect(unlikelyDayNote('2026-02-28', '2024-02-29', 'planned')).toBeUndefined();
		expect(unlikelyDayNote('2026-03-01', '2024-02-29', 'planned')).toBe(
			'That is 2 years from now. Check the year.'
		);
	});

	it('says nothing of an empty field, a half-typed year or a day saving refuses anyway', () => {
		expect(unlikelyDayNote('', TODAY, 'planned')).toBeUndefined();
		// A date field while "2025" is typed into its year.
		for (const typing of ['0002-05-14', '0020-05-14', '0202-05-14']) {
			expect(unlikelyDayNote(typing, TODAY, 'happened')).toBeUndefined();
		}
		expect(unlikelyDayNote('1899-12-31', TODAY, 'happened')).toBeUndefined();
		expect(unlikelyDayNote('2101-01-01', TODAY, 'planned')).toBeUndefined();
		expect(unlikelyDayNote('20255-05-14', TODAY, 'planned')).toBeUndefined();
	});
});
