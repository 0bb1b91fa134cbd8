// An esbuild plugin that lets esbuild drop the chart.js scales the kit never registers.
//
// chart.js ships one ESM file. Its linear, logarithmic, time and time-series scale classes are
// unused by the radar (which registers only RadialLinearScale), yet esbuild keeps them: each has a
// static field that reads a property of another object (`callback: Ticks.formatters.numeric`,
// `static defaults = TimeScale.defaults`), and esbuild must assume a property read may run a getter.
// These reads have no side effects (plain objects defined in the same file), so we wrap each in a
// call marked `/* @__PURE__ */`, which esbuild may remove when the class is unused. Used classes
// are unchanged. This saves about 3.7 kB min+gzip on every bundle with the radar in it.
//
// If chart.js changes these lines, the rewrite finds fewer of them than expected: the build then
// warns, and test/embed/chartjs-pure.node-test.mjs fails, so nobody loses the bytes unnoticed.
import { readFileSync } from 'node:fs';

/** Each static read to mark pure, and how many times chart.js 4 has it (linear, logarithmic and radial scales; time series). */
export const PURE_READS = [
  { pattern: /callback: Ticks\.formatters\.(numeric|logarithmic)\b/g, replace: 'callback: /* @__PURE__ */ (() => Ticks.formatters.$1)()', expected: 3 },
  { pattern: /static defaults = TimeScale\.defaults;/g, replace: 'static defaults = /* @__PURE__ */ (() => TimeScale.defaults)();', expected: 1 },
];

const CHART_JS = /[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;

/** Rewrites chart.js's source; returns the text and how many of each read were found. */
export function markPureReads(source) {
  const found = [];
  let text = source;
  for (const { pattern, replace } of PURE_READS) {
    found.push((text.match(pattern) ?? []).length);
    text = text.replace(pattern, replace);
  }
  return { text, found };
}

export const chartjsPureReads = {
  name: 'chartjs-pure-reads',
  setup(build) {
    build.onLoad({ filter: CHART_JS }, (args) => {
      const { text, found } = markPureReads(readFileSync(args.path, 'utf8'));
      const missing = PURE_READS.filter((r, i) => found[i] !== r.expected);
      return {
        contents: text,
        loader: 'js',
        warnings: missing.map((r) => ({
          text: `chart.js changed: expected ${r.expected} of ${r.pattern} to mark pure, found ${found[PURE_READS.indexOf(r)]}; unused scales may now be bundled`,
        })),
      };
    });
  },
};
