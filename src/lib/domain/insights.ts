import { format, parseISO, startOfMonth, subMonths } from 'date-fns';
import type { Interaction } from './interaction';
import type { Lead } from './lead';
import type { Settings } from './settings';

export type MonthActivity = { month: string; label: string; count: number; minutes: number };

/** Interactions and time spent per calendar month, for the `months` months ending with today's. */
export function activityByMonth(
	interactions: readonly Interaction[],
	today: string,
	months = 12
): MonthActivity[] {
	const first = subMonths(startOfMonth(parseISO(today)), months - 1);
	const rows = Array.from({ length: months }, (_, i) => {
		const d = subMonths(first, -i);
		return { month: format(d, 'yyyy-MM'), label: format(d, 'MMM yyyy'), count: 0, minutes: 0 };
	});
	const byMonth = new Map(rows.map((r) => [r.month, r]));
	for (const i of interactions) {
		if (i.deletedAt !== null) continue;
		const row = byMonth.get(i.date.slice(0, 7));
		if (!row) continue;
		row.count += 1;
		row.minutes += i.durationMinutes;
	}
	return rows;
}

export type ChannelResult = {
	channelId: string;
	name: string;
	leads: number;
	won: number;
	/** Won value per currency, in minor units: never summed across currencies. */
	wonMinor: Record<string, number>;
};

/** Leads, wins and won value per channel, in the order of the channel list. */
export function resultsByChannel(
	leads: readonly Lead[],
	channels: Settings['channels']
): ChannelResult[] {
	const rows = new Map<string, ChannelResult>(
		channels.map((c) => [c.id, { channelId: c.id, name: c.name, leads: 0, won: 0, wonMinor: {} }])
	);
	for (const lead of leads) {
		if (lead.deletedAt !== null) continue;
		let row = rows.get(lead.channel);
		if (!row) {
			// A channel removed from Settings keeps its history under its id.
			row = { channelId: lead.channel, name: lead.channel, leads: 0, won: 0, wonMinor: {} };
			rows.set(lead.channel, row);
		}
		row.leads += 1;
		if (lead.status === 'won') {
			row.won += 1;
			if (lead.wonValue) {
				const { currency, amountMinor } = lead.wonValue;
				row.wonMinor[currency] = (row.wonMinor[currency] ?? 0) + amountMinor;
			}
		}
	}
	return [...rows.values()];
}
