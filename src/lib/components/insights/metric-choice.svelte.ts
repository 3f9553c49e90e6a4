import type { RankBy } from '$lib/domain/insights/charts';

/**
 * Won value or leads, for a card's toggle. Until someone chooses, it follows the data (leads
 * when nothing was won, instead of an empty money chart); a choice holds for the period and
 * currency it was made in, however often the data is read again.
 */
export class MetricChoice {
	#chosen = $state<{ key: string; metric: RankBy } | undefined>();
	#key: () => string;
	#fallback: () => RankBy;

	constructor(key: () => string, fallback: () => RankBy) {
		this.#key = key;
		this.#fallback = fallback;
	}

	get value(): RankBy {
		const key = this.#key();
		return this.#chosen?.key === key ? this.#chosen.metric : this.#fallback();
	}

	set value(metric: RankBy) {
		this.#chosen = { key: this.#key(), metric };
	}
}

/** What a choice holds for: the period shown and its currency. */
export const periodKey = (data: { range: { from: string; to: string } | null; currency: string }) =>
	`${data.range?.from ?? 'all'}|${data.range?.to ?? ''}|${data.currency}`;
