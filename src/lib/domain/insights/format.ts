import { formatDay } from '../days';
import { formatMoney, minorDigits } from '../money';
import { worthPerMinute, type LedgerRules } from '../ledger-value';
import type { Amounts } from './charts';

/** "€1,200.00, US$50.00": one amount per currency, never added together; "—" when none. */
export function formatAmounts(amounts: Amounts, locale?: string): string {
	const parts = Object.entries(amounts)
		.filter(([, n]) => n !== 0)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([currency, amountMinor]) => formatMoney({ amountMinor, currency }, locale));
	return parts.join(', ') || '—';
}

/** Minor units as the major units a chart axis shows (cents to euros). */
export const majorOf = (minor: number, currency: string) => minor / 10 ** minorDigits(currency);

/**
 * A ledger worth (ledger-value.ts) as a chart number: money in major units at
 * the hourly rate, else hours.
 */
export function worthForChart(worth: number, rules: LedgerRules): number {
	if (rules.hourlyRateMinor > 0) return majorOf(worth / 60, rules.currency);
	return worth / worthPerMinute(rules) / 60;
}

/** One formatter per style and locale: making one costs far more than using it (52 weeks, 24 months). */
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(style: 'month' | 'day', locale: string | undefined): Intl.DateTimeFormat {
	const id = `${style}|${locale ?? ''}`;
	let f = formatters.get(id);
	if (!f) {
		f = new Intl.DateTimeFormat(
			locale,
			style === 'month'
				? { month: 'short', year: 'numeric', timeZone: 'UTC' }
				: { day: 'numeric', month: 'short', timeZone: 'UTC' }
		);
		formatters.set(id, f);
	}
	return f;
}

/** "Nov 2026". */
export function monthLabel(month: string, locale?: string): string {
	return dateFormat('month', locale).format(
		Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)
	);
}

/** "24 Nov": a week's first day on a chart axis. */
export function shortDay(day: string, locale?: string): string {
	return dateFormat('day', locale).format(
		Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
	);
}

/** "24 Nov 2025 – 23 Nov 2026". */
export function formatRange(range: { from: string; to: string }, locale?: string): string {
	return `${formatDay(range.from, locale)} – ${formatDay(range.to, locale)}`;
}

/** "37%". */
export const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** A chart number in major units back as money ("€1,200.00"). */
export function formatMajor(major: number, currency: string, locale?: string): string {
	const digits = minorDigits(currency);
	return formatMoney({ amountMinor: Math.round(major * 10 ** digits), currency }, locale);
}
