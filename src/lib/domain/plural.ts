/** A count with its noun: "1 lead", "2 leads", "1,200 people" (`many` defaults to `one` + s). */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
