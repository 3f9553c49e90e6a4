type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser paint and handle input between slices of a long job, so no
 * single task holds the main thread. `scheduler.yield()` resumes ahead of other
 * tasks where it exists; elsewhere a message channel, which is not throttled
 * the way nested timers are (4 ms each after five levels).
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => {
		if (typeof MessageChannel === 'undefined') {
			setTimeout(resolve, 0);
			return;
		}
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/** Calls `work` for each item, yielding whenever a slice has run for `budgetMs`. */
export async function forEachSliced<T>(
	items: readonly T[],
	work: (item: T, index: number) => void,
	options: { budgetMs?: number; onProgress?: (done: number) => void } = {}
): Promise<void> {
	const budget = options.budgetMs ?? 25;
	let sliceStart = performance.now();
	for (let i = 0; i < items.length; i++) {
		work(items[i] as T, i);
		if (performance.now() - sliceStart > budget) {
			options.onProgress?.(i + 1);
			await yieldToMain();
			sliceStart = performance.now();
		}
	}
	options.onProgress?.(items.length);
}
