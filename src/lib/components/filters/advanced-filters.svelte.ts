import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Entity, Filter, FilterSpec } from '$lib/domain/filters/schema';
import { filterSearch, wantsAdvanced, type FilterMode } from '$lib/domain/filters/url';

type Engine = typeof import('./advanced');

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

	constructor(entity: Entity, params: URLSearchParams) {
		this.entity = entity;
		if (wantsAdvanced(params)) {
			this.#mode = 'advanced';
			void this.#load(params.toString());
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
						: engine.readFilterParams(params, engine.INTERACTION_FIELDS);
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

	#writeUrl() {
		const specs = this.#mode === 'advanced' ? this.specs : [];
		const search = filterSearch(window.location.search, this.#mode, specs);
		// The address of this list with the filters; leads wire in their own at merge.
		replaceState(
			this.entity === 'people'
				? search
					? resolve(`/people?${search}`)
					: resolve('/people')
				: search
					? resolve(`/interactions?${search}`)
					: resolve('/interactions'),
			{}
		);
	}
}
