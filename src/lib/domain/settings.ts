import { z } from 'zod';
import { cadenceDaysSchema, idSchema, NAME_MAX, text, timestampSchema } from './common';
import { knownCurrencySchema } from './money';
import { DEFAULT_CHANNELS } from './vocabulary';

export const SETTINGS_ID = 'settings';

export const channelSchema = z.strictObject({
	id: idSchema,
	name: z
		.string()
		.trim()
		.min(1, { error: 'A channel needs a name.' })
		.max(60, { error: 'Channel names are at most 60 characters.' })
});

export const settingsFields = {
	ownerName: text('Your name', NAME_MAX),
	hourlyRateMinor: z
		.int({ error: 'Hourly rate is a whole number of cents.' })
		.min(0, { error: 'Hourly rate cannot be negative.' })
		.max(100_000_000, { error: 'That hourly rate is too large.' })
		.default(0),
	currency: knownCurrencySchema.default('EUR'),
	defaultCadenceDays: cadenceDaysSchema.default(30),
	channels: z
		.array(channelSchema)
		.min(1, { error: 'Keep at least one channel.' })
		.max(100, { error: 'At most 100 channels.' })
		.refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, {
			error: 'Channel ids must be unique.'
		})
		.default(() => DEFAULT_CHANNELS.map((c) => ({ ...c }))),
	weekStartsOn: z.union([z.literal(0), z.literal(1), z.literal(6)]).default(1),
	/** How the first run was answered; null until the user chooses. */
	startedWith: z.enum(['sample', 'empty']).nullable().default(null)
};

export const settingsSchema = z.strictObject({
	id: z.literal(SETTINGS_ID),
	updatedAt: timestampSchema,
	...settingsFields
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = Partial<Omit<Settings, 'id' | 'updatedAt'>>;

export function defaultSettings(now: string): Settings {
	return settingsSchema.parse({ id: SETTINGS_ID, updatedAt: now });
}
