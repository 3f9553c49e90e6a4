import { afterNavigate, beforeNavigate, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';

/** The lists whose Simple filters live in the address. */
export type FilteredList = '/leads' | '/sources' | '/interactions';

/**
 * The address the browser shows now, which is the truth for a list's filters.
 * Not `page.url`: after a shallow `replaceState` SvelteKit keeps `page.url` (and the
 * address it restores on Back) as the page was opened, so filters chosen on the page
 * would be lost on Back from a record. The browser's address has them.
 */
export function addressParams(): URLSearchParams {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
	return new URLSearchParams(window.location.search);
}

/**
 * A list's Simple filters kept in the address, so a reload, Back and a bookmark keep them.
 * A change replaces the address shallowly (nothing reloads); any navigation (a link, Back,
 * a reload) reads the address again. Create it while the page's component initialises.
 */
export class AddressFilter<F> {
	#current = $state.raw<F>() as F;
	#search = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #path: FilteredList;
	readonly #toSearch: (filter: F) => string;
	readonly #parse: (params: URLSearchParams) => F;

	constructor(
		path: FilteredList,
		parse: (params: URLSearchParams) => F,
		toSearch: (filter: F) => string
	) {
		this.#path = path;
		this.#parse = parse;
		this.#toSearch = toSearch;
		this.#read();
		afterNavigate(() => {
			clearTimeout(this.#timer);
			this.#timer = undefined;
			this.#read();
		});
		// Typing then leaving at once: the list's own entry gets the words before it is left
		// (on Back the browser has already moved to the other entry, so that one is left alone).
		beforeNavigate(({ type }) => {
			if (this.#timer === undefined) return;
			clearTimeout(this.#timer);
			this.#timer = undefined;
			if (type !== 'popstate') this.#write();
		});
	}

	get current(): F {
		return this.#current;
	}

	/**
	 * Shows `filter` and writes it into the address: at once for a choice, a moment after
	 * the last keystroke for typing (replacing the address on each one would refresh the
	 * router's page state each time, and browsers limit how often a page may do it).
	 */
	set(filter: F, typing = false) {
		this.#current = filter;
		this.#search = this.#toSearch(filter);
		clearTimeout(this.#timer);
		this.#timer = undefined;
		if (typing) this.#timer = setTimeout(() => this.#writeIfHere(), 250);
		else this.#write();
	}

	#read() {
		const search = window.location.search;
		if (search === this.#search && this.#current !== undefined) return;
		this.#current = this.#parse(addressParams());
		this.#search = this.#toSearch(this.#current);
	}

	#writeIfHere() {
		this.#timer = undefined;
		// Gone to another screen meanwhile: leave its address alone.
		if (window.location.pathname === resolve(this.#path)) this.#write();
	}

	#write() {
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolved
		replaceState(`${resolve(this.#path)}${this.#search}`, {});
	}
}
