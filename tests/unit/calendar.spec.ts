import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, revisionOf } from '../../src/lib/domain/calendar';
import { reminderItems } from '../../src/lib/domain/reminders';
import { interactionSchema } from '../../src/lib/domain/interaction';
import { personSchema } from '../../src/lib/domain/person';

describe('calendar export', () => {
	it('writes all-day events with a morning alarm that parse back', () => {
		const text = buildCalendar(
			[
				{
					uid: 'a@rapport',
					day: '2026-12-01',
					title: 'Follow up with Sam',
					description: 'Pricing; call back'
				},
				{ uid: 'b@rapport', day: '2028-02-29', title: 'Keep in touch: Ruth', description: '' }
			],
			new Date('2026-11-22T10:00:00Z')
		);
		expect(text).toContain('BEGIN:VCALENDAR');
		const calendar = new ICAL.Component(ICAL.parse(text));
		const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
		expect(
			events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.endDate.toString()])
		).toEqual([
			['a@rapport', 'Follow up with Sam', '2026-12-01', '2026-12-02'],
			['b@rapport', 'Keep in touch: Ruth', '2028-02-29', '2028-03-01']
		]);
		expect(events[0]!.description).toBe('Pricing; call back');
		expect(events[0]!.startDate.isDate).toBe(true);
		const alarm = calendar.getAllSubcomponents('vevent')[0]!.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('PT9H');
	});

	it('gives a later export a higher SEQUENCE, so a calendar takes its moved days', () => {
		const sequenceOf = (now: Date) => {
			const text = buildCalendar(
				[{ uid: 'a@rapport', day: '2026-12-01', title: 'T', description: '' }],
				now
			);
			const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
			return event.getFirstPropertyValue('sequence');
		};
		const first = sequenceOf(new Date('2026-11-22T10:00:00Z'));
		expect(first).toBe(revisionOf(new Date('2026-11-22T10:00:00Z')));
		expect(sequenceOf(new Date('2026-11-22T10:01:00Z'))).toBe(Number(first) + 1);
		// An integer calendars accept (RFC 5545: 32-bit) for thousands of years.
		expect(revisionOf(new Date('2999-12-31T23:59:00Z'))).toBeLessThan(2 ** 31);
	});

	it('makes reminders from open follow-ups and due touches, moving overdue ones to today', () => {
		const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
		const sam = personSchema.parse({ ...meta, id: 's', name: 'Sam' });
		const followUp = interactionSchema.parse({
			...meta,
			id: 'i1',
			date: '2026-11-01',
			kind: 'coffee',
			personIds: ['s'],
			followUpOn: '2026-11-10'
		});
		const done = interactionSchema.parse({ ...followUp, id: 'i2', followUpDone: true });
		const items = reminderItems(
			[followUp, done],
			[{ person: sam, lastContactOn: null, dueOn: '2026-12-01', overdueDays: 0 }],
			() => 'Sam',
			'2026-11-22'
		);
		expect(items.map((i) => [i.uid, i.day, i.title])).toEqual([
			['follow-up-i1@rapport', '2026-11-22', 'Follow up with Sam'],
			['touch-s@rapport', '2026-12-01', 'Keep in touch: Sam']
		]);
	});
});
