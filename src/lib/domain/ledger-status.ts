import { addDaysTo } from './days';
import type { Exchange } from './exchange';
import type { LedgerTotals } from './ledger';
import {
	formatMinutes,
	formatTimeValue,
	sideWorth,
	worthPerMinute,
	type LedgerRules,
	type Worth
} from './ledger-value';
import type { Settings } from './settings';

export const LEDGER_STATUSES = ['you-owe', 'they-owe', 'balanced', 'none'] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];
export const LEDGER_STATUS_LABELS: Record<LedgerStatus, string> = {
	'you-owe': 'You owe them',
	'they-owe': 'They owe you',
	balanced: 'Balanced',
	none: 'No exchanges yet'
};

export type Ledger = {
	status: LedgerStatus;
	given: Worth & { count: number };
	received: Worth & { count: number };
	/** received − given, in worth units (positive: you owe them). */
	balance: number;
};

/** The give and take with one person, valued with the current settings. */
export function ledgerOf(totals: LedgerTotals | undefined, rules: LedgerRules): Ledger {
	if (!totals || totals.given.count + totals.received.count === 0) {
		const zero = { worth: 0, uncounted: {}, count: 0 };
		return { status: 'none', given: zero, received: zero, balance: 0 };
	}
	const given = { ...sideWorth(totals.given, rules), count: totals.given.count };
	const received = { ...sideWorth(totals.received, rules), count: totals.received.count };
	const balance = received.worth - given.worth;
	const within = rules.balancedWithinMinutes * worthPerMinute(rules);
	const status: LedgerStatus =
		Math.abs(balance) <= within ? 'balanced' : balance > 0 ? 'you-owe' : 'they-owe';
	return { status, given, received, balance };
}

/** The status rule in one sentence, with the user's own numbers. */
export function statusRule(rules: LedgerRules, locale?: string): string {
	const within = formatMinutes(rules.balancedWithinMinutes);
	const worth =
		rules.hourlyRateMinor > 0
			? ` (${formatTimeValue(rules.balancedWithinMinutes, rules, locale)})`
			: '';
	const [low, , , , high] = rules.weightMinutes;
	const money =
		rules.hourlyRateMinor > 0
			? `money in ${rules.currency} at your hourly rate, other currencies listed apart`
			: 'money listed apart until you set an hourly rate';
	return (
		`Balanced while what you received and what you gave are within ${within}${worth} of each other, ` +
		`counting time as itself, weights 1 to 5 as ${formatMinutes(low ?? 0)} to ${formatMinutes(high ?? 0)}, and ${money}.`
	);
}

export type AskingTooMuch = { received: number; given: number; windowDays: number };

/**
 * "One who asks too much": in the window you received at least three times and
 * gave fewer than a third as many times. Undefined when that is not the case.
 */
export function askingTooMuch(
	exchanges: readonly Exchange[],
	today: string,
	windowDays: Settings['askingWindowDays']
): AskingTooMuch | undefined {
	const from = addDaysTo(today, -(windowDays - 1));
	let received = 0;
	let given = 0;
	for (const e of exchanges) {
		if (e.deletedAt !== null || e.date < from || e.date > today) continue;
		if (e.direction === 'received') received++;
		else given++;
	}
	return received >= 3 && given * 3 < received ? { received, given, windowDays } : undefined;
}

const times = (n: number) => (n === 0 ? 'not once' : n === 1 ? 'once' : `${n} times`);

export function askingTooMuchReason(flag: AskingTooMuch): string {
	return `In the last ${flag.windowDays} days you received ${times(flag.received)} and gave ${times(flag.given)}.`;
}
