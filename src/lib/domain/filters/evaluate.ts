import { normalise } from '../people-search';
import { dayRange, inRange, type DayRange } from './dates';
import { fieldByKey, type FieldDef, type FieldSet } from './fields';
import type { Condition, FilterSpec } from './schema';

/**
 * The expression tree a filter list compiles to: every filter must hold (and),
 * an excluding filter negates its test (not), and each test is one field against
 * one condition, with relative dates already turned into days for `today`.
 */
export type Expr<R, C> =
	| { op: 'and'; of: Expr<R, C>[] }
	| { op: 'not'; of: Expr<R, C> }
	| { op: 'test'; field: FieldDef<R, C>; test: Test };

/** A condition made ready to run: lower-cased values, a resolved day range. */
type Test =
	| { type: 'values'; values: ReadonlySet<string> }
	| { type: 'text'; contains: string }
	| { type: 'number'; lo: number; hi: number; loOpen: boolean; hiOpen: boolean }
	| { type: 'money'; currency: string; lo: number; hi: number; loOpen: boolean; hiOpen: boolean }
	| { type: 'date'; range: DayRange }
	| { type: 'flag'; value: boolean };

/** Whether a filter is filled in enough to apply (an unfinished one is skipped, and says so). */
export function isComplete(condition: Condition, today = '2000-01-01'): boolean {
	return prepare(condition, today) !== undefined;
}

function bounds(op: 'gt' | 'lt' | 'eq' | 'between', a: number | null, b: number | null) {
	if (a === null) return undefined;
	switch (op) {
		case 'gt':
			return { lo: a, hi: Infinity, loOpen: true, hiOpen: false };
		case 'lt':
			return { lo: -Infinity, hi: a, loOpen: false, hiOpen: true };
		case 'eq':
			return { lo: a, hi: a, loOpen: false, hiOpen: false };
		case 'between':
			if (b === null) return undefined;
			return { lo: Math.min(a, b), hi: Math.max(a, b), loOpen: false, hiOpen: false };
	}
}

function prepare(condition: Condition, today: string): Test | undefined {
	switch (condition.type) {
		case 'values':
			if (condition.values.length === 0) return undefined;
			return { type: 'values', values: new Set(condition.values.map((v) => v.toLowerCase())) };
		case 'text': {
			const contains = normalise(condition.contains.trim());
			return contains === '' ? undefined : { type: 'text', contains };
		}
		case 'number': {
			const b = bounds(condition.op, condition.a, condition.b);
			return b && { type: 'number', ...b };
		}
		case 'money': {
			const b = bounds(condition.op, condition.a, condition.b);
			return b && { type: 'money', currency: condition.currency, ...b };
		}
		case 'date': {
			const range = dayRange(condition, today);
			return range && { type: 'date', range };
		}
		case 'flag':
			return { type: 'flag', value: condition.value };
	}
}

/**
 * Compiles the filters that apply (known field, right kind, filled in) into
 * one expression. Unknown or unfinished filters are left out, never guessed at.
 */
export function compile<R, C>(
	filters: readonly FilterSpec[],
	set: FieldSet<R, C>,
	today: string
): Expr<R, C> {
	const of: Expr<R, C>[] = [];
	for (const filter of filters) {
		const field = fieldByKey(set, filter.field);
		if (!field || field.kind !== kindOf(filter.condition)) continue;
		const test = prepare(filter.condition, today);
		if (!test) continue;
		const node: Expr<R, C> = { op: 'test', field, test };
		of.push(filter.mode === 'exclude' ? { op: 'not', of: node } : node);
	}
	return { op: 'and', of };
}

function kindOf(condition: Condition): FieldDef<unknown, unknown>['kind'] {
	return condition.type;
}

const between = (x: number, t: { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }) =>
	(t.loOpen ? x > t.lo : x >= t.lo) && (t.hiOpen ? x < t.hi : x <= t.hi);

// Normalised text per record and field: records are immutable snapshots, so a
// cache keyed by the record object stays right and makes typing cheap.
const textCache = new WeakMap<object, Map<string, string>>();

function textOf<R, C>(field: FieldDef<R, C> & { kind: 'text' }, record: R, ctx: C): string {
	const key = record as object;
	let perField = textCache.get(key);
	const hit = perField?.get(field.key);
	if (hit !== undefined) return hit;
	const raw = field.get(record, ctx);
	const text = normalise(typeof raw === 'string' ? raw : raw.join('\n'));
	if (!perField) textCache.set(key, (perField = new Map()));
	perField.set(field.key, text);
	return text;
}

function runTest<R, C>(field: FieldDef<R, C>, test: Test, record: R, ctx: C): boolean {
	switch (field.kind) {
		case 'values': {
			if (test.type !== 'values') return false;
			const raw = field.get(record, ctx);
			if (raw === null) return false;
			const list = typeof raw === 'string' ? [raw] : raw;
			return list.some((v) => test.values.has(v.toLowerCase()));
		}
		case 'text':
			return test.type === 'text' && textOf(field, record, ctx).includes(test.contains);
		case 'number': {
			const n = field.get(record, ctx);
			return test.type === 'number' && n !== null && between(n, test);
		}
		case 'money': {
			const m = field.get(record, ctx);
			return (
				test.type === 'money' &&
				m !== null &&
				m.currency === test.currency &&
				between(m.amountMinor, test)
			);
		}
		case 'date':
			return test.type === 'date' && inRange(test.range, field.get(record, ctx));
		case 'flag':
			return test.type === 'flag' && field.get(record, ctx) === test.value;
	}
}

export function evaluate<R, C>(expr: Expr<R, C>, record: R, ctx: C): boolean {
	switch (expr.op) {
		case 'and':
			return expr.of.every((e) => evaluate(e, record, ctx));
		case 'not':
			return !evaluate(expr.of, record, ctx);
		case 'test':
			return runTest(expr.field, expr.test, record, ctx);
	}
}

/** The records every applying filter keeps, order kept. */
export function applyFilters<R, C>(
	records: readonly R[],
	filters: readonly FilterSpec[],
	set: FieldSet<R, C>,
	ctx: C,
	today: string
): R[] {
	const expr = compile(filters, set, today);
	if (expr.op === 'and' && expr.of.length === 0) return [...records];
	return records.filter((r) => evaluate(expr, r, ctx));
}
