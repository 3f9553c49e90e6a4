import { getSettings, patchSettings } from './settings';

/** Records that the user has seen What's new up to this entry (no write when already so). */
export async function markWhatsNewSeen(entryId: string): Promise<void> {
	const current = await getSettings();
	if (current.whatsNewSeenId === entryId) return;
	await patchSettings(() => ({ whatsNewSeenId: entryId }));
}

/** Shows or hides the navigation's marker for unseen entries. */
export async function setWhatsNewMarker(shown: boolean): Promise<void> {
	await patchSettings(() => ({ whatsNewMarker: shown }));
}
