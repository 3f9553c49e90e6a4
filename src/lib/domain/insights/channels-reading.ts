import { formatMoney } from '../money';
import type { ChannelComparison } from './charts';

const leads = (n: number) => `${n} ${n === 1 ? 'lead' : 'leads'}`;

/**
 * The channel card's one-sentence reading, from its rows with the most won value in
 * `currency` first. Names the currency only when something was won in another one.
 */
export function describeChannels(
	rows: readonly ChannelComparison[],
	currency: string,
	locale?: string
): string {
	const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, locale);
	const best = rows[0];
	const bestValue = best?.current.wonMinor[currency] ?? 0;
	if (best && bestValue > 0) {
		const before = best.previous
			? `, against ${money(best.previous.wonMinor[currency] ?? 0)} in the previous period`
			: '';
		return `${best.name} brought the most won work: ${money(bestValue)} from ${best.current.won} won ${best.current.won === 1 ? 'lead' : 'leads'}${before}.`;
	}
	const came = rows.reduce((n, r) => n + r.current.leads, 0);
	const won = rows.reduce((n, r) => n + r.current.won, 0);
	const elsewhere = rows.some((r) =>
		Object.entries(r.current.wonMinor).some(([c, n]) => c !== currency && n > 0)
	);
	const start = came === 0 ? 'No lead came in' : `${leads(came)} came in`;
	if (elsewhere) return `${start}; nothing was won in ${currency} in this period.`;
	if (won > 0) {
		return `${start}; ${leads(won)} ${won === 1 ? 'was' : 'were'} won in this period, with no value recorded.`;
	}
	return `${start}; nothing was won in this period.`;
}
