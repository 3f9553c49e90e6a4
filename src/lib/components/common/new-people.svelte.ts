import { ValidationError } from '$lib/db/errors';
import { addPersonNamed } from '$lib/db/repositories/people';
import type { Person } from '$lib/domain/person';
import { toasts } from '$lib/state/toasts.svelte';

/**
 * The people a form's pickers offer: those the page loaded, and those added from the form
 * itself ("Add “Maria Lopez” as a new person"), who show at once.
 */
export class NewPeople {
	#loaded: () => readonly Person[];
	added = $state<Person[]>([]);

	constructor(loaded: () => readonly Person[]) {
		this.#loaded = loaded;
	}

	/** Everyone to offer (a form keeps it in a `$derived`, which tracks both lists). */
	get everyone(): Person[] {
		return [...this.#loaded(), ...this.added];
	}

	/**
	 * A PersonPicker's `oncreate`: someone new is added to People by name at once (their
	 * details can follow on their page), said in a toast, kept here and handed to `chosen` for
	 * the form. Resolves to what went wrong (a name too long, someone of that name already
	 * here or archived), for the picker to show under the field.
	 */
	creator(chosen: (person: Person) => void) {
		return async (name: string): Promise<string | undefined> => {
			try {
				const person = await addPersonNamed(name);
				this.added = [...this.added, person];
				chosen(person);
				toasts.show(`Added ${person.name} to your people.`);
				return undefined;
			} catch (e) {
				if (e instanceof ValidationError) return Object.values(e.fields).join(' ');
				return e instanceof Error ? e.message : String(e);
			}
		};
	}
}
