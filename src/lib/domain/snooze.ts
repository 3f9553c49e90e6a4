import { addDaysTo, formatDay } from './days';
import { daySchema } from './common';

/** A day "Later" can move a follow-up or a touch to, counted from today. */
export type SnoozeChoice = { label: string; day: string };

const CHOICES = [
	{ label: 'Tomorrow', days: 1 },
	{ label: 'In 3 days', days: 3 },
	{ label: 'In a week', days: 7 }
] as const;

/**
 * Where a follow-up or touch due on `current` can be put off to, in one tap: tomorrow, in three
 * days or in a week from today. Only days after its own date are offered (putting off one due
 * next month to tomorrow would bring it forward); another day is always open to type.
 */
export function snoozeChoices(today: string, current: string): SnoozeChoice[] {
	return CHOICES.map(({ label, days }) => ({ label, day: addDaysTo(today, days) })).filter(
		(choice) => choice.day > current
	);
}

/**
 * What is wrong with `value` as the new day of a follow-up or touch, or null when it can be
 * saved: a real day, from `earliest` on, and not the day it already has. A touch is put off to
 * tomorrow at the earliest: put off to today, it would stay on Today.
 */
export function snoozeMessage(
	today: string,
	current: string,
	value: string,
	earliest: 'today' | 'tomorrow' = 'today'
): string | null {
	const first = firstSnoozeDay(today, earliest);
	if (value === '') return 'Choose a day.';
	if (!daySchema.safeParse(value).success) return 'Enter a real date.';
	if (value < first)
		return `Choose ${earliest} or a later day (${earliest} is ${formatDay(first)}).`;
	if (value === current) return `It is already due on ${formatDay(current)}.`;
	return null;
}

/** The first day something can be put off to. */
export const firstSnoozeDay = (today: string, earliest: 'today' | 'tomorrow') =>
	earliest === 'today' ? today : addDaysTo(today, 1);
