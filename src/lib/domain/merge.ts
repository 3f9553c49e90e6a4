import type { z } from 'zod/mini';
import type { SavedView } from './filters/schema';
import { normaliseKey } from './import/duplicates';
import { describeIssue } from './validation';

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

/**
 * Why two records merged into `merged` cannot be saved (`schema` refuses it: a list or a text
 * over its limit), with what the two have together, or null when it can be.
 */
export function overLimitMessage(schema: z.ZodMiniType, merged: object): string | null {
	const parsed = schema.safeParse(merged);
	if (parsed.success) return null;
	const problems = parsed.error.issues.map((issue) => {
		const [field] = issue.path;
		const value: unknown =
			issue.code === 'too_big' && issue.path.length === 1 && field !== undefined
				? (merged as Record<PropertyKey, unknown>)[field]
				: undefined;
		const together = Array.isArray(value)
			? `${value.length}`
			: typeof value === 'string'
				? `${value.length.toLocaleString('en')} characters`
				: '';
		const said = describeIssue(issue);
		return together ? `${said.replace(/\.?$/, '')}; merged, they would have ${together}.` : said;
	});
	return `Together they are over a limit: ${problems.join(' ')} Edit one of them first, then merge.`;
}

/** Every word of a name, without case, accents or punctuation. */
export const plainWords = (name: string) =>
	normaliseKey(name)
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.split(' ')
		.filter(Boolean);

// Words too common in names to say two are one: particles, titles, "and".
const COMMON_WORDS = new Set([
	'and',
	'the',
	'of',
	'for',
	'von',
	'van',
	'der',
	'den',
	'del',
	'des',
	'los',
	'las',
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'sir'
]);

/**
 * The words of a name that may tell it apart, without case, accents or punctuation: an email
 * address's domain ("alice@gmail.com", a name an import made from an email), words of one or
 * two letters, common ones ("of", "van", "Dr") and those in `ignore` are left out.
 */
export const nameWords = (name: string, ignore: ReadonlySet<string> = new Set()) =>
	plainWords(name.replace(/@\S*/g, ' ')).filter(
		(w) => w.length > 2 && !COMMON_WORDS.has(w) && !ignore.has(w)
	);

/** Whether two names have a word in common that may tell them apart ("Dana W.", "Dana Lee"). */
export function shareAWord(a: string, b: string, ignore?: ReadonlySet<string>): boolean {
	const words = new Set(nameWords(a, ignore));
	return nameWords(b, ignore).some((w) => words.has(w));
}
