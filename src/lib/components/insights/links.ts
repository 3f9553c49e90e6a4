import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/**
 * Where a bar leads. People and organisations open their own page. Leads open
 * the Leads list with `channel`, `from` and `to` (first contact), which its
 * filters read; `status` is shown by the board's columns.
 */
export function leadsHref(params: Record<string, string | null | undefined>): ResolvedPathname {
	const query = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
	const text = query.toString();
	return (text ? `${resolve('/leads')}?${text}` : resolve('/leads')) as ResolvedPathname;
}

export const personHref = (id: string): ResolvedPathname => resolve('/people/[id]', { id });
export const organisationHref = (id: string): ResolvedPathname =>
	resolve('/organisations/[id]', { id });
