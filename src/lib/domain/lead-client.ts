import type { Role } from './vocabulary';

/**
 * Winning a lead marks who it was for as a client. A person gets the "client"
 * role, which replaces "prospect" (they are no longer one); an organisation has
 * no roles, so it gets the tag "client" (shown on its page). Losing or
 * reopening a lead later removes
 * neither: they may be a client through other work.
 */
export const CLIENT_TAG = 'client';

/** The roles with "client" added, or undefined when nothing changes. */
export function withClientRole(roles: readonly Role[]): Role[] | undefined {
	if (roles.includes('client')) return undefined;
	return [...roles.filter((r) => r !== 'prospect'), 'client'];
}

/** The tags with "client" added, or undefined when already there (any case). */
export function withClientTag(tags: readonly string[]): string[] | undefined {
	if (tags.some((t) => t.toLowerCase() === CLIENT_TAG)) return undefined;
	return [...tags, CLIENT_TAG];
}
