import type { FieldDef } from './fields';
import type { Condition, Filter, FilterSpec } from './schema';

/** What a new filter on `field` starts with: nothing chosen yet, the likeliest operator. */
export function emptyCondition<R, C>(field: FieldDef<R, C>, currency: string): Condition {
	switch (field.kind) {
		case 'values':
			return { type: 'values', values: [] };
		case 'text':
			return { type: 'text', contains: '' };
		case 'number':
			return { type: 'number', op: 'gt', a: null, b: null };
		case 'money':
			return { type: 'money', op: 'between', currency, a: null, b: null };
		case 'date':
			return {
				type: 'date',
				op: field.when === 'future' ? 'next' : 'last',
				from: null,
				to: null,
				n: null,
				unit: 'days'
			};
		case 'flag':
			return { type: 'flag', value: true };
	}
}

let counter = 0;
/** A key for a filter on screen (unique within the page; never stored). */
export function filterId(): string {
	counter += 1;
	return `filter-${counter}`;
}

export function withIds(specs: readonly FilterSpec[]): Filter[] {
	return specs.map((s) => ({ ...s, id: filterId() }));
}

export function withoutIds(filters: readonly Filter[]): FilterSpec[] {
	return filters.map(({ field, mode, locked, condition }) => ({ field, mode, locked, condition }));
}

export function addFilter(filters: readonly Filter[], spec: FilterSpec): Filter[] {
	return [...filters, { ...spec, id: filterId() }];
}

export function removeFilter(filters: readonly Filter[], id: string): Filter[] {
	return filters.filter((f) => f.id !== id);
}

export function updateFilter(
	filters: readonly Filter[],
	id: string,
	change: Partial<FilterSpec>
): Filter[] {
	return filters.map((f) => (f.id === id ? { ...f, ...change } : f));
}

/** Moves a filter to position `to` (clamped); the order is the order filters are read and indexed. */
export function moveFilter(filters: readonly Filter[], id: string, to: number): Filter[] {
	const from = filters.findIndex((f) => f.id === id);
	if (from === -1) return [...filters];
	const next = [...filters];
	const [moved] = next.splice(from, 1);
	next.splice(Math.max(0, Math.min(to, next.length)), 0, moved!);
	return next;
}

export function setLocked(filters: readonly Filter[], id: string, locked: boolean): Filter[] {
	return updateFilter(filters, id, { locked });
}

/** Locks every filter, or unlocks every one when all are locked already. */
export function toggleLockAll(filters: readonly Filter[]): Filter[] {
	const lock = !filters.every((f) => f.locked);
	return filters.map((f) => ({ ...f, locked: lock }));
}

/** "Clear": locked filters stay, in their order; the rest go. */
export function clearFilters(filters: readonly Filter[]): Filter[] {
	return filters.filter((f) => f.locked);
}
