import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import type { ChartSpec } from '$lib/domain/insights/chart-spec';

// Only the parts these charts use (never chart.js/auto), so the route's bundle stays small.
Chart.register(
	BarController,
	LineController,
	BarElement,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Tooltip,
	Legend
);

/** Distinct in both themes; the first is the theme's accent. */
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

function formatter(spec: ChartSpec) {
	if (spec.unit === 'money' && spec.currency) {
		const f = new Intl.NumberFormat(undefined, {
			style: 'currency',
			currency: spec.currency,
			notation: 'compact'
		});
		return (v: number) => f.format(v);
	}
	if (spec.unit === 'hours') return (v: number) => `${Math.round(v * 10) / 10} h`;
	if (spec.unit === 'percent') return (v: number) => `${Math.round(v)}%`;
	return (v: number) => String(Math.round(v * 100) / 100);
}

function config(
	spec: ChartSpec,
	onPick: (index: number, series: number) => void
): ChartConfiguration {
	const style = getComputedStyle(document.documentElement);
	const text = style.getPropertyValue('--text').trim() || '#1d2321';
	const grid = style.getPropertyValue('--border').trim() || '#d5d0c5';
	const accent = style.getPropertyValue('--accent').trim() || '#0f5c4d';
	const colours = [accent, ...PALETTE];
	const format = formatter(spec);
	const value = spec.horizontal ? 'x' : 'y';
	const category = spec.horizontal ? 'y' : 'x';
	return {
		type: 'bar',
		data: {
			labels: spec.labels,
			datasets: spec.series.map((s, i) => {
				const colour = colours[(s.colour ?? i) % colours.length];
				return s.line
					? {
							type: 'line' as const,
							label: s.label,
							data: s.data,
							borderColor: text,
							backgroundColor: text,
							pointRadius: 2,
							order: 0
						}
					: {
							type: 'bar' as const,
							label: s.label,
							data: s.data,
							backgroundColor: colour,
							order: 1
						};
			})
		},
		options: {
			indexAxis: spec.horizontal ? 'y' : 'x',
			responsive: true,
			maintainAspectRatio: false,
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
				legend: { display: spec.series.length > 1, labels: { color: text, boxWidth: 12 } },
				tooltip: {
					callbacks: {
						label: (item) => `${item.dataset.label ?? ''}: ${format(Number(item.raw))}`
					}
				}
			},
			scales: {
				[category]: {
					stacked: spec.stacked,
					ticks: { color: text, autoSkip: true, maxRotation: 0 },
					grid: { color: grid }
				},
				[value]: {
					stacked: spec.stacked,
					beginAtZero: true,
					ticks: { color: text, callback: (v) => format(Number(v)), maxTicksLimit: 6 },
					grid: { color: grid }
				}
			}
		}
	};
}

export function drawChart(
	canvas: HTMLCanvasElement,
	spec: ChartSpec,
	onPick: (index: number, series: number) => void
) {
	return new Chart(canvas, config(spec, onPick));
}
