import type { z } from 'zod/mini';

/**
 * Unsaved form input kept in localStorage, so a reload, an app update or the
 * browser killing a backgrounded tab loses nothing. Read back through a schema:
 * a damaged or outdated draft is dropped, never trusted.
 */
export function loadDraft<S extends z.ZodMiniType>(
	key: string,
	schema: S
): z.output<S> | undefined {
	try {
		const raw = localStorage.getItem(key);
		if (raw === null) return undefined;
		const parsed = schema.safeParse(JSON.parse(raw));
		if (parsed.success) return parsed.data;
		localStorage.removeItem(key);
	} catch {
		// Storage blocked or JSON damaged: there is no draft to restore.
	}
	return undefined;
}

export function saveDraft(key: string, value: unknown): void {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Storage full or blocked: the form still holds the input on screen.
	}
}

export function clearDraft(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Nothing to clear.
	}
}
