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
