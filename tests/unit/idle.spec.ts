import { afterEach, describe, expect, it, vi } from 'vitest';
import { eachWhenIdle } from '../../src/lib/state/idle';

describe('eachWhenIdle', () => {
	afterEach(() => vi.useRealTimers());

	it('works through every item, in order, across slices', async () => {
		const seen: number[] = [];
		const items = Array.from({ length: 5000 }, (_, i) => i);
		eachWhenIdle(items, (n) => {
			seen.push(n);
			// Slow enough that one 5 ms slice cannot hold them all.
			const until = performance.now() + 0.01;
			while (performance.now() < until);
		});
		expect(seen).toEqual([]);
		await vi.waitFor(() => expect(seen).toHaveLength(5000), { timeout: 5000 });
		expect(seen).toEqual(items);
	});

	it('stops when cancelled', async () => {
		vi.useFakeTimers();
		const seen: number[] = [];
		const cancel = eachWhenIdle([1, 2, 3], (n) => seen.push(n));
		cancel();
		await vi.runAllTimersAsync();
		expect(seen).toEqual([]);
	});

	it('works in short slices even when the browser offers 50 ms of idle time', async () => {
		// Chromium hands an idle page deadlines of up to 50 ms; a tap meanwhile would wait.
		const offered = vi.fn((run: (deadline: IdleDeadline) => void) => {
			setTimeout(() => run({ didTimeout: false, timeRemaining: () => 50 }), 0);
			return 1;
		});
		vi.stubGlobal('requestIdleCallback', offered);
		let cancel = () => {};
		try {
			const items = Array.from({ length: 60 }, (_, i) => i);
			let done = 0;
			cancel = eachWhenIdle(items, () => {
				done++;
				const until = performance.now() + 1;
				while (performance.now() < until);
			});
			await vi.waitFor(() => expect(done).toBe(60), { timeout: 5000 });
			// Each item takes at least 1 ms and none starts after 5 ms: a slice holds at
			// most 5 of them, so 60 items need at least 12 slices.
			expect(offered.mock.calls.length).toBeGreaterThanOrEqual(12);
		} finally {
			cancel();
			vi.unstubAllGlobals();
		}
	});
});
