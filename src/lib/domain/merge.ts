import type { SavedView } from './filters/schema';

/**
 * What merging two records of one thing (a person, an organisation) does to the values that
 * hold them: `keep` stays, `gone` is folded into it. See person-merge.ts and
 * organisation-merge.ts.
 */

/** Both lists, `a` first, each item once (by `key`). */
export const union = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string = String) => {
	const seen = new Set(a.map(key));
	return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
};

/** Both texts, the kept one first, when they differ; nothing typed on either is dropped. */
export const joined = (a: string, b: string) =>
	!b.trim() || a.trim() === b.trim() ? a : !a.trim() ? b : `${a}\n\n${b}`;

/** A list of ids with `gone` replaced by `keep`, each id once. */
export function movedIds(ids: readonly string[], gone: string, keep: string): string[] {
	return [...new Set(ids.map((id) => (id === gone ? keep : id)))];
}

/** One id (or none) with `gone` replaced by `keep`. */
export const swappedId = (id: string | null, gone: string, keep: string) =>
	id === gone ? keep : id;

/** The filter fields whose values are ids of what is merged, by list. */
export type FilterFieldsByList = Partial<Record<SavedView['entity'], readonly string[]>>;

/** Saved views that filter on `gone` (in one of `fields`) now filter on `keep`. */
export function savedViewsMoved(
	views: readonly SavedView[],
	fieldsByList: FilterFieldsByList,
	gone: string,
	keep: string
): SavedView[] {
	return views.map((view) => {
		const fields = fieldsByList[view.entity] ?? [];
		let changed = false;
		const filters = view.filters.map((f) => {
			const c = f.condition;
			if (!fields.includes(f.field) || c.type !== 'values' || !c.values.includes(gone)) return f;
			changed = true;
			return { ...f, condition: { ...c, values: movedIds(c.values, gone, keep) } };
		});
		return changed ? { ...view, filters } : view;
	});
}

/** Whether two stored values are the same (lists and objects by content). */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What undoing a write puts back: each field the write changed (`before` → `written`) that
 * still holds what it wrote, as it was before. A field changed again since is left as it is now.
 */
export function fieldsBack<T extends object>(before: T, written: Partial<T>, now: T): Partial<T> {
	const keys = Object.keys(written) as (keyof T)[];
	return Object.fromEntries(
		keys
			.filter((k) => sameValue(now[k], written[k]) && !sameValue(before[k], written[k]))
			.map((k) => [k, before[k]])
	) as Partial<T>;
}
