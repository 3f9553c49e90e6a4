import type { ChartSpec } from '$lib/domain/insights/chart-spec';

/** Distinct in both themes; the theme's accent comes before them. */
const PALETTE = [
	'#c98a12',
	'#5b7fd6',
	'#c2528b',
	'#3e9e5f',
	'#8a6dd1',
	'#d1603d',
	'#2f9bb3',
	'#7f8c3a'
];

/**
 * Each series' colour, the same in the canvas and in the legend beside it: a
 * running total takes the text colour, a series its palette place (so one kind
 * keeps one colour everywhere). `accent` and `text` are the theme's colours, as
 * values for the canvas or as `var(--accent)` / `var(--text)` for the page.
 */
export function seriesColours(spec: ChartSpec, accent: string, text: string): string[] {
	const colours = [accent, ...PALETTE];
	return spec.series.map((s, i) => (s.line ? text : colours[(s.colour ?? i) % colours.length]!));
}
