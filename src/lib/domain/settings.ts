import { lazily, z } from './zod';
import {
	cadenceDaysSchema,
	idSchema,
	NAME_MAX,
	orNull,
	text,
	timestampSchema,
	typed
} from './common';
import { currencySchema, knownCurrencySchema } from './money';
import { templatesSchema } from './templates';
import { DEFAULT_CHANNELS } from './vocabulary';
import { savedViewsSchema } from './filters/schema';

export const SETTINGS_ID = 'settings';

export const DEFAULT_WEIGHT_MINUTES = [15, 30, 60, 120, 240] as const;

export const channelSchema = lazily(() =>
	z.strictObject({
		id: idSchema,
		name: z
			.string()
			.check(
				z.trim(),
				z.minLength(1, { error: 'A channel needs a name.' }),
				z.maxLength(60, { error: 'Channel names are at most 60 characters.' })
			)
	})
);

export const settingsFields = lazily(() => ({
	ownerName: text('Your name', NAME_MAX),
	hourlyRateMinor: z._default(
		z
			.int({ error: 'Hourly rate is a whole number of cents.' })
			.check(
				z.minimum(0, { error: 'Hourly rate cannot be negative.' }),
				z.maximum(100_000_000, { error: 'That hourly rate is too large.' })
			),
		0
	),
	/**
	 * Checked by shape here, like every stored amount: a backup made where the browser knows a
	 * newer code (or still knows a withdrawn one) restores anywhere. Choosing a currency asks
	 * for one this device knows (`choosingCurrencySchema`).
	 */
	currency: z._default(currencySchema, 'EUR'),
	defaultCadenceDays: z._default(cadenceDaysSchema, 30),
	channels: z._default(
		z.array(channelSchema).check(
			z.minLength(1, { error: 'Keep at least one channel.' }),
			z.maxLength(100, { error: 'At most 100 channels.' }),
			z.refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, {
				error: 'Channel ids must be unique.'
			})
		),
		() => DEFAULT_CHANNELS.map((c) => ({ ...c }))
	),
	weekStartsOn: z._default(z.union([z.literal(0), z.literal(1), z.literal(6)]), 1),
	/** What a weight of 1…5 on an exchange is worth, in minutes of your time. */
	weightMinutes: z._default(
		z
			.array(
				z
					.int({ error: 'Each weight is a whole number of minutes.' })
					.check(
						z.minimum(1, { error: 'Each weight is worth at least a minute.' }),
						z.maximum(100_000, { error: 'A weight is worth at most 100,000 minutes.' })
					)
			)
			.check(
				z.length(5, { error: 'Give a value for each weight from 1 to 5.' }),
				z.refine((ws) => ws.every((w, i) => i === 0 || w > ws[i - 1]!), {
					error: 'Each weight must be worth more than the one before.'
				})
			),
		() => [...DEFAULT_WEIGHT_MINUTES]
	),
	/** A give-and-take within this many minutes either way counts as balanced. */
	balancedWithinMinutes: z._default(
		z
			.int({ error: 'Balanced within is a whole number of minutes.' })
			.check(
				z.minimum(0, { error: 'Balanced within cannot be negative.' }),
				z.maximum(100_000, { error: 'Balanced within is at most 100,000 minutes.' })
			),
		60
	),
	/** Today lists mentors you have not given anything in this many days. */
	mentorGiveDays: z._default(
		z
			.int({ error: 'Days is a whole number.' })
			.check(
				z.minimum(1, { error: 'At least one day.' }),
				z.maximum(3650, { error: 'At most ten years (3650 days).' })
			),
		30
	),
	/** The window in which "asking too much" counts receives and gives. */
	askingWindowDays: z._default(
		z
			.int({ error: 'Days is a whole number.' })
			.check(
				z.minimum(7, { error: 'At least seven days.' }),
				z.maximum(3650, { error: 'At most ten years (3650 days).' })
			),
		90
	),
	/** How the first run was answered; null until the user chooses. */
	startedWith: orNull(z.enum(['sample', 'empty'])),
	/** Record templates (Settings → Templates); backups carry them with the rest of Settings. */
	templates: z._default(templatesSchema, () => []),
	/** The newest What's new entry the user has opened; null before the first visit. */
	whatsNewSeenId: orNull(typed(64)),
	/** Whether the navigation marks What's new entries the user has not seen. */
	whatsNewMarker: z._default(z.boolean(), true),
	/** Named advanced filters per list (People, Interactions, Leads); backups carry them. */
	savedViews: z._default(savedViewsSchema, () => [])
}));

export const settingsSchema = lazily(() =>
	z.strictObject({
		id: z.literal(SETTINGS_ID),
		updatedAt: timestampSchema,
		...settingsFields
	})
);

/** The settings when the person changes the currency: a code this device knows. */
export const choosingCurrencySchema = lazily(() =>
	z.strictObject({
		id: z.literal(SETTINGS_ID),
		updatedAt: timestampSchema,
		...settingsFields,
		currency: knownCurrencySchema
	})
);

export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = Partial<Omit<Settings, 'id' | 'updatedAt'>>;

export function defaultSettings(now: string): Settings {
	return settingsSchema.parse({ id: SETTINGS_ID, updatedAt: now });
}
