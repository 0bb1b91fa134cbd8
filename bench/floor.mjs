// The floor under each bundle budget: what the stack the kit is built on (lit, @lit/context,
// zod/mini, chart.js, d3-force) and the research text it must carry weigh before any element's own
// code, strings or styles. Each probe is the smallest program that uses a library the way an element
// must — one Lit element that renders, one context consumer, one object schema parsed, one radar
// chart registered and drawn, one force simulation — built with the kit's own esbuild options and
// measured like the bundles (min+gzip, level 9). The budget minus the floor is what is left for
// everything the issue asks the element to do.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { esbuildOptions, repoRoot } from '../packages/embed/lib/bundles.mjs';

const elements = join(repoRoot, 'packages', 'elements', 'src');
const core = join(repoRoot, 'packages', 'core', 'src');

// Each probe is source text resolved from the package that depends on the library.
const LIT = `
import { LitElement, html, css } from 'lit';
import { ContextConsumer, createContext } from '@lit/context';
const workspace = createContext('plc-workspace');
class Probe extends LitElement {
  static properties = { label: {} };
  static styles = css\`:host { display: block }\`;
  consumer = new ContextConsumer(this, { context: workspace, subscribe: true });
  render() { return html\`<p>\${this.label}</p>\`; }
}
customElements.define('probe-element', Probe);`;

const ZOD = `
import * as z from 'zod/mini';
const Response = z.object({ id: z.string(), answers: z.record(z.string(), z.number()), note: z.optional(z.string()), at: z.number() });
const Workspace = z.object({ version: z.literal(1), responses: z.array(Response) });
globalThis.probeParse = (value) => Workspace.safeParse(value).success;`;

const CHART = `
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);
globalThis.probeChart = (canvas) => new Chart(canvas, { type: 'radar', data: { labels: ['a', 'b', 'c'], datasets: [{ data: [1, 2, 3] }] } });`;

const FORCE = `
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
self.onmessage = ({ data }) => {
  const sim = forceSimulation(data.nodes).force('link', forceLink(data.links)).force('charge', forceManyBody())
    .force('collide', forceCollide(4)).force('x', forceX()).force('y', forceY()).stop();
  sim.tick(300);
  self.postMessage(data.nodes);
};`;

// The built-in framework text an element must show, in English and Welsh, with its citation.
const CHECKLIST_TEXT = `import { plcOrNot } from './frameworks/checklists/plc-or-not.ts'; globalThis.probeChecklist = plcOrNot;`;
// The kit's three default frameworks (checklist, radar, cycle): the text the whole kit must carry.
const KIT_TEXT = `${CHECKLIST_TEXT}
import { conditionsForSuccess } from './frameworks/ratings/conditions-for-success.ts'; globalThis.probeRating = conditionsForSuccess;
import { walesPlc } from './frameworks/cycles/wales-plc.ts'; globalThis.probeCycle = walesPlc;`;

/** Builds the parts as one minified file and returns its size in kB min+gzip. */
// What the checklist issue requires besides the stack: its words in both languages and the themes.
const CHECKLIST_WORDS = `
import { checklistMessages } from './i18n/messages/checklist.ts';
import { commonMessages } from './i18n/messages/common.ts';
globalThis.probeWords = [checklistMessages, commonMessages];`;
const THEMES = `import { tokenStyles } from './base/tokens.styles.ts'; globalThis.probeThemes = tokenStyles;`;
// The radar's and the map's words (and the radar's default framework), both languages, with the shared ones.
const RADAR_WORDS = `
import { conditionsForSuccess } from './frameworks/ratings/conditions-for-success.ts';
import { conditionsRadarMessages } from './i18n/messages/conditions-radar.ts';
import { commonMessages } from './i18n/messages/common.ts';
globalThis.probeWords = [conditionsForSuccess, conditionsRadarMessages, commonMessages];`;
const MAP_WORDS = `
import { networkMapMessages } from './i18n/messages/network-map.ts';
import { commonMessages } from './i18n/messages/common.ts';
globalThis.probeWords = [networkMapMessages, commonMessages];`;
// Every element's words, for the kit.
const KIT_WORDS = `${CHECKLIST_WORDS}
${RADAR_WORDS.replace(/globalThis.probeWords =/, 'globalThis.probeRadarWords =').replace(/import \{ commonMessages \}.*\n/, '')}
${MAP_WORDS.replace(/globalThis.probeWords =/, 'globalThis.probeMapWords =').replace(/import \{ commonMessages \}.*\n/, '')}
import { enquiryCycleMessages } from './i18n/messages/enquiry-cycle.ts'; globalThis.probeCycleWords = enquiryCycleMessages;`;
// Every element that saves reads the stored workspace through its zod schema: "parsed at the boundary".
const SCHEMA = `import { Workspace } from './schema/workspace.ts'; globalThis.probeWorkspace = (v) => Workspace.safeParse(v).success;`;

async function probe(parts) {
  // Each part resolves its imports from its own package, so each is its own module and a tiny
  // entry imports them all.
  const files = Object.fromEntries(parts.map((p, i) => [`probe-${i}.js`, p]));
  const result = await build({
    ...esbuildOptions({ splitting: false }),
    entryPoints: ['probe-entry'],
    outdir: undefined,
    outfile: 'probe.js',
    legalComments: 'none',
    plugins: [
      ...esbuildOptions().plugins,
      {
        name: 'probe',
        setup(b) {
          b.onResolve({ filter: /^probe-/ }, (args) => ({ path: args.path, namespace: 'probe' }));
          b.onLoad({ filter: /^probe-entry$/, namespace: 'probe' }, () => ({
            contents: Object.keys(files).map((f) => `import './${f}';`).join('\n'),
            resolveDir: repoRoot,
          }));
          b.onResolve({ filter: /^\.\/probe-\d+\.js$/ }, (args) => ({ path: args.path.slice(2), namespace: 'probe' }));
          b.onLoad({ filter: /^probe-\d+\.js$/, namespace: 'probe' }, (args) => ({
            contents: files[args.path].source,
            resolveDir: files[args.path].dir,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  const bytes = result.outputFiles[0].contents;
  return gzipSync(bytes, { level: 9 }).length / 1024;
}

const lit = { source: LIT, dir: elements, label: 'lit + @lit/context: one element that renders, one context consumer' };
const zod = { source: ZOD, dir: core, label: 'zod/mini: one object schema parsed' };
const chart = { source: CHART, dir: elements, label: 'chart.js: the radar parts registered and drawn' };
const force = { source: FORCE, dir: core, label: 'd3-force: one simulation in a worker' };
const text = { source: CHECKLIST_TEXT, dir: core, label: '"A PLC or not a PLC?" in English and Welsh, with its source' };
const words = { source: CHECKLIST_WORDS, dir: core, label: "the checklist's own words and the shared ones, in English and Welsh" };
const themes = { source: THEMES, dir: elements, label: 'the design tokens: light, dark and high-contrast themes' };
const kitText = { source: KIT_TEXT, dir: core, label: 'the three default frameworks in English and Welsh, with sources' };
const radarWords = { source: RADAR_WORDS, dir: core, label: "the radar's words, its default framework and the shared words, in English and Welsh" };
const mapWords = { source: MAP_WORDS, dir: core, label: "the map's words and the shared ones, in English and Welsh" };
const kitWords = { source: KIT_WORDS, dir: core, label: "every element's words and the shared ones, in English and Welsh" };
const schema = { source: SCHEMA, dir: core, label: 'the workspace schema, parsed' };

/** Sizes (kB min+gzip) of each library probe alone and of the floor under each budgeted bundle. */
export async function floorSizes() {
  const parts = [];
  for (const p of [lit, zod, chart, force]) parts.push({ name: p.label, value: await probe([p]) });
  // Text and styles are measured as what they add to lit and zod: alone, they would count lit's own
  // module side effects (and gzip finds less to share).
  const stack = await probe([lit, zod]);
  for (const p of [text, kitText, words, radarWords, mapWords, kitWords, themes, schema]) parts.push({ name: p.label, value: (await probe([lit, zod, p])) - stack });
  // Shared files: the element's main file carries lit, context and zod; the map's worker is its own file.
  const main = [lit, zod];
  const floors = {
    'plc-checklist': await probe([...main, text]),
    // The stack, the framework text, and what the issue asks for before any code of the element's own.
    'plc-checklist, with its words and themes': await probe([...main, text, words, themes]),
    'plc-checklist, with its words, themes and the workspace schema': await probe([...main, text, words, themes, schema]),
    'plc-conditions-radar': await probe([...main, chart]),
    'plc-conditions-radar, with its words, themes and the workspace schema': await probe([...main, chart, radarWords, themes, schema]),
    'plc-network-map': (await probe(main)) + (await probe([force])),
    'plc-network-map, with its words, themes and the workspace schema': (await probe([...main, mapWords, themes, schema])) + (await probe([force])),
    'plc-kit.js': (await probe([...main, chart, kitText])) + (await probe([force])),
    'plc-kit.js, with every element’s words, themes and the workspace schema':
      (await probe([...main, chart, kitText, kitWords, themes, schema])) + (await probe([force])),
  };
  return { parts, floors };
}
