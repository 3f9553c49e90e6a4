import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { deleteView, saveView } from '$lib/db/repositories/saved-views';
import type { Entity, Filter, FilterSpec, SavedView } from '$lib/domain/filters/schema';
import { toasts } from '$lib/state/toasts.svelte';
import { filterSearch, wantsAdvanced, type FilterMode } from '$lib/domain/filters/url';

export type Engine = typeof import('./advanced');

/**
 * A list's Simple / Advanced state, kept in the address bar so the list can be
 * bookmarked. The builder and the field definitions load on first use only.
 */
export class AdvancedFilters {
	#mode = $state<FilterMode>('simple');
	#filters = $state.raw<Filter[]>([]);
	#problems = $state.raw<string[]>([]);
	#engine = $state.raw<Engine | undefined>(undefined);
	#loadError = $state<string | undefined>(undefined);
	readonly entity: Entity;

	/** The query string this list last showed, so only a real navigation re-reads it. */
	#written = '';

	constructor(entity: Entity, params: URLSearchParams) {
		this.entity = entity;
		this.sync(params.toString());
	}

	/**
	 * Follows the address after a navigation (a bookmark, the back button, the
	 * nav link to the plain list): the list shows what the address says.
	 */
	sync(search: string) {
		const next = search.replace(/^\?/, '');
		if (next === this.#written) return;
		clearTimeout(this.#timer);
		this.#written = next;
		if (wantsAdvanced(next)) {
			this.#mode = 'advanced';
			void this.#load(next);
		} else {
			this.#mode = 'simple';
			this.#filters = [];
			this.#problems = [];
		}
	}

	get mode(): FilterMode {
		return this.#mode;
	}
	get filters(): Filter[] {
		return this.#filters;
	}
	/** The filters as stored (no on-screen keys). */
	get specs(): FilterSpec[] {
		return this.#engine ? this.#engine.withoutIds(this.#filters) : [];
	}
	get problems(): string[] {
		return this.#problems;
	}
	get engine(): Engine | undefined {
		return this.#engine;
	}
	get loadError(): string | undefined {
		return this.#loadError;
	}
	/** Whether the builder is on screen (Advanced, its code loaded): it then shows the count. */
	get builderShown(): boolean {
		return this.#mode === 'advanced' && this.#engine !== undefined && this.#loadError === undefined;
	}

	/** Whether advanced filters are narrowing the list right now. */
	get active(): boolean {
		return this.#mode === 'advanced' && this.#filters.length > 0;
	}

	async #load(params?: string) {
		try {
			const engine = this.#engine ?? (await import('./advanced'));
			if (params) {
				const parsed =
					this.entity === 'people'
						? engine.readFilterParams(params, engine.PEOPLE_FIELDS)
						: this.entity === 'interactions'
							? engine.readFilterParams(params, engine.INTERACTION_FIELDS)
							: engine.readFilterParams(params, engine.LEAD_FIELDS);
				this.#filters = engine.withIds(parsed.filters);
				this.#problems = parsed.problems;
			}
			this.#engine = engine;
		} catch (error) {
			this.#loadError = `The advanced filters could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload Rapport to try again.`;
		}
	}

	setMode(mode: FilterMode) {
		this.#mode = mode;
		if (mode === 'advanced') void this.#load();
		this.#problems = [];
		this.#writeUrl();
	}

	setFilters(filters: Filter[]) {
		this.#filters = filters;
		this.#problems = [];
		this.#writeUrl();
	}

	/** Opens saved filters (a view). */
	open(specs: readonly FilterSpec[]) {
		if (!this.#engine) return;
		this.setFilters(this.#engine.withIds(specs));
	}

	/** Saves the filters now on screen as a named view; false (and a message) when refused. */
	saveView = async (name: string): Promise<boolean> => {
		try {
			const { view, replaced } = await saveView(this.entity, name, this.specs);
			toasts.show(`${replaced ? 'Updated' : 'Saved'} the view “${view.name}”.`);
			return true;
		} catch (error) {
			toasts.show(error instanceof Error ? error.message : String(error));
			return false;
		}
	};

	/** Deletes a saved view, with an undo; false (and a message) when refused. */
	deleteView = async (view: SavedView): Promise<boolean> => {
		try {
			await deleteView(view.id);
			toasts.show(`Deleted the view “${view.name}”.`, () =>
				saveView(view.entity, view.name, view.filters)
			);
			return true;
		} catch (error) {
			toasts.show(error instanceof Error ? error.message : String(error));
			return false;
		}
	};

	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Writes the address a moment after the last change: replacing it on every
	 * keystroke makes the router refresh the page state each time.
	 */
	#writeUrl() {
		const specs = this.#mode === 'advanced' ? this.specs : [];
		const search = filterSearch(window.location.search, this.#mode, specs);
		this.#written = search;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			// Gone to another screen meanwhile: leave its address alone.
			if (window.location.pathname !== listAddress(this.entity, '')) return;
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- listAddress resolves it
			replaceState(listAddress(this.entity, search), {});
		}, 250);
	}
}

/** The list's own address, with `search` (no `?`) when there is one. */
function listAddress(entity: Entity, search: string): string {
	switch (entity) {
		case 'people':
			return search ? resolve(`/people?${search}`) : resolve('/people');
		case 'interactions':
			return search ? resolve(`/interactions?${search}`) : resolve('/interactions');
		case 'leads':
			return search ? resolve(`/leads?${search}`) : resolve('/leads');
	}
}
