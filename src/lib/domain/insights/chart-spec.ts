/**
 * What a chart draws, as plain data: the page builds it from the numbers in
 * charts.ts, the one chart wrapper (components/insights/Chart.svelte) draws it.
 */
export type ChartSeries = {
	label: string;
	data: number[];
	/** Drawn as a line over the bars (a running total). */
	line?: boolean;
	/** An index into the palette, so one kind keeps one colour everywhere. */
	colour?: number;
};

export type ChartSpec = {
	labels: string[];
	series: ChartSeries[];
	/** Bars along the y axis: long names (people, channels) stay readable on a phone. */
	horizontal?: boolean;
	stacked?: boolean;
	/** How values read on the axis and in tooltips. */
	unit: 'count' | 'money' | 'hours' | 'percent';
	currency?: string;
};

/** Minor units to the major units a chart's axis shows. */
export const toMajor = (minor: number, digits: number) => minor / 10 ** digits;

/** Rows a horizontal chart needs in height, so each bar has room for its label. */
export function chartHeightRem(spec: ChartSpec): number {
	if (!spec.horizontal) return 16;
	return Math.max(
		8,
		2 + spec.labels.length * (spec.stacked ? 1.6 : 1.1 * spec.series.length + 0.6)
	);
}

/** "Label 3, Label 5" lists for a chart's text alternative. */
export function describeSeries(spec: ChartSpec, format: (n: number) => string): string {
	return spec.series
		.map(
			(s) => `${s.label}: ${spec.labels.map((l, i) => `${l} ${format(s.data[i] ?? 0)}`).join(', ')}`
		)
		.join('. ');
}
