/**
 * Where `value` belongs in `sorted` (code-unit order): the index of the first
 * item not before it. `sorted[i] === value` tells whether it is there already.
 */
export function lowerBound(sorted: readonly string[], value: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
