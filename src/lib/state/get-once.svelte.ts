/**
 * A one-time read for forms: unlike a live query, the data does not change
 * under the user while they type. Results are kept raw (not deep proxies), so
 * they can be written back to IndexedDB as they are.
 */
export function getOnce<T>(load: () => Promise<T>) {
	let value = $state.raw<T | undefined>(undefined);
	let error = $state.raw<Error | undefined>(undefined);
	let loaded = $state(false);
	load().then(
		(result) => {
			value = result;
			loaded = true;
		},
		(e: unknown) => {
			error = e instanceof Error ? e : new Error(String(e));
			loaded = true;
		}
	);
	return {
		get value() {
			return value;
		},
		get error() {
			return error;
		},
		get loaded() {
			return loaded;
		}
	};
}
