import {
	FILTER_LIMITS,
	filterListSchema,
	type Entity,
	type FilterSpec,
	type SavedView
} from './schema';

export type ViewChange =
	| { ok: true; views: SavedView[]; view: SavedView; replaced: boolean }
	| { ok: false; message: string };

/**
 * Saves `filters` as a view named `name` for `entity`. A view with the same
 * name (ignoring case) on the same list is replaced: its id stays, so a
 * bookmark of it keeps working.
 */
export function putView(
	views: readonly SavedView[],
	entity: Entity,
	name: string,
	filters: readonly FilterSpec[],
	newId: () => string
): ViewChange {
	const trimmed = name.trim();
	if (trimmed === '') return { ok: false, message: 'Give the view a name.' };
	if (trimmed.length > FILTER_LIMITS.viewName) {
		return { ok: false, message: `View names are at most ${FILTER_LIMITS.viewName} characters.` };
	}
	if (filters.length === 0) return { ok: false, message: 'Add a filter before saving a view.' };
	// What the view will be checked against when stored: said here, in the filters' words.
	const checked = filterListSchema.safeParse(filters);
	if (!checked.success) {
		const issue = checked.error.issues[0];
		const index = typeof issue?.path[0] === 'number' ? issue.path[0] : undefined;
		const where = index === undefined ? '' : `Filter ${index + 1}: `;
		return { ok: false, message: `${where}${issue?.message ?? 'A filter is not valid.'}` };
	}
	const existing = views.find(
		(v) => v.entity === entity && v.name.toLowerCase() === trimmed.toLowerCase()
	);
	const view: SavedView = {
		id: existing?.id ?? newId(),
		entity,
		name: trimmed,
		filters: filters.map((f) => ({ ...f }))
	};
	if (existing) {
		return { ok: true, views: views.map((v) => (v === existing ? view : v)), view, replaced: true };
	}
	if (views.length >= FILTER_LIMITS.views) {
		return { ok: false, message: `You have ${FILTER_LIMITS.views} saved views; delete one first.` };
	}
	return { ok: true, views: [...views, view], view, replaced: false };
}

export function dropView(views: readonly SavedView[], id: string): SavedView[] {
	return views.filter((v) => v.id !== id);
}

/** One list's views, by name. */
export function viewsFor(views: readonly SavedView[], entity: Entity): SavedView[] {
	return views
		.filter((v) => v.entity === entity)
		.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Whether two filter lists are the same filters in the same order. */
export function sameFilters(a: readonly FilterSpec[], b: readonly FilterSpec[]): boolean {
	return a.length === b.length && a.every((f, i) => canonical(f) === canonical(b[i]!));
}

function canonical(f: FilterSpec): string {
	const c = f.condition as Record<string, unknown>;
	const condition = Object.keys(c)
		.sort()
		.map((k) => [k, c[k]]);
	return JSON.stringify([f.field, f.mode, f.locked, condition]);
}

/**
 * Why a view cannot have this name, said at the name box before saving (as other text
 * limits are: refused with a reason, never cut short while typing); null when it can.
 */
export function viewNameProblem(name: string): string | null {
	const length = name.trim().length;
	if (length <= FILTER_LIMITS.viewName) return null;
	return `View names are at most ${FILTER_LIMITS.viewName} characters; this one has ${length}.`;
}
