/** Svelte action: move focus into an element when it appears (dialogs, confirmations). */
export function focusFirst(node: HTMLElement) {
	const target = node.querySelector<HTMLElement>('button, [href], input, select, textarea');
	(target ?? node).focus();
}
