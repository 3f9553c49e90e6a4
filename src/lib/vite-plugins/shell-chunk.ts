import type { Plugin } from 'vite';

/**
 * Puts everything the first screen needs without waiting (the client entries, the root
 * layout and the Today page, and all they import statically) into three chunks: Dexie, the
 * other libraries, and the app's own code. Rolldown otherwise splits it by which routes
 * share each module: some thirty small files, each with its own import and export lists,
 * gzipped on its own (12.5 KB gzip more in all, 9 KB more on the first load). The set is
 * closed under static imports, so these chunks never wait on another and nothing joins or
 * leaves the first load. The cost: a deep link to another route also loads Today's own code
 * (about 5 KB gzip).
 *
 * Why three and not one: the first time a script runs from the service worker's cache,
 * Chromium stores its compiled code in one main-thread task per script. One 300 KB chunk
 * made that a single 48 ms task on a 2-core machine (a long task, counted in Lighthouse's
 * Total Blocking Time); three chunks make two of about 28 and 25 ms, for 3 KB gzip more.
 */
const DEXIE = /[\\/]node_modules[\\/]dexie[\\/]/;
const LIBRARY = /[\\/]node_modules[\\/]/;

export function shellChunk(): Plugin {
	const shell = new Set<string>();
	return {
		name: 'rapport-shell-chunk',
		apply: 'build',
		// The server build has no client entries: `shell` stays empty and the group captures
		// nothing there.
		config: () => ({
			build: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							// The highest priority whose test matches takes a module.
							groups: [
								{
									name: 'shell-dexie',
									test: (id: string) => shell.has(id) && DEXIE.test(id),
									priority: 3
								},
								{
									name: 'shell-libs',
									test: (id: string) => shell.has(id) && LIBRARY.test(id),
									priority: 2
								},
								{ name: 'shell', test: (id: string) => shell.has(id), priority: 1 }
							]
						}
					}
				}
			}
		}),
		buildEnd() {
			shell.clear();
			const isRoot = (id: string) =>
				/generated\/client-optimized\/app\.js$/.test(id) ||
				/kit\/src\/runtime\/client\/entry\.js$/.test(id) ||
				/generated\/client-optimized\/nodes\/0\.js$/.test(id) ||
				(/generated\/client-optimized\/nodes\/\d+\.js$/.test(id) &&
					(this.getModuleInfo(id)?.importedIds ?? []).some((d) =>
						/src\/routes\/\+page\.svelte$/.test(d)
					));
			const roots = [...this.getModuleIds()].filter(isRoot);
			// A client build that finds no entry (SvelteKit named its generated files otherwise)
			// must not quietly go back to thirty files.
			if (this.environment?.config.consumer === 'client' && roots.length < 3) {
				throw new Error(
					'shell-chunk: the client entries, root layout or Today page were not found'
				);
			}
			const stack = [...roots];
			while (stack.length) {
				const id = stack.pop()!;
				if (shell.has(id)) continue;
				shell.add(id);
				stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
			}
			// The entries themselves stay the files Kit loads.
			for (const id of roots) shell.delete(id);
		}
	};
}
