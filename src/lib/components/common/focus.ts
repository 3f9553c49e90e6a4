import { tick } from 'svelte';

/**
 * Svelte action: move focus into an element when it appears (dialogs,
 * confirmations): to the control marked `data-autofocus` (the safe choice,
 * such as Cancel), else the first control.
 */
export function focusFirst(node: HTMLElement) {
	const target =
		node.querySelector<HTMLElement>('[data-autofocus]') ??
		node.querySelector<HTMLElement>('button, [href], input, select, textarea');
	(target ?? node).focus();
}

/**
 * After a refused save: focus the first field marked invalid, once the errors are drawn,
 * so the keyboard and the screen (scrolled to it) land on what to fix. `within` narrows
 * the search to a part of the page (a selector).
 */
export function focusFirstInvalid(within = '') {
	void tick().then(() =>
		document.querySelector<HTMLElement>(`${within} [aria-invalid="true"]`.trim())?.focus()
	);
}
