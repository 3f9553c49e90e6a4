type DrawModule = typeof import('./draw');

let loading: Promise<DrawModule> | undefined;

/**
 * chart.js, fetched once for the Insights route (never in other routes' bundles).
 * A failed fetch (offline before it was cached) is tried again on the next call.
 * Once it has arrived, every chart's `then` runs as a microtask of the task that
 * rendered the cards (a fresh `import()` each would resolve in a task of its own,
 * and the page was laid out and painted between charts).
 */
export function loadCharts(): Promise<DrawModule> {
	loading ??= import('./draw').catch((error: unknown) => {
		loading = undefined;
		throw error;
	});
	return loading;
}
