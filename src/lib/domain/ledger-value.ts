import { formatMoney } from './money';
import type { LedgerSide } from './ledger';
import type { Settings } from './settings';

/**
 * One unit for the balance: your time. Everything is kept as an integer "worth"
 * so no rounding ever accumulates:
 * - with an hourly rate R (minor units per hour), worth = minutes × R, so money
 *   in the base currency adds amount × 60 and worth / 60 is minor units;
 * - without a rate, worth = minutes and money is not counted.
 * Rounding happens once, when a worth is shown.
 */

export type LedgerRules = Pick<
	Settings,
	'hourlyRateMinor' | 'currency' | 'balancedWithinMinutes'
> & {
	weightMinutes: readonly number[];
};

export type Worth = {
	/** Integer; see the module note for the unit. */
	worth: number;
	/** Money not counted in the worth, per currency, in minor units. */
	uncounted: Record<string, number>;
};

/** Minutes × this = worth. */
export const worthPerMinute = (rules: LedgerRules) =>
	rules.hourlyRateMinor > 0 ? rules.hourlyRateMinor : 1;

/** The minutes an exchange stands for, without money (time plus weights on the scale). */
export function sideMinutes(side: LedgerSide, rules: LedgerRules): number {
	let minutes = side.minutes;
	side.weights.forEach((n, i) => (minutes += n * (rules.weightMinutes[i] ?? 0)));
	return minutes;
}

export function sideWorth(side: LedgerSide, rules: LedgerRules): Worth {
	const rate = rules.hourlyRateMinor;
	let worth = sideMinutes(side, rules) * worthPerMinute(rules);
	const uncounted: Record<string, number> = {};
	for (const [currency, minor] of Object.entries(side.money)) {
		if (minor === 0) continue;
		if (rate > 0 && currency === rules.currency) worth += minor * 60;
		else uncounted[currency] = minor;
	}
	return { worth, uncounted };
}

/** "45 min", "2 h", "3 h 20 min". */
export function formatMinutes(minutes: number): string {
	const sign = minutes < 0 ? '−' : '';
	const abs = Math.round(Math.abs(minutes));
	const h = Math.floor(abs / 60);
	const m = abs % 60;
	if (h === 0) return `${sign}${m} min`;
	return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}

/** A worth as people read it: money at the hourly rate, else hours and minutes. */
export function formatWorth(worth: number, rules: LedgerRules, locale?: string): string {
	if (rules.hourlyRateMinor > 0) {
		return formatMoney({ amountMinor: Math.round(worth / 60), currency: rules.currency }, locale);
	}
	return formatMinutes(worth);
}

/** Minutes of your time valued at the rate (or shown as time when there is no rate). */
export function formatTimeValue(minutes: number, rules: LedgerRules, locale?: string): string {
	return formatWorth(minutes * worthPerMinute(rules), rules, locale);
}

/** "US$50.00, £20.00": amounts kept apart, one per currency. */
export function formatUncounted(uncounted: Record<string, number>, locale?: string): string {
	return Object.entries(uncounted)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([currency, amountMinor]) => formatMoney({ amountMinor, currency }, locale))
		.join(', ');
}
