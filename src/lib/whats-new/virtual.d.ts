declare module 'virtual:whats-new-latest' {
	/** The newest What's new entry's id (generated from entries.json at build time). */
	export const latestId: string;
	export const latestDate: string;
}
