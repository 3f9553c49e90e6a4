import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	Tooltip,
	type ChartConfiguration,
	type Plugin
} from 'chart.js';
import type { ChartSpec } from '$lib/domain/insights/chart-spec';
import { seriesColours } from './palette';

// Only the parts these charts use (never chart.js/auto), so the route's bundle stays small.
// A running total is drawn by the small plugin below rather than chart.js's line
// chart, which would add its controller and two elements to the download. The
// legend is the page's own (Chart.svelte: buttons a keyboard can reach), not
// chart.js's, which measured and drew it in the canvas for every chart.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Draws each `line` series as a polyline over the bars (its bars are invisible). */
function lines(colour: string, lineSeries: Set<number>): Plugin<'bar'> {
	return {
		id: 'runningLine',
		afterDatasetsDraw(chart) {
			const { ctx } = chart;
			for (const index of lineSeries) {
				if (!chart.isDatasetVisible(index)) continue;
				const points = chart.getDatasetMeta(index).data;
				if (points.length === 0) continue;
				ctx.save();
				ctx.strokeStyle = colour;
				ctx.fillStyle = colour;
				ctx.lineWidth = 2;
				ctx.beginPath();
				points.forEach((bar, i) => (i === 0 ? ctx.moveTo(bar.x, bar.y) : ctx.lineTo(bar.x, bar.y)));
				ctx.stroke();
				for (const bar of points) ctx.fillRect(bar.x - 2, bar.y - 2, 4, 4);
				ctx.restore();
			}
		}
	};
}

// One compact money format per currency for all charts: making one costs more
// than the axis labels it formats (a few milliseconds per chart on a phone).
const compactMoney = new Map<string, Intl.NumberFormat>();

function formatter(spec: ChartSpec) {
	const currency = spec.unit === 'money' ? spec.currency : undefined;
	if (currency) {
		let f = compactMoney.get(currency);
		if (!f) {
			f = new Intl.NumberFormat(undefined, { style: 'currency', currency, notation: 'compact' });
			compactMoney.set(currency, f);
		}
		return (v: number) => f.format(v);
	}
	if (spec.unit === 'hours') return (v: number) => `${Math.round(v * 10) / 10} h`;
	if (spec.unit === 'percent') return (v: number) => `${Math.round(v)}%`;
	return (v: number) => String(Math.round(v * 100) / 100);
}

/** What a chart needs from the page, read before any chart is drawn (see Chart.svelte). */
export type ChartFrame = {
	/** The chart's box in CSS pixels. */
	width: number;
	height: number;
	/** The theme's text, grid and accent colours. */
	text: string;
	grid: string;
	accent: string;
};

function config(
	spec: ChartSpec,
	onPick: (index: number, series: number) => void,
	{ text, grid, accent }: ChartFrame,
	hidden: ReadonlySet<number>
): ChartConfiguration<'bar'> {
	const colours = seriesColours(spec, accent, text);
	const format = formatter(spec);
	const value = spec.horizontal ? 'x' : 'y';
	const lineSeries = new Set(spec.series.flatMap((s, i) => (s.line ? [i] : [])));
	const category = spec.horizontal ? 'y' : 'x';
	return {
		type: 'bar',
		data: {
			labels: spec.labels,
			datasets: spec.series.map((s, i) => ({
				label: s.label,
				data: s.data,
				// A line series keeps an invisible bar (for the scale, the tooltip and the
				// legend) that takes no room beside the others; the plugin draws the line.
				// Stacked bars share one place per label, so they are not grouped either:
				// the same bars, without chart.js working out every bar's place among the
				// groups (it walks all datasets per bar, 400 bars in the weekly chart).
				backgroundColor: s.line ? 'transparent' : colours[i],
				grouped: !s.line && !spec.stacked,
				hidden: hidden.has(i)
			}))
		},
		plugins: [lines(text, lineSeries)],
		options: {
			indexAxis: spec.horizontal ? 'y' : 'x',
			// Sized by the page (Chart.svelte measures every chart's box first and
			// resizes on change): chart.js's own sizing reads the layout once per chart,
			// after the previous chart has changed it, so seven charts laid the page out
			// seven times over.
			responsive: false,
			maintainAspectRatio: false,
			devicePixelRatio: window.devicePixelRatio,
			animation: false,
			onClick: (_event, elements) => {
				const hit = elements[0];
				if (hit) onPick(hit.index, hit.datasetIndex);
			},
			onHover: (event, elements) => {
				const target = event.native?.target;
				if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : '';
			},
			plugins: {
				tooltip: {
					callbacks: {
						label: (item) => `${item.dataset.label ?? ''}: ${format(Number(item.raw))}`
					}
				}
			},
			scales: {
				[category]: {
					stacked: spec.stacked,
					// Dates along the bottom (52 weeks, every month of all time) are about
					// as wide as each other: a dozen, evenly spaced, are measured to space
					// them (the widest may be missed by a few pixels, inside the labels'
					// padding). Names down the side differ, and are few: each is measured.
					ticks: {
						color: text,
						autoSkip: true,
						maxRotation: 0,
						sampleSize: spec.horizontal ? undefined : 12
					},
					grid: { color: grid }
				},
				[value]: {
					stacked: spec.stacked,
					beginAtZero: true,
					ticks: {
						color: text,
						callback: (v) => format(Number(v)),
						maxTicksLimit: 6,
						// Counts step by whole numbers: never "0.5 leads" on the axis.
						precision: spec.unit === 'count' ? 0 : undefined
					},
					grid: { color: grid }
				}
			}
		}
	};
}

export type DrawnChart = ReturnType<typeof drawChart>;

export function drawChart(
	canvas: HTMLCanvasElement,
	spec: ChartSpec,
	onPick: (index: number, series: number) => void,
	frame: ChartFrame,
	/** Series the reader has switched off in the legend. */
	hidden: ReadonlySet<number> = new Set()
) {
	// The drawing size in CSS pixels; chart.js scales the bitmap to the screen's pixel ratio.
	canvas.width = frame.width;
	canvas.height = frame.height;
	const chart = new Chart(canvas, config(spec, onPick, frame, hidden));
	return {
		/** Shows or hides one series; the scales fit what is left. */
		show(series: number, visible: boolean) {
			chart.setDatasetVisibility(series, visible);
			chart.update();
		},
		resize(width: number, height: number) {
			chart.options.devicePixelRatio = window.devicePixelRatio;
			chart.resize(width, height);
		},
		destroy: () => chart.destroy()
	};
}
