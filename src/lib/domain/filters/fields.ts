import type { Money } from '../money';
import type { ConditionType, Entity } from './schema';

/** A choice for an any-of filter: the stored value and what the user reads. */
export type Option = { value: string; label: string };

/**
 * A chosen value that no option names any more (a channel removed, a tag no one has, a
 * deleted organisation, kept in a saved view or a link): shown, so it can be unticked
 * rather than emptying the list for no visible reason.
 */
export function missingOption(value: string): Option {
	const id = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value);
	return { value, label: id ? 'Deleted since (matches nothing)' : `${value} (no longer here)` };
}

type Base = { key: string; label: string };

/**
 * A field a filter can test, with how to read it from a record `R` given the
 * screen's context `C` (organisations, people names, settings…).
 */
export type FieldDef<R, C> = Base &
	(
		| {
				kind: 'values';
				get: (record: R, ctx: C) => readonly string[] | string | null;
				options: (ctx: C) => Option[];
				/** Compare ignoring case (user-typed values such as tags). */
				caseless?: boolean;
		  }
		| { kind: 'text'; get: (record: R, ctx: C) => string | readonly string[] }
		| { kind: 'number'; get: (record: R, ctx: C) => number | null; unit: string }
		| { kind: 'money'; get: (record: R, ctx: C) => Money | null }
		| {
				kind: 'date';
				get: (record: R, ctx: C) => string | null;
				/** Which relative ranges make sense: past dates, future ones, or both. */
				when: 'past' | 'future' | 'both';
		  }
		| { kind: 'flag'; get: (record: R, ctx: C) => boolean; yes: string; no: string }
	);

export type FieldKind = FieldDef<unknown, unknown>['kind'];

/** Which condition each kind of field takes. */
export const CONDITION_FOR: Record<FieldKind, ConditionType> = {
	values: 'values',
	text: 'text',
	number: 'number',
	money: 'money',
	date: 'date',
	flag: 'flag'
};

export type FieldSet<R, C> = { entity: Entity; fields: readonly FieldDef<R, C>[] };

export function fieldByKey<R, C>(set: FieldSet<R, C>, key: string): FieldDef<R, C> | undefined {
	return set.fields.find((f) => f.key === key);
}
