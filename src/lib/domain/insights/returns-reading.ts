import { formatMinutes } from '../ledger-value';
import { formatMoney } from '../money';
import type { ReturnDimension, ReturnRow } from './charts';

/** What "returned" counts per dimension, so a connector further up a chain is not read as a cost. */
const NOTHING_OWN: Record<ReturnDimension, string> = {
	person: 'won lead as client or direct referrer',
	organisation: 'won lead for it',
	channel: 'won lead from it'
};

const RATE_HINT = 'Set an hourly rate in Settings to weigh time against money.';

/**
 * The Return on time card's words: a one-sentence `reading` of the ranked rows, or,
 * when there is nothing to draw (no rows; or no hourly rate and nothing returned
 * anywhere, so every bar would be empty), an `empty` message saying what is missing
 * instead.
 * Never "the most" of a single row.
 */
export function describeReturns(input: {
	/** Ranked, best-paying first (rankedEnds). */
	rows: readonly ReturnRow[];
	dimension: ReturnDimension;
	/** Your currency: the hourly rate's, and the one the chart compares in. */
	base: string;
	/** The currency the other cards show won work in (chartCurrency). */
	wonCurrency: string;
	hourlyRateMinor: number;
	/**
	 * Whether another "Per" (person, organisation, channel) shows value returned in
	 * `base`: then the card keeps its chart and its "Per" choice, to switch to it.
	 */
	returnedElsewhere?: boolean;
	name: (row: ReturnRow) => string;
	locale?: string;
}): { reading: string; empty: string } {
	const { rows, dimension, base, wonCurrency, name } = input;
	const rated = input.hourlyRateMinor > 0;
	const best = rows[0];
	const worst = rows.at(-1);
	if (!best || !worst) {
		return { reading: '', empty: 'No time was logged and no lead was won in this period.' };
	}
	const money = (minor: number) =>
		formatMoney({ amountMinor: minor, currency: base }, input.locale);
	const returned = (r: ReturnRow) => r.returnedMinor[base] ?? 0;
	const spent = (r: ReturnRow) =>
		`${formatMinutes(r.minutes)}${rated ? ` (${money(r.timeMinor)} at your rate)` : ''}`;
	const own = NOTHING_OWN[dimension];
	// "In EUR" only when some value came back in another currency: otherwise it is just noise.
	const otherCurrency = rows.some((r) => Object.keys(r.returnedMinor).some((c) => c !== base));
	const inBase = otherCurrency ? ` in ${base}` : '';

	if (returned(best) === 0) {
		// The other cards show the won work in its own currency (after a change in Settings).
		const mismatch =
			wonCurrency !== base
				? `The work won in this period is mostly in ${wonCurrency}, and your hourly rate is in ${base}: time and what it returned are compared in one currency only, so nothing in ${base} shows here. Record won values in ${base}, or choose ${wonCurrency} in Settings.`
				: '';
		const took =
			worst.minutes === 0
				? ''
				: rows.length === 1
					? `${name(worst)} took ${spent(worst)}`
					: `${name(worst)} took the most time: ${spent(worst)}`;
		if (!rated && !input.returnedElsewhere) {
			// Neither side has a value: every bar would be empty, so say what is missing instead.
			const logged = took ? `${took}, and no ${own}${inBase} came in this period.` : '';
			return {
				reading: '',
				empty: [
					mismatch || logged || `No time with a duration and no ${own}${inBase} in this period.`,
					'Set an hourly rate in Settings to put a value on this time.'
				].join(' ')
			};
		}
		const hint = rated ? '' : ` ${RATE_HINT}`;
		if (mismatch) return { reading: `${mismatch}${hint}`, empty: '' };
		return {
			reading: took ? `No ${own}${inBase} in this period; ${took}.${hint}` : hint.trim(),
			empty: ''
		};
	}
	// "Returned", not "paid": a referrer brings work in, the client pays for it.
	const pays = `${rows.length === 1 ? `${name(best)} brought back` : `${name(best)} brought back the most`}: ${money(returned(best))} of won work for ${spent(best)}`;
	const hint = rated ? '' : ` ${RATE_HINT}`;
	if (worst === best || returned(worst) > 0 || worst.minutes === 0) {
		return { reading: `${pays}.${hint}`, empty: '' };
	}
	return {
		reading: `${pays}; ${name(worst)} took the most time with no ${own}: ${spent(worst)}.${hint}`,
		empty: ''
	};
}
