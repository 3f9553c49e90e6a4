import { compile, evaluate } from '../domain/filters/evaluate';
import { INTERACTION_FIELDS } from '../domain/filters/interactions';
import { planInteractions } from '../domain/filters/plan';
import type { FilterSpec } from '../domain/filters/schema';
import type { Interaction } from '../domain/interaction';
import { interactionCandidates, scanInteractions } from './views-interactions';

export type InteractionListQuery = { specs: FilterSpec[]; today: string; limit: number };

/**
 * `exact`: every interaction the first filter's index allows (the rest of the
 * filters still to apply, in memory). `scan`: the first `limit` matches of all
 * filters, newest first; `complete` when there are no more.
 */
export type InteractionListResult =
	{ kind: 'exact'; rows: Interaction[] } | { kind: 'scan'; rows: Interaction[]; complete: boolean };

const NO_CONTEXT = { people: new Map(), channels: [] };

export async function loadInteractionList(q: InteractionListQuery): Promise<InteractionListResult> {
	const plan = planInteractions(q.specs, q.today);
	if (plan.index !== 'none') return { kind: 'exact', rows: await interactionCandidates(plan) };
	const expr = compile(q.specs, INTERACTION_FIELDS, q.today);
	const { rows, complete } = await scanInteractions((i) => evaluate(expr, i, NO_CONTEXT), q.limit);
	return { kind: 'scan', rows, complete };
}
