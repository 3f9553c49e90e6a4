import type { Person } from './person';

/**
 * A double-opt-in introduction: one short message to both people that lets
 * each of them say yes (reply) or quietly pass, instead of committing them.
 */

const firstName = (p: Pick<Person, 'name'>) => p.name.trim().split(/\s+/)[0] ?? p.name;

function about(p: Pick<Person, 'name' | 'title' | 'goals'>, orgs: string[]): string {
	const what = [p.title, ...orgs].filter(Boolean).join(', ');
	const goal = (p.goals.trim().split('\n')[0]?.slice(0, 200) ?? '').replace(/[.!\s]+$/, '');
	return `${p.name}${what ? ` (${what})` : ''}${goal ? ` is working on this: ${goal}` : ''}`;
}

export function introductionMessage(
	a: Pick<Person, 'name' | 'title' | 'goals'>,
	b: Pick<Person, 'name' | 'title' | 'goals'>,
	orgNames: { a: string[]; b: string[] },
	ownerName: string
): { subject: string; body: string } {
	const subject = `Introduction: ${firstName(a)} and ${firstName(b)}`;
	const body = [
		`Hi ${firstName(a)} and ${firstName(b)},`,
		'',
		'I think you two would get something out of talking to each other.',
		'',
		`${about(a, orgNames.a)}.`,
		`${about(b, orgNames.b)}.`,
		'',
		'If you would both like to connect, just reply to all and take it from there. If now is not a good time, no reply needed and no hard feelings.',
		'',
		ownerName ? `Best,\n${ownerName}` : 'Best,'
	].join('\n');
	return { subject, body };
}

/** A mailto: link to everyone's first address (RFC 6068: commas between recipients). */
export function mailtoHref(to: readonly string[], subject: string, body: string): string {
	const recipients = to.map((t) => encodeURIComponent(t).replace(/%40/g, '@')).join(',');
	return `mailto:${recipients}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * What to tell when some of the two have no email address here ("Tom Okafor has no…",
 * "Tom Okafor and Priya Nair have no…"), or undefined when both have one.
 */
export function missingEmailNote(
	people: readonly Pick<Person, 'name' | 'emails'>[]
): string | undefined {
	const names = people.filter((p) => !p.emails.length).map((p) => p.name);
	if (!names.length) return undefined;
	return `${names.join(' and ')} ${names.length === 1 ? 'has' : 'have'} no email address here: add ${names.length === 1 ? 'it' : 'them'} in your email app.`;
}
