import { daysBetween, wholeMonthsBetween } from './days';
import { plural } from './plural';

/**
 * How late something due on `dueOn` is on `today`, for people to read: days while under two
 * calendar months ("60 days overdue"), then months while under two years ("3 months overdue",
 * "Over 3 months overdue" when days are left over), then years ("Over 126 years overdue",
 * not "46,319 days overdue"). "Due today" when it is not late.
 */
export function overdueLabel(dueOn: string, today: string): string {
	const days = daysBetween(dueOn, today);
	if (days <= 0) return 'Due today';
	const { months, exact } = wholeMonthsBetween(dueOn, today);
	const over = exact ? '' : 'Over ';
	if (months < 2) return `${plural(days, 'day')} overdue`;
	if (months < 24) return `${over}${plural(months, 'month')} overdue`;
	const years = Math.floor(months / 12);
	return `${months % 12 === 0 ? over : 'Over '}${plural(years, 'year')} overdue`;
}
