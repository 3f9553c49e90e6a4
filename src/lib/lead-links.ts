import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';

/** A new lead for someone, or one they referred. */
export function newLeadHref(prefill: { person?: string; referrer?: string }): ResolvedPathname {
	const params = new URLSearchParams();
	if (prefill.person) params.set('person', prefill.person);
	if (prefill.referrer) params.set('referrer', prefill.referrer);
	return `${resolve('/leads/new')}?${params}` as ResolvedPathname;
}

/** "I referred someone to them". */
export function referHref(to: string): ResolvedPathname {
	return `${resolve('/leads/refer')}?to=${encodeURIComponent(to)}` as ResolvedPathname;
}

/** A lead's form, opened to close it as won or lost ("Mark as won…", "Mark as lost…" on its page). */
export function closeLeadHref(id: string, status: 'won' | 'lost'): ResolvedPathname {
	return `${resolve('/leads/[id]/edit', { id })}?status=${status}` as ResolvedPathname;
}
