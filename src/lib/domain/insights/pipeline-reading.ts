import { plural } from '../plural';
import type { PipelineRow } from './charts';
import { percent } from './format';

/** A channel is singled out as converting best only among channels with at least this many leads. */
export const FEW_LEADS = 3;

/**
 * The pipeline card's one-sentence reading. Conversion here is won out of every lead first
 * contacted in the period (open ones included), as its table's last column says; "1 of 1
 * (100%)" says little, so the best is picked among channels with a few leads, and the
 * sentence says so when channels with fewer were left out.
 */
export function describePipeline(rows: readonly PipelineRow[]): string {
	const some = rows.filter((r) => r.total >= FEW_LEADS);
	const ranked = (some.length ? some : rows.filter((r) => r.total > 0)).sort(
		(a, b) => b.conversion - a.conversion || b.total - a.total
	);
	const best = ranked[0];
	if (!best) return '';
	const all = rows.reduce((n, r) => n + r.total, 0);
	const won = rows.reduce((n, r) => n + r.counts.won, 0);
	const contacted = `Of ${plural(all, 'lead')} first contacted in this period,`;
	// Nothing won yet: no channel converts better than another, nothing to single out.
	if (won === 0) return `${contacted} none is won yet.`;
	const opening = `${contacted} ${won} ${won === 1 ? 'is' : 'are'} won (${percent(won / all)})`;
	if (best.counts.won === 0) return `${opening}.`;
	const leftOut = some.length > 0 && rows.some((r) => r.total > 0 && r.total < FEW_LEADS);
	const among = leftOut ? ` of the channels with ${FEW_LEADS} leads or more` : '';
	return `${opening}; ${best.name} converts best${among}: ${best.counts.won} of ${best.total} (${percent(best.conversion)}).`;
}
