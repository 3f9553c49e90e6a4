import type { Person } from '../person';

/** The fields an import fills in on a person who is already there. */
export type MergeFields = Pick<
	Person,
	| 'title'
	| 'emails'
	| 'phones'
	| 'links'
	| 'location'
	| 'tags'
	| 'roles'
	| 'metOn'
	| 'metEvent'
	| 'goals'
	| 'interests'
	| 'notes'
	| 'cadenceDays'
>;

/** Items of `a`, then those of `b` not already there (compared by `key`). */
export function unionBy<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
	const seen = new Set(a.map(key));
	const out = [...a];
	for (const item of b) {
		const k = key(item);
		if (!seen.has(k)) {
			seen.add(k);
			out.push(item);
		}
	}
	return out;
}

const lower = (s: string) => s.toLowerCase();
/** "+44 20 7946 0123" and "+44 (0)20-7946-0123" differ; "+44 20 7946 0123" twice does not. */
const digits = (s: string) => s.replace(/[^\d+]/g, '');

function appendText(base: string, extra: string): string {
	if (!extra.trim() || base.includes(extra.trim())) return base;
	return base.trim() ? `${base}\n\n${extra.trim()}` : extra;
}

/**
 * Merging never overwrites what is there: empty text fields and dates are
 * filled, lists (emails, phones, links, tags, roles) gain the values they lack,
 * and notes, goals and interests get the new text appended when it is not
 * already in them. The name, archive state and everything else stay as they are.
 */
export function mergeFields<T extends MergeFields>(base: T, extra: MergeFields): T {
	return {
		...base,
		title: base.title || extra.title,
		location: base.location || extra.location,
		metEvent: base.metEvent || extra.metEvent,
		metOn: base.metOn ?? extra.metOn,
		cadenceDays: base.cadenceDays ?? extra.cadenceDays,
		emails: unionBy(base.emails, extra.emails, lower),
		phones: unionBy(base.phones, extra.phones, digits),
		links: unionBy(base.links, extra.links, (l) => l.url),
		tags: unionBy(base.tags, extra.tags, lower),
		roles: unionBy(base.roles, extra.roles, (r) => r),
		goals: appendText(base.goals, extra.goals),
		interests: appendText(base.interests, extra.interests),
		notes: appendText(base.notes, extra.notes)
	};
}
