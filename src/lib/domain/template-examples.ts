import { minorDigits } from './money';
import type { RecordTemplate } from './templates';

/**
 * The two examples from the issue, offered (never added unasked) while the user
 * has no templates. The cost is in the user's currency; the channel only when
 * Settings still has the "event" channel.
 */
export function exampleTemplates(
	currency: string,
	channelIds: readonly string[]
): Omit<RecordTemplate, 'id'>[] {
	return [
		{
			name: 'Coffee, my treat',
			entity: 'interaction',
			fields: {
				kind: 'coffee',
				durationMinutes: 45,
				cost: { amountMinor: 6 * 10 ** minorDigits(currency), currency }
			}
		},
		{
			name: 'Met at the chamber breakfast',
			entity: 'person',
			fields: {
				...(channelIds.includes('event') ? { metChannel: 'event' } : {}),
				metEvent: 'Chamber breakfast',
				organisationNames: ['Chamber of Commerce'],
				tags: ['local'],
				cadenceDays: 60
			}
		}
	];
}
