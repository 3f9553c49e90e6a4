import { tick } from 'svelte';

/**
 * Svelte action: move focus into an element when it appears (dialogs,
 * confirmations): to the control marked `data-autofocus` (the safe choice,
 * such as Cancel), else the first control. Escape inside it presses the control
 * marked `data-cancel`, as Escape closes a dialog.
 */
export function focusFirst(node: HTMLElement) {
	const target =
		node.querySelector<HTMLElement>('[data-autofocus]') ??
		node.querySelector<HTMLElement>('button, [href], input, select, textarea');
	(target ?? node).focus();
	const onKeydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || event.defaultPrevented) return;
		const cancel = node.querySelector<HTMLElement>('[data-cancel]');
		if (!cancel) return;
		event.preventDefault();
		cancel.click();
	};
	node.addEventListener('keydown', onKeydown);
	return { destroy: () => node.removeEventListener('keydown', onKeydown) };
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
