import { formatDay } from './days';
import type { Person } from './person';

/**
 * A person's "How we met", in two parts around the introducer's name (a link on their page):
 * what is known of the meeting ("12 Mar 2026 · Conference · Web Summit") and the words before
 * the name. With nothing known of the meeting those words start the line: "Introduced by Maria
 * Chen", not "— introduced by Maria Chen".
 */
export function howWeMet(
	person: Pick<Person, 'metOn' | 'metEvent'>,
	channelName: string | undefined
): { met: string; introducedBy: string } {
	const met = [person.metOn ? formatDay(person.metOn) : '', channelName ?? '', person.metEvent]
		.filter(Boolean)
		.join(' · ');
	return { met, introducedBy: met ? '— introduced by' : 'Introduced by' };
}
