import type { Root } from './attribution';
import type { Lead } from './lead';
import { formatMoney } from './money';

/** Words for a lead's attribution and money, shared by the lead page, the pipeline and Sources. */

/** Why the root connector is who it is, in a sentence. */
export function rootRuleText(root: Root, name: (id: string) => string): string {
	const who = name(root.rootId);
	switch (root.rule) {
		case 'top-of-chain':
			return root.chain.length === 1
				? `Nobody introduced ${who}: the chain starts with them.`
				: `Nobody introduced ${who}: the chain of introductions starts there.`;
		case 'cycle':
			return `The introductions loop back on themselves; the chain stops at ${who}.`;
		case 'deleted-referrer':
			return `${who} is no longer in Rapport, so the chain of introductions stops with them.`;
		case 'missing-person':
			return `Whoever introduced ${who} is no longer in Rapport; the chain stops there.`;
		case 'chain-limit':
			return `The chain of introductions is too long to follow; it stops at ${who}.`;
	}
}

/** Money per currency, never added across currencies: "€7,000.00 + US$1,000.00", or "—". */
export function formatAmounts(amounts: Record<string, number>, base: string): string {
	const entries = Object.entries(amounts).sort(
		([a], [b]) => Number(b === base) - Number(a === base) || a.localeCompare(b)
	);
	if (entries.length === 0) return '—';
	return entries
		.map(([currency, amountMinor]) => formatMoney({ amountMinor, currency }))
		.join(' + ');
}

/** The value shown beside a lead: won value, else the estimate. */
export function leadValueText(lead: Pick<Lead, 'wonValue' | 'estimatedValue'>): string {
	if (lead.wonValue) return formatMoney(lead.wonValue);
	if (lead.estimatedValue) return `est. ${formatMoney(lead.estimatedValue)}`;
	return '';
}

/** "42%", or "—" when nothing is decided. */
export function formatConversion(conversion: number | null): string {
	return conversion === null ? '—' : `${Math.round(conversion * 100)}%`;
}
