import { beforeNavigate } from '$app/navigation';
import { unsavedChanges } from './unsaved-changes.svelte';

/**
 * Call during a form component's setup. While `isDirty()` is true, leaving the
 * page (a link, back, closing the tab) asks first, and the update prompt knows
 * not to reload silently.
 */
export function guardUnsaved(form: string, isDirty: () => boolean) {
	$effect(() => {
		unsavedChanges.set(form, isDirty());
		return () => unsavedChanges.set(form, false);
	});
	beforeNavigate((navigation) => {
		if (!isDirty() || unsavedChanges.discarding) return;
		if (navigation.type === 'leave') {
			// Closing or reloading the tab: the browser shows its own question.
			navigation.cancel();
			return;
		}
		if (!confirm('You have unsaved changes. Leave and lose them?')) navigation.cancel();
	});
}
