import { dayRange } from './dates';
import { isComplete } from './evaluate';
import type { FilterSpec } from './schema';

/**
 * How to read interactions for a filter list: through the index the FIRST
 * filter allows (when it includes, and is filled in), else newest first with
 * the filters applied while reading. The other filters always run in memory
 * over what the index returned.
 */
export type InteractionPlan =
	| { index: 'date'; from: string; to: string }
	| { index: 'kind'; kinds: string[] }
	| { index: 'person'; personIds: string[] }
	| { index: 'none' };

const MIN_DAY = '0000-01-01';
const MAX_DAY = '9999-12-31';

export function planInteractions(filters: readonly FilterSpec[], today: string): InteractionPlan {
	const first = filters[0];
	if (!first || first.mode !== 'include' || !isComplete(first.condition, today)) {
		return { index: 'none' };
	}
	const c = first.condition;
	if (first.field === 'date' && c.type === 'date') {
		const range = dayRange(c, today);
		if (!range || 'empty' in range) return { index: 'none' };
		return { index: 'date', from: range.from ?? MIN_DAY, to: range.to ?? MAX_DAY };
	}
	if (first.field === 'kind' && c.type === 'values') {
		return { index: 'kind', kinds: [...c.values].sort() };
	}
	if (first.field === 'people' && c.type === 'values') {
		return { index: 'person', personIds: [...c.values].sort() };
	}
	return { index: 'none' };
}

/** A stable key, so a screen re-reads only when the plan itself changes. */
export function planKey(plan: InteractionPlan): string {
	return JSON.stringify(plan);
}
