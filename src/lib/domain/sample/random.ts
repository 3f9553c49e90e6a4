/** A small seeded PRNG (mulberry32): same seed, same sequence, on every engine. */
export class Random {
	#state: number;

	constructor(seed: number) {
		this.#state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.#state = (this.#state + 0x6d2b79f5) >>> 0;
		let t = this.#state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		const item = items[Math.floor(this.next() * items.length)];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	}

	/** Picks by weight: `[[value, weight], …]`. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T {
		const total = entries.reduce((sum, [, w]) => sum + w, 0);
		let roll = this.next() * total;
		for (const [value, weight] of entries) {
			roll -= weight;
			if (roll < 0) return value;
		}
		return entries[entries.length - 1]![0];
	}

	/** Up to `count` distinct items. */
	sample<T>(items: readonly T[], count: number): T[] {
		const pool = [...items];
		const out: T[] = [];
		while (out.length < count && pool.length > 0) {
			out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
		}
		return out;
	}

	/** A UUID-shaped id drawn from the sequence, so ids are deterministic too. */
	uuid(): string {
		const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
		hex[12] = '4';
		hex[16] = '89ab'[Math.floor(this.next() * 4)]!;
		const s = hex.join('');
		return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
	}
}

/** Weighted picks from a fixed list in O(log n): a cumulative table and a binary search. */
export class WeightedPicker<T> {
	readonly #items: T[];
	readonly #cumulative: number[];

	constructor(entries: readonly (readonly [T, number])[]) {
		this.#items = entries.map(([item]) => item);
		let total = 0;
		this.#cumulative = entries.map(([, weight]) => (total += weight));
	}

	pick(rng: Random): T {
		const total = this.#cumulative[this.#cumulative.length - 1] ?? 0;
		const roll = rng.next() * total;
		let lo = 0;
		let hi = this.#cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.#cumulative[mid]! > roll) hi = mid;
			else lo = mid + 1;
		}
		const item = this.#items[lo];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	}
}
