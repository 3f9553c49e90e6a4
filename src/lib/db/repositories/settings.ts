import {
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
	return guarded(async () => (await db().settings.get(SETTINGS_ID)) ?? defaultSettings(nowIso()));
}

/** Merges a change into the current settings and validates the whole before saving. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
	return guarded(() => {
		const database = db();
		return database.transaction('rw', database.settings, async () => {
			const now = nowIso();
			const current = (await database.settings.get(SETTINGS_ID)) ?? defaultSettings(now);
			const next = validate(
				settingsSchema,
				{ ...current, ...definedOnly(patch), id: SETTINGS_ID, updatedAt: now },
				'Your settings'
			);
			await database.settings.put(next);
			return next;
		});
	});
}
