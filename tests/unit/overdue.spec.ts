import { describe, expect, it } from 'vitest';
import { overdueLabel } from '../../src/lib/domain/overdue';

const TODAY = '2026-05-14';

describe('how overdue a touch is, in words', () => {
	it('is due today when not late', () => {
		expect(overdueLabel(TODAY, TODAY)).toBe('Due today');
		expect(overdueLabel('2026-05-20', TODAY)).toBe('Due today');
	});

	it('counts days while under two calendar months', () => {
		expect(overdueLabel('2026-05-13', TODAY)).toBe('1 day overdue');
		expect(overdueLabel('2026-03-15', TODAY)).toBe('60 days overdue');
		// 1 Jul to 31 Aug is 61 days but not yet two months.
		expect(overdueLabel('2026-07-01', '2026-08-31')).toBe('61 days overdue');
	});

	it('counts months from two months up to two years', () => {
		expect(overdueLabel('2026-03-14', TODAY)).toBe('2 months overdue');
		expect(overdueLabel('2026-01-10', TODAY)).toBe('Over 4 months overdue');
		expect(overdueLabel('2024-05-15', TODAY)).toBe('Over 23 months overdue');
	});

	it('counts years from two years, never tens of thousands of days', () => {
		expect(overdueLabel('2024-05-14', TODAY)).toBe('2 years overdue');
		expect(overdueLabel('2024-04-14', TODAY)).toBe('Over 2 years overdue');
		expect(overdueLabel('2023-05-14', TODAY)).toBe('3 years overdue');
		// A last contact typed as 1900 with a 30-day cadence: 46,319 days.
		expect(overdueLabel('1900-01-31', TODAY)).toBe('Over 126 years overdue');
	});
});
