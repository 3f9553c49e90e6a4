import { describe, expect, it } from 'vitest';
import {
	amountMessage,
	formatMoney,
	minorDigits,
	parseAmount,
	readAmount
} from '../../src/lib/domain/money';

describe('money', () => {
	it('knows each currency’s minor digits', () => {
		expect(minorDigits('EUR')).toBe(2);
		expect(minorDigits('JPY')).toBe(0);
		expect(minorDigits('KWD')).toBe(3);
		expect(minorDigits('XYZ')).toBe(2);
	});

	it('keeps its own minor digits where runtimes disagree', () => {
		// Chromium 156 (CLDR 48) says 0 for the Serbian dinar, Node 20's ICU says 2: stored
		// amounts must not shift by 100 when the browser (or its version) changes.
		expect(minorDigits('RSD')).toBe(0);
		expect(formatMoney({ amountMinor: 1500, currency: 'RSD' }, 'en')).toMatch(/^RSD\s1,500$/);
		expect(parseAmount('1500', 'RSD')).toBe(1500);
		expect(minorDigits('HUF')).toBe(0);
		// Codes outside the current list keep the digits they were stored with.
		expect(minorDigits('CLF')).toBe(4);
		expect(parseAmount('15', 'CLF')).toBe(150000);
		expect(minorDigits('ITL')).toBe(0);
	});

	it.each([
		['6', 'EUR', 600],
		['6.5', 'EUR', 650],
		['6,50', 'EUR', 650],
		['1,234.56', 'EUR', 123456],
		['1 234', 'EUR', 123400],
		['0.07', 'EUR', 7],
		['.5', 'EUR', 50],
		['-12.30', 'EUR', -1230],
		['1500', 'JPY', 1500],
		['1.234', 'KWD', 1234],
		// Points grouping thousands, a comma before the decimals (much of Europe).
		['1.500,00', 'EUR', 150000],
		['1.500,5', 'EUR', 150050],
		['12.345.678', 'EUR', 1234567800],
		['-2.000,75', 'EUR', -200075],
		['1.500,250', 'KWD', 1500250],
		['1.500.000', 'HUF', 1500000]
	])('parses %s %s as %i minor units', (input, currency, expected) => {
		expect(parseAmount(input, currency)).toBe(expected);
	});

	it.each(['', 'abc', '1.2.3', '6.555', '1500.5x', '1.500,000', '1.50,00', '0.500,00', '1.500.00'])(
		'refuses %j',
		(input) => {
			expect(parseAmount(input, 'EUR')).toBeNull();
		}
	);

	it('refuses fractions a currency does not have', () => {
		expect(parseAmount('10.5', 'JPY')).toBeNull();
	});

	it('refuses what it could misread by a factor of a thousand', () => {
		// A comma that groups thousands cannot also start the decimals.
		expect(parseAmount('1,000,5', 'EUR')).toBeNull();
		expect(parseAmount('1,000.5', 'EUR')).toBe(100050);
		// A group of thousands never starts with 0: "0,500" is half of something, not 500.
		expect(parseAmount('0,500', 'EUR')).toBeNull();
		expect(parseAmount('0,50', 'EUR')).toBe(50);
		expect(parseAmount('0,500', 'KWD')).toBe(500);
		// With three decimals, "1,500" may be 1500 or 1.500: asked again, never guessed.
		expect(parseAmount('1,500', 'KWD')).toBeNull();
		expect(parseAmount('1.500', 'KWD')).toBe(1500);
		expect(parseAmount('1,500.250', 'KWD')).toBe(1500250);
		expect(parseAmount('1,500,000', 'KWD')).toBe(1500000000);
		// Two decimals: "1,500" is fifteen hundred; "1,50" is one and a half.
		expect(parseAmount('1,500', 'EUR')).toBe(150000);
		expect(parseAmount('1,50', 'EUR')).toBe(150);
		// A point and three digits: fifteen hundred in much of Europe, one and a half elsewhere.
		expect(readAmount('1.500', 'EUR')).toEqual({ ok: false, problem: 'ambiguous' });
		expect(readAmount('1.500', 'HUF')).toEqual({ ok: false, problem: 'ambiguous' });
		expect(parseAmount('1.50', 'EUR')).toBe(150);
		expect(parseAmount('0.500', 'KWD')).toBe(500);
		// Four decimals (CLF): 1.500 is a plain amount there too.
		expect(parseAmount('1.500', 'CLF')).toBe(15000);
	});

	it('reads minus zero as zero', () => {
		expect(Object.is(parseAmount('-0', 'EUR'), 0)).toBe(true);
		expect(Object.is(parseAmount('-0.00', 'EUR'), 0)).toBe(true);
	});

	it('formats without floating-point drift', () => {
		expect(formatMoney({ amountMinor: 10, currency: 'EUR' }, 'en-GB')).toBe('€0.10');
		expect(formatMoney({ amountMinor: 123456789, currency: 'USD' }, 'en-US')).toBe('$1,234,567.89');
		expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
	});

	it('says why an amount cannot be read, in a form’s words', () => {
		const say = (input: string, currency: string) => {
			const read = readAmount(input, currency);
			return read.ok ? read.minor : amountMessage(read.problem, currency, '4.50');
		};
		expect(say('4,50', 'EUR')).toBe(450);
		expect(say('four', 'EUR')).toBe('Enter an amount like 4.50.');
		expect(say('4.5555', 'EUR')).toBe('EUR amounts have at most 2 decimals.');
		expect(say('4.555', 'EUR')).toBe(
			'Thousands or decimals? Write 1500 for thousands, or 1.50 with a point for decimals.'
		);
		expect(say('1.500', 'JPY')).toBe('JPY amounts have no decimals: write 1500 for thousands.');
		expect(say('0,500', 'EUR')).toBe('EUR amounts have at most 2 decimals.');
		expect(say('10.5', 'JPY')).toBe('JPY amounts have no decimals: enter a whole number.');
		expect(say('1,500', 'KWD')).toBe(
			'Thousands or decimals? Write 1500 for thousands, or 1.500 with a point for decimals.'
		);
		// The largest stored amount reads; past it, or past what a number holds exactly, is "too large".
		expect(say('100000000000', 'EUR')).toBe(1e13);
		expect(say('100000000000.01', 'EUR')).toBe('That amount is too large.');
		expect(say('99999999999999999999', 'EUR')).toBe('That amount is too large.');
		expect(say('-100000000000.01', 'EUR')).toBe('That amount is too large.');
	});
});
