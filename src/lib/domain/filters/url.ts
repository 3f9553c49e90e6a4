import { fieldByKey, type FieldSet } from './fields';
import { FILTER_LIMITS, filterSpecSchema, type FilterSpec } from './schema';

/**
 * Filters in the address bar, so a list can be bookmarked or shared on the
 * device: `?filters=advanced&f=<filter>&f=<filter>…`, one JSON filter per `f`,
 * in order. Whatever comes in is checked: a bad address gives messages and the
 * filters that were fine, never a crash.
 */
export const MODE_PARAM = 'filters';
export const FILTER_PARAM = 'f';

export type FilterMode = 'simple' | 'advanced';

export type ParsedFilters = { mode: FilterMode; filters: FilterSpec[]; problems: string[] };

/** Compact and stable: defaults are written too, so a round trip is exact. */
function encode(spec: FilterSpec): string {
	return JSON.stringify({
		field: spec.field,
		mode: spec.mode,
		locked: spec.locked,
		condition: spec.condition
	});
}

/** Writes mode and filters into `params` (other parameters are kept). */
export function writeFilterParams(
	params: URLSearchParams,
	mode: FilterMode,
	filters: readonly FilterSpec[]
): URLSearchParams {
	const out = new URLSearchParams(params);
	out.delete(MODE_PARAM);
	out.delete(FILTER_PARAM);
	if (mode === 'advanced') {
		out.set(MODE_PARAM, 'advanced');
		for (const f of filters) out.append(FILTER_PARAM, encode(f));
	}
	return out;
}

/** The query string (no `?`) with mode and filters written in, other parameters kept. */
export function filterSearch(
	search: string,
	mode: FilterMode,
	filters: readonly FilterSpec[]
): string {
	return writeFilterParams(new URLSearchParams(search), mode, filters).toString();
}

/** Whether the address asks for advanced filters (checked before loading the builder). */
export function wantsAdvanced(search: URLSearchParams | string): boolean {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	return params.get(MODE_PARAM) === 'advanced' || params.has(FILTER_PARAM);
}

export function readFilterParams<R, C>(
	search: URLSearchParams | string,
	set: FieldSet<R, C>
): ParsedFilters {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const mode: FilterMode = wantsAdvanced(params) ? 'advanced' : 'simple';
	const raw = params.getAll(FILTER_PARAM);
	const problems: string[] = [];
	const filters: FilterSpec[] = [];
	if (raw.length > FILTER_LIMITS.filters) {
		problems.push(
			`The address has ${raw.length} filters; only the first ${FILTER_LIMITS.filters} are used.`
		);
	}
	raw.slice(0, FILTER_LIMITS.filters).forEach((text, i) => {
		const problem = readOne(text, set, filters);
		if (problem) problems.push(`Filter ${i + 1} in the address was left out: ${problem}`);
	});
	return { mode, filters, problems };
}

function readOne<R, C>(text: string, set: FieldSet<R, C>, into: FilterSpec[]): string | undefined {
	if (text.length > 20_000) return 'it is too long.';
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return 'it is not a filter Rapport wrote (the address may have been cut short).';
	}
	const parsed = filterSpecSchema.safeParse(json);
	if (!parsed.success) return parsed.error.issues[0]?.message ?? 'it could not be read.';
	const spec = parsed.data;
	const field = fieldByKey(set, spec.field);
	if (!field) return `there is no field "${spec.field}" on this list.`;
	if (field.kind !== spec.condition.type) {
		return `${field.label} cannot be filtered that way.`;
	}
	into.push(spec);
	return undefined;
}
