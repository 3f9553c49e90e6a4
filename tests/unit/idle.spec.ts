import { afterEach, describe, expect, it, vi } from 'vitest';
import { eachWhenIdle } from '../../src/lib/state/idle';

describe('eachWhenIdle', () => {
	afterEach(() => vi.useRealTimers());

	it('works through every item, in order, across slices', async () => {
		const seen: number[] = [];
		const items = Array.from({ length: 5000 }, (_, i) => i);
		eachWhenIdle(items, (n) => {
			seen.push(n);
			// Slow enough that one 8 ms slice cannot hold them all.
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
});
