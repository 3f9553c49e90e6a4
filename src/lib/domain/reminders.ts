import type { CalendarItem } from './calendar';
import type { DueTouch } from './cadence';
import type { Interaction } from './interaction';
import { INTERACTION_KIND_LABELS } from './vocabulary';

/** Calendar reminders for open follow-ups and people due for a touch (overdue ones today). */
export function reminderItems(
	followUps: readonly Interaction[],
	due: readonly DueTouch[],
	names: (ids: string[]) => string,
	today: string
): CalendarItem[] {
	return [
		...followUps
			.filter((i) => i.followUpOn && !i.followUpDone)
			.map((i) => ({
				uid: `follow-up-${i.id}@rapport`,
				day: i.followUpOn! < today ? today : i.followUpOn!,
				title: `Follow up with ${names(i.personIds)}`,
				// Notes stay in Rapport: calendars often sync to a cloud service.
				description: `After the ${INTERACTION_KIND_LABELS[i.kind].toLowerCase()} on ${i.date}.`
			})),
		...due.map((d) => ({
			uid: `touch-${d.person.id}@rapport`,
			day: d.dueOn < today ? today : d.dueOn,
			title: `Keep in touch: ${d.person.name}`,
			description: d.lastContactOn ? `Last contact ${d.lastContactOn}.` : 'No contact logged yet.'
		}))
	];
}
