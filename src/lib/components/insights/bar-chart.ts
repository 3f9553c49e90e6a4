import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';

// Only the parts the bar charts use, so the route's bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export type BarSeries = { label: string; data: number[] };

export function barConfig(labels: string[], series: BarSeries[]): ChartConfiguration<'bar'> {
	const style = getComputedStyle(document.documentElement);
	const text = style.getPropertyValue('--text').trim() || '#1d2321';
	const grid = style.getPropertyValue('--border').trim() || '#d5d0c5';
	const colours = [style.getPropertyValue('--accent').trim() || '#0f5c4d', '#c98a12'];
	return {
		type: 'bar',
		data: {
			labels,
			datasets: series.map((s, i) => ({
				label: s.label,
				data: s.data,
				backgroundColor: colours[i % colours.length]
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: { legend: { display: series.length > 1, labels: { color: text } } },
			scales: {
				x: { ticks: { color: text }, grid: { color: grid } },
				y: { beginAtZero: true, ticks: { color: text }, grid: { color: grid } }
			}
		}
	};
}

export function drawBarChart(canvas: HTMLCanvasElement, labels: string[], series: BarSeries[]) {
	return new Chart(canvas, barConfig(labels, series));
}
