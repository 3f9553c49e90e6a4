import { ValidationError } from '$lib/db/errors';
import { addPersonNamed } from '$lib/db/repositories/people';
import type { Person } from '$lib/domain/person';
import { toasts } from '$lib/state/toasts.svelte';

/**
 * A PersonPicker's `oncreate`: someone new is added to People by name at once (their details
 * can follow on their page), said in a toast, and handed to `chosen` for the form. Resolves to
 * what went wrong (a name too long, an archived person of that name), for the picker to show
 * under the field.
 */
export function personCreator(chosen: (person: Person) => void) {
	return async (name: string): Promise<string | undefined> => {
		try {
			const person = await addPersonNamed(name);
			chosen(person);
			toasts.show(`Added ${person.name} to your people.`);
			return undefined;
		} catch (e) {
			if (e instanceof ValidationError) return Object.values(e.fields).join(' ');
			return e instanceof Error ? e.message : String(e);
		}
	};
}
