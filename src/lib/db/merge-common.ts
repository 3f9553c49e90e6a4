import type { Settings } from '../domain/settings';
import { patchSettings } from './repositories/settings';

/** What merging two records does to settings: the templates and saved views it changed. */
export type SettingsMoved = Pick<Settings, 'templates' | 'savedViews'>;

/**
 * Rewrites the templates and saved views that name a merged record, inside the caller's
 * transaction; resolves to the ones it changed, as they were, for `putBackInSettings`.
 * Nothing is written when no settings were ever saved.
 */
export async function moveInSettings(
	hasSettings: boolean,
	move: (current: SettingsMoved) => SettingsMoved
): Promise<SettingsMoved> {
	const changed: SettingsMoved = { templates: [], savedViews: [] };
	if (!hasSettings) return changed;
	await patchSettings((current) => {
		const next = move(current);
		// The moves return each entry they left alone as it was.
		changed.templates = current.templates.filter((t, i) => next.templates[i] !== t);
		changed.savedViews = current.savedViews.filter((v, i) => next.savedViews[i] !== v);
		return next;
	});
	return changed;
}

/** Undoes `moveInSettings`: each changed template and view as it was, the rest as they are now. */
export async function putBackInSettings(changed: SettingsMoved): Promise<void> {
	if (!changed.templates.length && !changed.savedViews.length) return;
	const templates = new Map(changed.templates.map((t) => [t.id, t]));
	const views = new Map(changed.savedViews.map((v) => [v.id, v]));
	await patchSettings((current) => ({
		templates: current.templates.map((t) => templates.get(t.id) ?? t),
		savedViews: current.savedViews.map((v) => views.get(v.id) ?? v)
	}));
}
