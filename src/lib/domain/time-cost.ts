import { addDaysTo } from './days';
import type { Interaction } from './interaction';
import { formatAmounts } from './lead-view';
import { formatMinutes, formatTimeValue, type LedgerRules } from './ledger-value';

/**
 * What networking costs: every interaction's duration, valued later at the hourly
 * rate (see ledger-value), and what was paid out of pocket (the coffee, the event
 * ticket) per currency in minor units, never added across currencies. Tombstoned
 * interactions never count.
 */
export type TimeSpent = { count: number; minutes: number; spent: Record<string, number> };

/** Adds `amountMinor` of `currency` to `spent` (mutates it). */
export function addSpent(spent: Record<string, number>, currency: string, amountMinor: number) {
	spent[currency] = (spent[currency] ?? 0) + amountMinor;
}

export function timeSpent(interactions: readonly Interaction[]): TimeSpent {
	let count = 0;
	let minutes = 0;
	const spent: Record<string, number> = {};
	for (const i of interactions) {
		if (i.deletedAt !== null) continue;
		count++;
		minutes += i.durationMinutes;
		if (i.cost?.amountMinor) addSpent(spent, i.cost.currency, i.cost.amountMinor);
	}
	return { count, minutes, spent };
}

/**
 * "3 interactions, 2 h 15 min, worth €225.00 at your rate. Paid out of pocket: €18.50.":
 * the time given to a person or an organisation, and what it cost in money.
 */
export function timeCostText(time: TimeSpent, rules: LedgerRules): string {
	const count = time.count === 1 ? 'one interaction' : `${time.count} interactions`;
	const worth =
		rules.hourlyRateMinor > 0 ? `, worth ${formatTimeValue(time.minutes, rules)} at your rate` : '';
	const paid = Object.keys(time.spent).length
		? ` Paid out of pocket: ${formatAmounts(time.spent, rules.currency)}.`
		: '';
	return `${count}, ${formatMinutes(time.minutes)}${worth}.${paid}`;
}

/** The first day of this week (weekStartsOn: 0 Sunday, 1 Monday, 6 Saturday), month and year. */
export function periodStarts(today: string, weekStartsOn: 0 | 1 | 6) {
	const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
	const back = (weekday - weekStartsOn + 7) % 7;
	return {
		week: addDaysTo(today, -back),
		month: `${today.slice(0, 7)}-01`,
		year: `${today.slice(0, 4)}-01-01`
	};
}
