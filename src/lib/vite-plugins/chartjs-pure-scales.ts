import type { Plugin } from 'vite';

/**
 * chart.js's ESM build keeps four scales we never register (logarithmic, radial,
 * time, time series): their static fields read other objects
 * (`Ticks.formatters.logarithmic`, `TimeScale.defaults`), which the bundler must
 * assume has side effects, so the unused classes stay in the bundle. Wrapping each
 * class in a pure IIFE lets tree-shaking drop them. Narrower than
 * `treeshake.propertyReadSideEffects: false`, which would also drop the bare
 * reads Svelte effects use to track dependencies (`void [a.b, c.d]`).
 */
const UNUSED = ['LogarithmicScale', 'RadialLinearScale', 'TimeScale', 'TimeSeriesScale'];

export function chartjsPureScales(): Plugin {
	return {
		name: 'rapport-chartjs-pure-scales',
		apply: 'build',
		transform(code, id) {
			if (!/\/node_modules\/chart\.js\/dist\/chart\.js$/.test(id)) return undefined;
			let out = code;
			for (const name of UNUSED) {
				const head = new RegExp(`\\nclass ${name} extends (\\w+) \\{\\n`);
				const m = head.exec(out);
				// Fail the build rather than quietly ship the scales after a chart.js upgrade.
				if (!m) throw new Error(`chartjs-pure-scales: class ${name} not found in chart.js`);
				const end = out.indexOf('\n}\n', m.index + m[0].length);
				if (end < 0) throw new Error(`chartjs-pure-scales: end of ${name} not found`);
				out =
					out.slice(0, m.index) +
					`\nconst ${name} = /* @__PURE__ */ (() => class ${name} extends ${m[1]} {\n` +
					out.slice(m.index + m[0].length, end) +
					'\n})();\n' +
					out.slice(end + 3);
			}
			return { code: out, map: null };
		}
	};
}
