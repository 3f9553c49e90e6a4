import { SvelteSet } from 'svelte/reactivity';

/**
 * Forms that hold input not yet saved. The update prompt and navigation guards
 * read it so an app update or a stray tap never throws away what was typed.
 */
class UnsavedChanges {
	#forms = new SvelteSet<string>();
	#discarding = false;

	set(form: string, dirty: boolean) {
		if (dirty) this.#forms.add(form);
		else this.#forms.delete(form);
	}

	get any(): boolean {
		return this.#forms.size > 0;
	}

	/** The user chose to throw their input away (e.g. "Reload anyway"): stop guarding. */
	discardAll() {
		this.#discarding = true;
		this.#forms.clear();
	}

	get discarding(): boolean {
		return this.#discarding;
	}
}

export const unsavedChanges = new UnsavedChanges();
