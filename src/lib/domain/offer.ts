import { compareNames } from './names';
import type { Organisation } from './organisation';
import type { Person } from './person';
import { ROLE_LABELS, ROLES, type Role } from './vocabulary';

/**
 * "What could I offer?": people in your network who might help someone, each
 * with the plain reasons it was suggested (a shared tag, the same community, a
 * word in their goals). A suggestion, never a claim: the user decides. Working
 * at the same company is no reason: colleagues already know each other.
 */
export type OfferMatch = { person: Person; reasons: string[] };

const words = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** Does the text name this term (whole words; "mentor" also finds "mentoring", "mentors")? */
function mentions(textWords: string[], joined: string, term: string): boolean {
	const t = words(term);
	if (t.length === 0) return false;
	if (t.length > 1) return ` ${joined} `.includes(` ${t.join(' ')} `);
	const [w] = t as [string];
	return textWords.some((x) => x === w || (w.length >= 4 && x.startsWith(w)));
}

const ROLE_WORDS: Record<Role, string> = {
	mentor: 'mentor',
	mentee: 'mentee',
	client: 'client',
	prospect: 'prospect',
	connector: 'connector',
	peer: 'peer',
	partner: 'partner'
};

export function possibleIntroductions(
	target: Person,
	people: readonly Person[],
	organisations: ReadonlyMap<string, Organisation>,
	limit = 8
): OfferMatch[] {
	const text = `${target.goals}\n${target.interests}`;
	const textWords = words(text);
	const joined = textWords.join(' ');
	const targetTags = new Set(target.tags.map((t) => t.toLowerCase()));
	const targetOrgs = new Set(target.organisationIds);
	const out: OfferMatch[] = [];
	for (const other of people) {
		if (other.id === target.id || other.deletedAt !== null || other.archived) continue;
		const reasons: string[] = [];
		for (const tag of other.tags) {
			if (targetTags.has(tag.toLowerCase())) reasons.push(`Both tagged “${tag}”`);
			else if (mentions(textWords, joined, tag))
				reasons.push(`Tagged “${tag}”, which their goals or interests mention`);
		}
		for (const orgId of other.organisationIds) {
			const org = organisations.get(orgId);
			if (!org || org.deletedAt !== null) continue;
			if (targetOrgs.has(orgId)) {
				// Colleagues already know each other: a shared company is no reason to introduce
				// them. A shared community or network is.
				if (org.kind !== 'company') reasons.push(`Both in ${org.name}`);
			} else if (mentions(textWords, joined, org.name))
				reasons.push(`In ${org.name}, which their goals mention`);
		}
		for (const role of ROLES) {
			if (other.roles.includes(role) && mentions(textWords, joined, ROLE_WORDS[role])) {
				reasons.push(
					`A ${ROLE_LABELS[role].toLowerCase()}, which their goals or interests mention`
				);
			}
		}
		if (reasons.length) out.push({ person: other, reasons });
	}
	return out
		.sort(
			(a, b) => b.reasons.length - a.reasons.length || compareNames(a.person.name, b.person.name)
		)
		.slice(0, limit);
}
