import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * A Dexie live query as Svelte state. `input` is read synchronously inside an
 * effect (so Svelte tracks it) and its plain value is handed to `query`; Dexie
 * re-runs the query when the tables it read change, in this tab or another.
 * It subscribes only while something on screen reads it, keeps the previous
 * result while a new one loads, drops late results from an outdated input, and
 * surfaces errors instead of swallowing them.
 */
export class LiveQuery<T, I = undefined> {
	#current = $state.raw<T | undefined>(undefined);
	#error = $state.raw<Error | undefined>(undefined);
	#loading = $state(true);
	#generation = 0;
	#subscribe: () => void;

	constructor(query: (input: I) => Promise<T>, input: () => I = () => undefined as I) {
		this.#subscribe = createSubscriber(() =>
			$effect.root(() => {
				$effect(() => {
					const value = input();
					const generation = ++this.#generation;
					this.#loading = true;
					const subscription = liveQuery(() => query(value)).subscribe({
						next: (result) => {
							if (generation !== this.#generation) return;
							this.#current = result;
							this.#error = undefined;
							this.#loading = false;
						},
						error: (error: unknown) => {
							if (generation !== this.#generation) return;
							this.#error = error instanceof Error ? error : new Error(String(error));
							this.#loading = false;
						}
					});
					return () => subscription.unsubscribe();
				});
			})
		);
	}

	/** The latest result; undefined until the first one arrives (or when the query returns undefined). */
	get current(): T | undefined {
		this.#subscribe();
		return this.#current;
	}

	get error(): Error | undefined {
		this.#subscribe();
		return this.#error;
	}

	/** True until the first result for the current input has arrived. */
	get loading(): boolean {
		this.#subscribe();
		return this.#loading;
	}
}
