import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** The quick log with a person already chosen; from a follow-up, offering to mark it done. */
export function logWith(personId: string, followUpOf?: string): ResolvedPathname {
	const also = followUpOf ? `&followUp=${encodeURIComponent(followUpOf)}` : '';
	return `${resolve('/log')}?person=${encodeURIComponent(personId)}${also}` as ResolvedPathname;
}

/** Record a give or receive with a person, its direction (and kind) chosen. */
export function recordExchange(
	personId: string,
	direction: 'given' | 'received',
	kind?: string
): ResolvedPathname {
	const base = resolve('/people/[id]/exchange/new', { id: personId });
	return `${base}?direction=${direction}${kind ? `&kind=${kind}` : ''}` as ResolvedPathname;
}

/** The introduction screen, with one or both people already chosen. */
export function introduceHref(a: string, b?: string): ResolvedPathname {
	const query = `a=${encodeURIComponent(a)}${b ? `&b=${encodeURIComponent(b)}` : ''}`;
	return `${resolve('/introduce')}?${query}` as ResolvedPathname;
}
