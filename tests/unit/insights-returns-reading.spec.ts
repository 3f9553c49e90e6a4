import { describe, expect, it } from 'vitest';
import type { ReturnRow } from '../../src/lib/domain/insights/charts';
import { describeReturns } from '../../src/lib/domain/insights/returns-reading';

const row = (id: string, minutes: number, returned: Record<string, number> = {}, rate = 0) => {
	const timeMinor = Math.round((minutes * rate) / 60);
	return {
		id,
		count: 1,
		minutes,
		timeMinor,
		returnedMinor: returned,
		net: (returned.EUR ?? 0) - timeMinor
	} satisfies ReturnRow;
};
const names: Record<string, string> = { ana: 'Ana Souza', ben: 'Ben Okafor' };
const base = {
	dimension: 'person' as const,
	base: 'EUR',
	wonCurrency: 'EUR',
	hourlyRateMinor: 0,
	name: (r: ReturnRow) => names[r.id] ?? r.id,
	locale: 'en'
};

describe('describeReturns', () => {
	it('with no rate and nothing returned, says what is missing instead of an empty chart', () => {
		// "Start empty", one person, one coffee of 45 minutes.
		expect(describeReturns({ ...base, rows: [row('ana', 45)] })).toEqual({
			reading: '',
			empty:
				'Ana Souza took 45 min, and no won lead as client or direct referrer came in this period. Set an hourly rate in Settings to put a value on this time.'
		});
	});

	it('keeps the chart when another "Per" returned value, to switch to it', () => {
		expect(describeReturns({ ...base, returnedElsewhere: true, rows: [row('ana', 45)] })).toEqual({
			reading:
				'No won lead as client or direct referrer in this period; Ana Souza took 45 min. Set an hourly rate in Settings to weigh time against money.',
			empty: ''
		});
	});

	it('never says "the most" of a single row, with a rate too', () => {
		expect(
			describeReturns({ ...base, hourlyRateMinor: 6000, rows: [row('ana', 45, {}, 6000)] })
		).toEqual({
			reading:
				'No won lead as client or direct referrer in this period; Ana Souza took 45 min (€45.00 at your rate).',
			empty: ''
		});
		expect(describeReturns({ ...base, rows: [row('ana', 90, { EUR: 200000 })] }).reading).toBe(
			'Ana Souza brought back: €2,000.00 of won work for 1 h 30 min. Set an hourly rate in Settings to weigh time against money.'
		);
	});

	it('ranks among several, and names the currency only when another one came back', () => {
		const rows = [row('ben', 30, { EUR: 100000, USD: 5000 }), row('ana', 120)];
		expect(describeReturns({ ...base, rows }).reading).toBe(
			'Ben Okafor brought back the most: €1,000.00 of won work for 30 min; Ana Souza took the most time with no won lead as client or direct referrer: 2 h. Set an hourly rate in Settings to weigh time against money.'
		);
		expect(
			describeReturns({ ...base, rows: [row('ben', 30, { USD: 5000 }), row('ana', 120)] }).empty
		).toBe(
			'Ana Souza took the most time: 2 h, and no won lead as client or direct referrer in EUR came in this period. Set an hourly rate in Settings to put a value on this time.'
		);
	});

	it('has nothing to draw with no rows', () => {
		expect(describeReturns({ ...base, rows: [] }).empty).toBe(
			'No time was logged and no lead was won in this period.'
		);
	});
});
