import ICAL from 'ical.js';

export type CalendarItem = {
	/** Stable, so importing the file twice updates events instead of duplicating them. */
	uid: string;
	day: string;
	title: string;
	description: string;
};

/** Minutes from 2020 to `now`: each export's events are a newer revision than the last's. */
export function revisionOf(now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
}

/**
 * An iCalendar file of all-day reminders, each with an alarm at 09:00, that a
 * phone's calendar can import: reminders that fire without any server. Importing a
 * later file moves an event whose day changed (a touch logged, a follow-up moved):
 * its UID is the same and its SEQUENCE higher, which calendars need to take the update.
 */
export function buildCalendar(items: readonly CalendarItem[], now: Date): string {
	const calendar = new ICAL.Component(['vcalendar', [], []]);
	calendar.updatePropertyWithValue('prodid', '-//Rapport//Reminders//EN');
	calendar.updatePropertyWithValue('version', '2.0');
	const stamp = ICAL.Time.fromJSDate(now, true);
	const sequence = revisionOf(now);
	for (const item of items) {
		const component = new ICAL.Component('vevent');
		const event = new ICAL.Event(component);
		event.uid = item.uid;
		event.summary = item.title;
		event.description = item.description;
		const start = ICAL.Time.fromDateString(item.day);
		const end = start.clone();
		end.adjust(1, 0, 0, 0);
		event.startDate = start;
		event.endDate = end;
		component.updatePropertyWithValue('dtstamp', stamp);
		component.updatePropertyWithValue('sequence', sequence);
		const alarm = new ICAL.Component('valarm');
		alarm.updatePropertyWithValue('action', 'DISPLAY');
		alarm.updatePropertyWithValue('description', item.title);
		alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromString('PT9H'));
		component.addSubcomponent(alarm);
		calendar.addSubcomponent(component);
	}
	return calendar.toString();
}
