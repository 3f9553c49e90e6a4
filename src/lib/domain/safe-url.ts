/** The only link schemes Rapport ever renders from user text. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * The address to put in an `href`, or undefined when it is not a web, email or
 * phone link. Schemas already refuse other links on save; this is the last line
 * of defence at render time, for rows written by older versions or other tools
 * (`javascript:`, `data:`, `vbscript:`, `file:` and relative tricks never reach
 * the DOM).
 */
export function safeHref(value: string | null | undefined): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (!text || text.length > 2048) return undefined;
	let url: URL;
	try {
		// No base: a relative address ("//evil", "/x") is refused, not resolved.
		url = new URL(text);
	} catch {
		return undefined;
	}
	if (!(SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return undefined;
	if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
	return url.href;
}

/**
 * A host name typed on its own: two or more labels, the last one starting with a letter
 * ("guild.pt", "www.example.co.uk", "bücher.example", a final dot allowed) or an IPv4
 * address (as imports took them before), an optional port, then an optional
 * path. No scheme, no spaces, no `@` (an email address is not a web address).
 */
const BARE_WEB_ADDRESS =
	/^(?:(?:[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_-]*[\p{L}\p{N}\p{M}])?\.)+\p{L}(?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?\.?|(?:\d{1,3}\.){3}\d{1,3})(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/**
 * A web address as people type it: "guild.pt" or "www.example.com/about" gets "https://" in
 * front. Anything else is returned trimmed and otherwise as typed, for the schema to accept
 * or refuse: an address with a scheme ("http://…", "mailto:…", "javascript:…"), text with
 * spaces, an email address, a word without a dot.
 */
export function withWebScheme(text: string): string {
	const value = text.trim();
	return BARE_WEB_ADDRESS.test(value) ? `https://${value}` : value;
}

/** A `mailto:` link for an email address, or undefined when it is not one. */
export function mailtoHref(email: string): string | undefined {
	const text = email.trim();
	if (!/^[^\s@:/?#]+@[^\s@:/?#]+$/.test(text)) return undefined;
	return safeHref(`mailto:${text}`);
}

/** A `tel:` link for a phone number as typed ("+351 912 (34) 56-78"). */
export function telHref(phone: string): string | undefined {
	const digits = phone.replace(/[^\d+]/g, '');
	if (!/^\+?\d{3,}$/.test(digits)) return undefined;
	return `tel:${digits}`;
}
