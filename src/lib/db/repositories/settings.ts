import {
	choosingCurrencySchema,
	defaultSettings,
	settingsSchema,
	SETTINGS_ID,
	type Settings,
	type SettingsPatch
} from '../../domain/settings';
import { db } from '../database';
import { definedOnly, guarded, nowIso, validate } from '../repository';

/** The stored settings, or the defaults when none were saved yet (nothing is written). */
export function getSettings(): Promise<Settings> {
	return guarded(async () => {
		const stored = await db().settings.get(SETTINGS_ID);
		return stored ? withDefaults(stored) : defaultSettings(nowIso());
	});
}

/**
 * A record saved by an older version lacks the fields added since: parsing fills
 * their defaults. A record that fails to parse is still shown, never lost.
 */
export function withDefaults(stored: Settings): Settings {
	const parsed = settingsSchema.safeParse(stored);
	return parsed.success ? parsed.data : { ...defaultSettings(stored.updatedAt), ...stored };
}

/** Merges a change into the current settings and validates the whole before saving. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
	return patchSettings(() => patch);
}

/**
 * Reads the current settings, computes a change from them and saves, in one
 * transaction: a change made in another tab meanwhile is never overwritten, and two
 * quick edits (a template saved in one tab, deleted in another) never undo each other.
 * A currency changed here must be one this device knows; one kept as it is need not be.
 */
export function patchSettings(change: (current: Settings) => SettingsPatch): Promise<Settings> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.settings, async () => {
			const now = nowIso();
			const stored = await database.settings.get(SETTINGS_ID);
			const current = stored ? withDefaults(stored) : defaultSettings(now);
			const patch = definedOnly(change(current));
			const schema =
				patch.currency !== undefined && patch.currency !== current.currency
					? choosingCurrencySchema
					: settingsSchema;
			const next = validate(
				schema,
				{ ...current, ...patch, id: SETTINGS_ID, updatedAt: now },
				'Your settings'
			);
			await database.settings.put(next);
			return next;
		});
	});
}
