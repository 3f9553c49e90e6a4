/** The longest piece of idle work at a time, in milliseconds. */
const SLICE_MS = 5;

/**
 * Runs `work` on each item in the browser's idle time, a few milliseconds at a
 * time, so preparing 10,000 records never freezes a frame. Safari has no
 * requestIdleCallback: there it works in short timer slices. Returns a cancel.
 */
export function eachWhenIdle<T>(items: readonly T[], work: (item: T) => void): () => void {
	let next = 0;
	let cancelled = false;
	const idle = typeof requestIdleCallback === 'function';
	const slice = (deadline?: IdleDeadline) => {
		if (cancelled) return;
		const until = performance.now() + SLICE_MS;
		// Never longer than the slice, even when the browser offers more idle time
		// (up to 50 ms): a tap that arrives meanwhile waits for the slice to end.
		while (
			next < items.length &&
			performance.now() < until &&
			(!deadline || deadline.timeRemaining() > 1)
		) {
			work(items[next++]!);
		}
		if (next < items.length) schedule();
	};
	const schedule = () => (idle ? requestIdleCallback(slice) : setTimeout(slice, 16));
	schedule();
	return () => {
		cancelled = true;
	};
}
