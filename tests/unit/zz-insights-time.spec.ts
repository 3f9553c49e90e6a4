import { it } from 'vitest';
import { generateSampleData, BENCHMARK_SIZE } from '../../src/lib/domain/sample/generate';
import {
	emitInteraction,
	emitExchange,
	emitLead,
	insightRows
} from '../../src/lib/domain/insights/counters';
it('time', { timeout: 120000 }, () => {
	const d = generateSampleData({ today: '2026-11-23', size: BENCHMARK_SIZE });
	const byId = new Map(d.people.map((p) => [p.id, p]));
	const lookup = (id: string) => byId.get(id);
	let t = performance.now();
	let n = 0;
	const noop = () => {
		n++;
	};
	for (const i of d.interactions) emitInteraction(i, lookup, noop);
	console.log('interactions noop', n, (performance.now() - t).toFixed(0));
	t = performance.now();
	for (const e of d.exchanges) emitExchange(e, noop);
	for (const l of d.leads) emitLead(l, noop);
	console.log('others noop', n, (performance.now() - t).toFixed(0));
	const m = new Map<string, number>();
	t = performance.now();
	for (const i of d.interactions)
		emitInteraction(i, lookup, (day, f, k, a) => {
			const id = `d${day}|${f}`;
			m.set(id + k, (m.get(id + k) ?? 0) + a);
		});
	console.log('interactions one map', m.size, (performance.now() - t).toFixed(0));
	t = performance.now();
	const rows = insightRows(d.people, d.interactions, d.exchanges, d.leads);
	console.log('insightRows', rows.length, (performance.now() - t).toFixed(0));
	t = performance.now();
	insightRows(d.people, d.interactions, d.exchanges, d.leads);
	console.log('insightRows again', (performance.now() - t).toFixed(0));
});
