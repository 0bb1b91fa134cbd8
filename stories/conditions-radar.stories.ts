// <plc-conditions-radar>: rating the conditions for success, and the results as a radar: one PLC over
// time, several PLCs compared, every other rating framework, Welsh, dark, high contrast and bad input.
// Results stories seed the story's own memory-only workspace (the one the preview's provider uses),
// so the element reads real workspace data and PLC names, exactly as on a school's page.
import { html } from 'lit';
import {
  COMPARE_BY,
  DEFAULT_RATING,
  SPREADS,
  type Plc,
  type RatingFramework,
  type RatingResponse,
} from '@plc-kit/core';
import { ratingFrameworks } from '@plc-kit/core/frameworks';
import { RADAR_MODES, storeFor, type PlcConditionsRadar } from '@plc-kit/elements';
import '@plc-kit/elements/conditions-radar/define.js';
import { assert, choose, click, shadow, shadowAll, until, waitFor } from './support.js';

interface Group {
  plc?: string;
  wave?: string;
  subgroup?: string;
  n: number;
  /** Typical rating of the group (1–4); each aspect and person varies around it. */
  level: number;
  at: string;
}

/** Deterministic, realistic-looking ratings: every group has its own shape, people vary around it. */
function sample(framework: RatingFramework, groups: Group[], seed = 11): RatingResponse[] {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const { min, max } = framework.scale;
  const out: RatingResponse[] = [];
  groups.forEach((g, gi) =>
    Array.from({ length: g.n }, (_, i) => {
      const ratings = Object.fromEntries(
        framework.axes.map((a, j) => {
          const shape = Math.sin(j * 1.9 + gi * 1.3) * 0.6;
          const value = Math.round(g.level + shape + (next() - 0.5) * 1.6);
          return [a.id, i % 9 === 8 && j === 2 ? null : Math.min(max, Math.max(min, value))];
        }),
      );
      out.push({
        id: `r${gi}-${i}`,
        framework: framework.id,
        ...(g.plc ? { plc: g.plc } : {}),
        ...(g.wave ? { wave: g.wave } : {}),
        ...(g.subgroup ? { subgroup: g.subgroup } : {}),
        ratings,
        at: g.at,
      });
    }),
  );
  return out;
}

const PLCS: [string, string][] = [
  ['reading-y5-6', 'Reading for pleasure (Y5–6)'],
  ['oracy', 'Oracy across the curriculum'],
  ['numeracy-science', 'Numeracy in science'],
  ['cymraeg-playground', 'Cymraeg in the playground'],
];

const plc = ([id, name]: [string, string]): Plc => ({
  id,
  name,
  kind: 'plc',
  members: [],
  schools: [],
  status: 'active',
  pastCycles: [],
  history: [],
  notes: '',
});

const cfs = ratingFrameworks[DEFAULT_RATING]!;
const START = '2026-09-15T15:30:00Z';
const END = '2027-03-20T15:30:00Z';

/** One PLC at the start and the end of its cycle, plus the network's other PLCs (one wave each). */
function workspaceRatings(framework: RatingFramework = cfs): RatingResponse[] {
  return sample(framework, [
    { plc: 'reading-y5-6', wave: 'Start of cycle', subgroup: 'teachers', n: 6, level: 2.2, at: START },
    { plc: 'reading-y5-6', wave: 'Start of cycle', subgroup: 'leaders', n: 2, level: 2.6, at: START },
    { plc: 'reading-y5-6', wave: 'End of cycle', subgroup: 'teachers', n: 6, level: 3.2, at: END },
    { plc: 'reading-y5-6', wave: 'End of cycle', subgroup: 'leaders', n: 2, level: 3.4, at: END },
    { plc: 'oracy', wave: 'End of cycle', n: 7, level: 2.8, at: END },
    { plc: 'numeracy-science', wave: 'End of cycle', n: 5, level: 2.4, at: END },
    { plc: 'cymraeg-playground', wave: 'End of cycle', n: 9, level: 3.1, at: END },
  ]);
}

/** Puts PLCs and ratings in the workspace the preview's provider gives this story. */
function seed(storyId: string, responses: RatingResponse[]): void {
  storeFor('none', `storybook:${storyId}`).update((ws) => ({ ...ws, plcs: PLCS.map(plc), ratingResponses: responses }));
}

type Args = {
  mode: (typeof RADAR_MODES)[number];
  framework: string;
  compare: (typeof COMPARE_BY)[number];
  spread: (typeof SPREADS)[number];
  plc: string;
  wave: string;
};

const radar = (args: Args) =>
  html`<plc-conditions-radar
    mode=${args.mode}
    framework=${args.framework}
    compare=${args.compare}
    spread=${args.spread}
    plc=${args.plc || ''}
    wave=${args.wave || ''}
  ></plc-conditions-radar>`;

const found = async (canvasElement: HTMLElement): Promise<PlcConditionsRadar> =>
  waitFor(canvasElement.querySelector<PlcConditionsRadar>('plc-conditions-radar'));

export default {
  title: 'Elements/Conditions radar',
  component: 'plc-conditions-radar',
  args: { mode: 'results', framework: DEFAULT_RATING, compare: 'wave', spread: 'sd', plc: '', wave: '' } satisfies Args,
  argTypes: {
    mode: { control: 'inline-radio', options: RADAR_MODES },
    framework: { control: 'select', options: Object.keys(ratingFrameworks) },
    compare: { control: 'select', options: COMPARE_BY },
    spread: { control: 'inline-radio', options: SPREADS },
    plc: { control: 'select', options: ['', ...PLCS.map(([id]) => id)] },
    wave: { control: 'text' },
  },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, workspaceRatings(ratingFrameworks[args.framework] ?? cfs));
    return radar(args);
  },
};

/** A PLC member rates the five conditions; the radar takes shape as they go, and saving stores the rating. */
export const Rate = {
  args: { mode: 'rate', plc: 'reading-y5-6', wave: 'End of cycle' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, []);
    return radar(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const groups = shadowAll(el, 'fieldset.axis');
    assert(groups.length === 5, 'five conditions to rate');
    for (const [i, group] of groups.entries()) await choose(group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[i % 2 ? 2 : 3]!);
    assert(shadow(el, '.progress').textContent === '5 of 5 rated', 'progress counts every rating');
    await click(shadow(el, 'button[type="submit"]'));
    await until(() => el.store.state.ratingResponses.length === 1, 'the rating is saved');
    assert(el.store.state.ratingResponses[0]!.plc === 'reading-y5-6', 'saved for the PLC');
    assert(shadow(el, '.status').textContent!.includes('saved'), 'the person is told it was saved');
  },
};

/** One PLC's ratings at the start and the end of its cycle, with the ±1 SD band and the agreement ring. */
export const OnePlcTwoTimePoints = {
  args: { plc: 'reading-y5-6', compare: 'wave' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.chart, 'the chart is drawn');
    const labels = shadowAll(el, '.legend button').map((b) => b.textContent!.trim());
    assert(labels.join(' | ') === 'Start of cycle (n = 8) | End of cycle (n = 8)', `two time points in order, got ${labels.join(' | ')}`);
    await click(shadow(el, '.actions button[aria-pressed]'));
    assert(!shadow(el, 'table').classList.contains('visually-hidden'), 'the data table is one click away');
    assert(shadowAll(el, 'tbody').length === 2, 'the table has the same two series');
  },
};

/** A network lead compares PLCs: lowest–highest bands, PLC names from the workspace. */
export const ComparePlcs = {
  args: { compare: 'plc', spread: 'range' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.chart, 'the chart is drawn');
    const names = el.chart!.data.datasets.map((d) => d.label);
    assert(names.length === 4 && names.includes('Oracy across the curriculum'), `four PLCs by name, got ${names.join(', ')}`);
    await click(shadowAll(el, '.legend button')[1]!);
    assert(el.chart!.data.datasets.length === 3, 'the legend hides a series');
  },
};

/** Every built-in rating framework other than the default, each with its own results. */
export const EveryOtherFramework = {
  render: (_args: Args, context: { id: string }) => {
    const others = Object.values(ratingFrameworks).filter((f) => f.id !== DEFAULT_RATING);
    seed(context.id, others.flatMap((f) => workspaceRatings(f)));
    return html`<div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr))">
      ${others.map((f) => html`<plc-conditions-radar mode="results" framework=${f.id} compare="wave" plc="reading-y5-6"></plc-conditions-radar>`)}
    </div>`;
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const radars = [...canvasElement.querySelectorAll<PlcConditionsRadar>('plc-conditions-radar')];
    assert(radars.length === Object.keys(ratingFrameworks).length - 1, 'one radar per other framework');
    for (const el of radars) {
      await waitFor(el);
      await until(() => el.chart, `${el.getAttribute('framework')} draws`);
      assert(el.chart!.data.labels!.length === el.ratingFramework!.axes.length, `${el.getAttribute('framework')} has one spoke per aspect`);
    }
  },
};

/** In Welsh: the conditions' names and descriptions, the scale, the table and the controls. */
export const Welsh = {
  globals: { lang: 'cy' },
  args: { plc: 'reading-y5-6', compare: 'wave' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.chart, 'the chart is drawn');
    const labels = (el.chart!.data.labels as string[][]).map((l) => l.join(' '));
    assert(labels[0] === 'Ymddiriedaeth', `Welsh aspect names, got ${labels[0]}`);
    assert(shadow(el, 'tbody th[scope="row"]').textContent === 'Ymddiriedaeth', 'Welsh names in the table');
  },
};

/** The dark theme: the chart is drawn in the dark theme's colours. */
export const Dark = {
  globals: { theme: 'dark' },
  args: { compare: 'plc' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.chart, 'the chart is drawn');
    assert(el.chart!.data.datasets[0]!.borderColor === '#7cb8f7', `dark series colour, got ${String(el.chart!.data.datasets[0]!.borderColor)}`);
  },
};

/** High contrast: black ground, bright series, white rings. */
export const HighContrast = {
  globals: { theme: 'high-contrast' },
  args: { compare: 'wave', plc: 'reading-y5-6' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.chart, 'the chart is drawn');
    assert(el.chart!.data.datasets[0]!.borderColor === '#ffff00', 'high-contrast series colour');
  },
};

/** Data from elsewhere with mistakes: the bad responses are listed and left out, the good ones drawn. */
export const BadInput = {
  render: (_args: Args, context: { id: string }) => {
    seed(context.id, []);
    const good = workspaceRatings().slice(0, 12);
    const bad = [
      { ...good[0]!, id: 'out-of-scale', ratings: { ...good[0]!.ratings, trust: 7 } },
      { ...good[1]!, id: 'unknown-aspect', ratings: { ...good[1]!.ratings, happiness: 4 } },
      { ...good[2]!, id: 'other-framework', framework: 'skills-for-success' },
      'not a response at all',
    ];
    return html`<plc-conditions-radar mode="results" compare="wave" .responses=${[...good, ...bad]}></plc-conditions-radar>`;
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.chart, 'the good responses are still drawn');
    const listed = shadowAll(el, '[part="rejected"] li');
    assert(listed.length === 4, `four bad responses listed, got ${listed.length}`);
    assert(listed[0]!.textContent!.includes('7 is outside the scale 1–4'), 'says why');
    assert(el.summary!.accepted === 12, 'the twelve good ones are counted');
  },
};
