/** A count with its noun: "1 lead", "2 leads", "1,200 people" (`many` defaults to `one` + s). */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * How many of a filtered list match: "3 of 59 people match", "0 of 1 lead match"; the whole
 * count alone when every one does ("59 people").
 */
export function matchCount(matching: number, total: number, one: string, many = `${one}s`): string {
	return matching === total
		? plural(total, one, many)
		: `${matching.toLocaleString('en')} of ${plural(total, one, many)} match`;
}
