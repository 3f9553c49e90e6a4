type Scheduler = { yield?: () => Promise<void> };

/**
 * Lets the browser paint and handle input between slices of long work.
 * `scheduler.yield()` resumes ahead of other tasks where it exists; elsewhere
 * a zero timeout does the same job, a little slower.
 */
export function yieldToPage(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
