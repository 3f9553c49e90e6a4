import { currencyDigits } from './currency-digits';
import { lazily, z } from './zod';

/**
 * A well-formed ISO 4217 code, e.g. EUR. Stored amounts and settings are checked by shape
 * only, so a record made on one browser never fails on another whose currency list
 * differs; Intl formats any well-formed code.
 */
export const currencySchema = lazily(() =>
	z
		.string({ error: 'Currency is required.' })
		.check(z.regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code such as EUR or USD.' }))
);

/** What a person may choose in Settings: a code this device knows. */
export const knownCurrencySchema = lazily(() =>
	currencySchema.check(
		z.refine(isKnownCurrency, {
			error: 'That is not a currency code this device knows (try EUR, USD, GBP).'
		})
	)
);

let known: Set<string> | undefined;

/** ISO 4217 codes the runtime knows; every well-formed code where it cannot list them. */
export function isKnownCurrency(code: string): boolean {
	if (typeof Intl.supportedValuesOf !== 'function') return true;
	known ??= new Set(Intl.supportedValuesOf('currency'));
	return known.has(code);
}

/** The largest amount stored, in minor units either way of zero. */
const MAX_MINOR = 1e13;

/** Money is an integer amount of minor units (cents) plus its currency. Never a float. */
export const moneySchema = lazily(() =>
	z.strictObject({
		amountMinor: z
			.int({ error: 'Amount must be a whole number of cents.' })
			.check(
				z.minimum(-MAX_MINOR, { error: 'That amount is too large.' }),
				z.maximum(MAX_MINOR, { error: 'That amount is too large.' })
			),
		currency: currencySchema
	})
);
export type Money = z.infer<typeof moneySchema>;

/** Costs and deal values: never below zero. */
export const amountSchema = lazily(() =>
	moneySchema.check(
		z.refine((m) => m.amountMinor >= 0, {
			error: 'An amount cannot be negative.',
			path: ['amountMinor']
		})
	)
);

/**
 * Number of minor-unit digits for a currency (2 for EUR, 0 for JPY, 3 for KWD), from Rapport's
 * own table: never the browser's, which can change under stored amounts.
 */
export const minorDigits = currencyDigits;

export function formatMoney(money: Money, locale?: string): string {
	const digits = minorDigits(money.currency);
	return moneyFormat(money.currency, digits, locale).format(money.amountMinor / 10 ** digits);
}

// Making an Intl.NumberFormat costs far more than formatting with one: a list of
// 50 people or a timeline of 60 costs would spend most of its render making them.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, digits: number, locale?: string): Intl.NumberFormat {
	const key = `${locale ?? ''}|${currency}`;
	let format = moneyFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: 'currency',
			currency,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		moneyFormats.set(key, format);
	}
	return format;
}

/** Why typed text is not an amount. */
export type AmountProblem = 'shape' | 'decimals' | 'ambiguous' | 'large';

/**
 * Reads what a person types ("6", "6.5", "1,234.50", "6,50", "1.234,50") as minor units, or
 * says why it cannot. Works on the digits as text so no binary floating point ever touches
 * the stored value.
 */
export function readAmount(
	input: string,
	currency: string
): { ok: true; minor: number } | { ok: false; problem: AmountProblem } {
	const typed = input.trim().replace(/[\s\u00a0'_]/g, '');
	const refused = (problem: AmountProblem) => ({ ok: false, problem }) as const;
	if (typed === '') return refused('shape');
	const digits = minorDigits(currency);
	// Points that group thousands, as much of Europe writes them: "1.500,00", "1.500.000".
	// Read as "1500.00" and "1500000". A single group with no comma after it, "1.500", is
	// fifteen hundred there and one and a half elsewhere: asked again where the currency has
	// fewer than three decimals (with three or more, 1.500 is a plain amount, read as before).
	const pointGrouped = /^-?[1-9]\d{0,2}(?:\.\d{3})+(,\d*)?$/.exec(typed);
	const manyGroups = typed.split('.').length > 2;
	if (pointGrouped && pointGrouped[1] === undefined && !manyGroups && digits < 3) {
		return refused('ambiguous');
	}
	const cleaned =
		pointGrouped && (pointGrouped[1] !== undefined || manyGroups)
			? typed.replace(/\./g, '').replace(',', '.')
			: typed;
	// A group of thousands never starts with 0: "0,500" is a fraction, too long for EUR.
	const match = /^(-)?([1-9]\d{0,2}(?:,\d{3})+|\d+)?(?:([.,])(\d*))?$/.exec(cleaned);
	if (!match || (match[2] === undefined && !match[4])) return refused('shape');
	const [, minus, grouped, separator, fractionText] = match;
	// "1,000,5": a comma cannot both group thousands and start the decimals.
	if (grouped?.includes(',') && separator === ',') return refused('shape');
	// "1,500" where amounts have three decimals (KWD, BHD…): 1500 or 1.500? Too close to call.
	if (digits === 3 && !separator && grouped && /^\d{1,3},\d{3}$/.test(grouped)) {
		return refused('ambiguous');
	}
	const whole = (grouped ?? '0').replace(/,/g, '');
	const fraction = fractionText ?? '';
	if (fraction.length > digits) return refused('decimals');
	const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
	if (!Number.isSafeInteger(minor) || minor > MAX_MINOR) return refused('large');
	// "-0" is zero, never a negative zero shown as "-€0.00".
	return { ok: true, minor: minus && minor !== 0 ? -minor : minor };
}

/** Minor units or null: `readAmount` when the reason does not matter. */
export function parseAmount(input: string, currency: string): number | null {
	const read = readAmount(input, currency);
	return read.ok ? read.minor : null;
}

/**
 * What a form says under an amount it cannot read; `example` is a typical amount for the
 * field ("4.50" for a coffee, "4000" for a deal).
 */
export function amountMessage(problem: AmountProblem, currency: string, example: string): string {
	const digits = minorDigits(currency);
	switch (problem) {
		case 'large':
			return 'That amount is too large.';
		case 'decimals':
			return digits === 0
				? `${currency} amounts have no decimals: enter a whole number.`
				: `${currency} amounts have at most ${digits} decimals.`;
		case 'ambiguous':
			if (digits === 0) return `${currency} amounts have no decimals: write 1500 for thousands.`;
			return `Thousands or decimals? Write 1500 for thousands, or ${
				digits === 3 ? '1.500' : '1.50'
			} with a point for decimals.`;
		default:
			return `Enter an amount like ${example}.`;
	}
}

/** An amount as a person would type it back into a form: "6.50", "1500". */
export function formatMoneyInput(money: Money): string {
	const digits = minorDigits(money.currency);
	const sign = money.amountMinor < 0 ? '-' : '';
	const abs = Math.abs(money.amountMinor);
	if (digits === 0) return `${sign}${abs}`;
	const whole = Math.floor(abs / 10 ** digits);
	const fraction = String(abs % 10 ** digits).padStart(digits, '0');
	return `${sign}${whole}.${fraction}`;
}
