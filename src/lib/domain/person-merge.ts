import { plural } from './plural';
import { joined, shareAWord, union, type FilterFieldsByList } from './merge';
import type { Person } from './person';
import type { RecordTemplate } from './templates';

/**
 * Merging two records of one person (a duplicate from an import, a name typed twice): `keep`
 * stays, `gone` is folded into it and deleted. These pure functions say what each record
 * becomes; db/person-merge.ts writes it all in one transaction.
 */

/** The person fields a merge may change on the person kept. */
export type MergedFields = Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/**
 * The kept person after the merge. Lists (organisations, emails, phones, links, tags, roles)
 * are joined; goals, interests and notes are both kept, one after the other; a one-line field
 * (title, location, the event you met at, the channel, the cadence) keeps the kept person's
 * value and takes the other's only where theirs is empty; where both differ, the other's is
 * written at the end of the notes, with the other record's name, so nothing typed is lost. They
 * met on the earlier of the two days; they are a mutual connection when either record was. Who
 * introduced them stays the kept person's, or becomes the other's, never one of the two.
 */
export function mergedPerson(keep: Person, gone: Person): MergedFields {
	const introducer = [keep.introducedById, gone.introducedById].find(
		(id) => id !== null && id !== keep.id && id !== gone.id
	);
	const metOn =
		keep.metOn === null || (gone.metOn !== null && gone.metOn < keep.metOn)
			? gone.metOn
			: keep.metOn;
	return {
		name: keep.name,
		title: keep.title || gone.title,
		organisationIds: union(keep.organisationIds, gone.organisationIds),
		emails: union(keep.emails, gone.emails, (e) => e.toLowerCase()),
		phones: union(keep.phones, gone.phones, (p) => p.replace(/[^\d+]/g, '')),
		links: union(keep.links, gone.links, (l) => l.url),
		location: keep.location || gone.location,
		tags: union(keep.tags, gone.tags, (t) => t.toLowerCase()),
		roles: union(keep.roles, gone.roles),
		connection:
			keep.connection === 'mutual' || gone.connection === 'mutual' ? 'mutual' : 'following',
		metOn,
		metChannel: keep.metChannel ?? gone.metChannel,
		metEvent: keep.metEvent || gone.metEvent,
		introducedById: introducer ?? null,
		goals: joined(keep.goals, gone.goals),
		interests: joined(keep.interests, gone.interests),
		notes: joined(joined(keep.notes, gone.notes), alsoRecorded(keep, gone)),
		cadenceDays: keep.cadenceDays ?? gone.cadenceDays,
		touchSnooze: keep.touchSnooze,
		archived: keep.archived
	};
}

/**
 * A word of caution before merging two people whose names have no word in common and who
 * share no email address or phone number (a slip of the finger in the list), or null.
 */
export function personMergeCaution(keep: Person, gone: Person): string | null {
	const emails = new Set(keep.emails.map((e) => e.toLowerCase()));
	const digits = (phone: string) => phone.replace(/\D/g, '');
	const phones = new Set(keep.phones.map(digits).filter((d) => d.length >= 6));
	const linked =
		shareAWord(keep.name, gone.name) ||
		gone.emails.some((e) => emails.has(e.toLowerCase())) ||
		gone.phones.some((p) => phones.has(digits(p)));
	return linked
		? null
		: 'Their names have no word in common and they share no email address or phone number: check that this is the same person.';
}

/** Templates that pre-fill `gone` (who introduced someone, a lead's referrer) now pre-fill `keep`. */
export function templatesMoved(
	templates: readonly RecordTemplate[],
	gone: string,
	keep: string
): RecordTemplate[] {
	return templates.map((t) => {
		if (t.entity === 'person' && t.fields.introducedById === gone) {
			return { ...t, fields: { ...t.fields, introducedById: keep } };
		}
		if (t.entity === 'lead' && t.fields.referrerId === gone) {
			return { ...t, fields: { ...t.fields, referrerId: keep } };
		}
		return t;
	});
}

/** The other record's name and one-line details that the kept person's own replace, as a note. */
export function alsoRecorded(keep: Person, gone: Person): string {
	const differs = (a: string, b: string) =>
		a.trim() !== '' && b.trim() !== '' && a.trim().toLowerCase() !== b.trim().toLowerCase();
	const details = [
		differs(keep.title, gone.title) && `title: ${gone.title}`,
		differs(keep.location, gone.location) && `location: ${gone.location}`,
		differs(keep.metEvent, gone.metEvent) && `met at: ${gone.metEvent}`
	].filter((d): d is string => Boolean(d));
	if (!details.length && !differs(keep.name, gone.name)) return '';
	return `Merged from “${gone.name}”${details.length ? ` (${details.join('; ')})` : ''}.`;
}

/**
 * How to name the other record where both would read the same ("Zoe Eriksen into Zoe
 * Eriksen"): its name with its first email, else its title, else its id's start.
 */
export function otherRecordName(keep: Pick<Person, 'name'>, gone: Person): string {
	if (keep.name.trim().toLowerCase() !== gone.name.trim().toLowerCase()) return gone.name;
	const detail = gone.emails[0] || gone.title || `record ${gone.id.slice(0, 8)}`;
	return `${gone.name} (${detail})`;
}

/** The filter fields whose values are person ids, by list. */
export const PERSON_FILTER_FIELDS: FilterFieldsByList = {
	leads: ['referrer', 'person'],
	interactions: ['people']
};

/** What moves, in a sentence: "12 interactions, 1 give or receive and 2 leads move to Dana." */
export function mergeSummary(
	counts: { interactions: number; exchanges: number; leads: number; introduced: number },
	keepName: string
): string {
	const parts = [
		[counts.interactions, plural(counts.interactions, 'interaction')],
		[counts.exchanges, plural(counts.exchanges, 'give or receive', 'gives and receives')],
		[counts.leads, plural(counts.leads, 'lead')],
		[counts.introduced, `${plural(counts.introduced, 'person', 'people')} they introduced`]
	].filter(([n]) => n !== 0) as [number, string][];
	if (parts.length === 0) return `They have nothing logged: only their details join ${keepName}’s.`;
	const words = parts.map(([, text]) => text);
	const list =
		words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
	const one = parts.length === 1 && parts[0]![0] === 1;
	return `${list} ${one ? 'moves' : 'move'} to ${keepName}.`;
}
