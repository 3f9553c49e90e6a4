/**
 * Shows a count on the installed app's icon (Badging API), where the platform
 * has it; elsewhere does nothing.
 */
export function setBadge(count: number): void {
	const nav = navigator as Navigator & {
		setAppBadge?: (n?: number) => Promise<void>;
		clearAppBadge?: () => Promise<void>;
	};
	if (!nav.setAppBadge || !nav.clearAppBadge) return;
	const done = count > 0 ? nav.setAppBadge(count) : nav.clearAppBadge();
	done.catch(() => undefined);
}
