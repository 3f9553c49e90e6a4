import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** The quick log with a person already chosen. */
export function logWith(personId: string): ResolvedPathname {
	return `${resolve('/log')}?person=${encodeURIComponent(personId)}` as ResolvedPathname;
}
