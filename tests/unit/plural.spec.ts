import { describe, expect, it } from 'vitest';
import { matchCount, plural } from '../../src/lib/domain/plural';

describe('plural and matchCount', () => {
	it('counts with the right noun', () => {
		expect(plural(1, 'lead')).toBe('1 lead');
		expect(plural(1200, 'person', 'people')).toBe('1,200 people');
	});

	it('says how many of a list match, or the whole count when all do', () => {
		expect(matchCount(0, 1, 'lead')).toBe('0 of 1 lead match');
		expect(matchCount(3, 59, 'person', 'people')).toBe('3 of 59 people match');
		expect(matchCount(4, 4, 'lead')).toBe('4 leads');
	});
});
