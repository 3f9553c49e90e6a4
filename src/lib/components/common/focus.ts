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
