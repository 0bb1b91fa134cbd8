// <plc-checklist>: the "A PLC or not a PLC?" self-assessment as a team fills it in, in Welsh, dark and
// high contrast, a saved result shown read-only, a school's own checklist (also in English only on a
// Welsh page), a broken framework, and attributes a page got wrong.
// Each story's workspace is the preview provider's memory-only one, so stories never share answers.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  DEFAULT_CHECKLIST,
  answerChecklist,
  checklistFrameworks,
  checklistTarget,
  type ChecklistFramework,
  type Plc,
  type Workspace,
} from '@plc-kit/core';
import { storeFor, type PlcChecklist } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';
import { assert, choose, shadow, shadowAll, until, waitFor } from './support.js';

type Args = {
  framework: string;
  plc: string;
  readonly: boolean;
  required: boolean;
  name: string;
  headingLevel: number;
};

const plcOrNot = checklistFrameworks[DEFAULT_CHECKLIST]!;

const TEAM: Plc = {
  id: 'reading-y5-6',
  name: 'Reading for pleasure (Y5–6)',
  kind: 'plc',
  members: [],
  schools: [],
  status: 'active',
  pastCycles: [],
  history: [],
  notes: '',
};

/** The story's own workspace (the preview's provider uses `storybook:<story id>`), with one PLC in it. */
function seed(storyId: string, answers: Record<string, 1 | 2 | 3 | 4> = {}): void {
  const framework = plcOrNot;
  const target = checklistTarget(framework.id, { plc: TEAM.id });
  storeFor('none', `storybook:${storyId}`).update((ws) => {
    let next: Workspace = { ...ws, plcs: [TEAM], checklistResponses: [] };
    for (const [item, value] of Object.entries(answers)) next = answerChecklist(next, target, item, value, { framework, now: '2026-10-14T16:00:00Z' });
    return next;
  });
}

const checklist = (args: Args, inline?: string) =>
  html`<plc-checklist
    framework=${args.framework}
    plc=${ifDefined(args.plc || undefined)}
    name=${ifDefined(args.name || undefined)}
    heading-level=${args.headingLevel}
    ?readonly=${args.readonly}
    ?required=${args.required}
    >${inline === undefined ? '' : html`<script type="application/json">${inline}</script>`}</plc-checklist
  >`;

const found = (canvasElement: HTMLElement): Promise<PlcChecklist> => waitFor(canvasElement.querySelector<PlcChecklist>('plc-checklist'));

/** Answers row n (1-based) with a value 1–4, as a person clicking the scale would. */
async function answer(el: PlcChecklist, row: number, value: number): Promise<void> {
  const radio = shadowAll<HTMLInputElement>(el, `input[name="item-${row}"]`)[value - 1];
  assert(radio, `row ${row} has a point ${value}`);
  await choose(radio);
}

async function answerAll(el: PlcChecklist, values: number[]): Promise<void> {
  for (const [i, value] of values.entries()) await answer(el, i + 1, value);
  await el.updateComplete;
}

export default {
  title: 'Elements/Checklist',
  component: 'plc-checklist',
  args: { framework: DEFAULT_CHECKLIST, plc: TEAM.id, readonly: false, required: false, name: '', headingLevel: 2 } satisfies Args,
  argTypes: {
    framework: { control: 'select', options: Object.keys(checklistFrameworks), description: 'A built-in checklist framework' },
    plc: { control: 'text', description: 'Id of the PLC answering (answers are saved per PLC)' },
    readonly: { control: 'boolean' },
    required: { control: 'boolean', description: 'Inside a form: invalid until every row is answered' },
    name: { control: 'text', description: 'Form field name' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, name: 'heading-level' },
  },
  render: (args: Args, context: { id: string }) => {
    seed(context.id);
    return checklist(args);
  },
};

/** A PLC team fills the checklist in at a meeting: progress counts up, and the result waits for the last row. */
export const Default = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadowAll(el, 'fieldset').length === plcOrNot.items.length, 'one row per contrast');
    assert(shadow(el, '.for').textContent === 'For: Reading for pleasure (Y5–6)', 'the PLC is named');
    await answer(el, 1, 4);
    await answer(el, 2, 3);
    await answer(el, 3, 2);
    assert(shadow(el, '.progress span').textContent === '3 of 11 answered', 'progress counts the answers');
    assert(!el.shadowRoot!.querySelector('[part="result"]'), 'no result until every row is answered');
    assert(el.response?.answers['new-practice'] === 2, 'answers are saved as they are given');
  },
};

/** Yn Gymraeg: the whole checklist and its result in Welsh. */
export const Welsh = {
  globals: { lang: 'cy' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadow(el, '[role="heading"]').textContent === 'CDP ynteu ddim yn CDP?', 'Welsh title');
    await answerAll(el, [4, 4, 3, 4, 2, 3, 1, 4, 3, 4, 3]);
    await until(() => el.shadowRoot!.querySelector('[part="band"]'), 'the result appears');
    assert(shadow(el, '[part="band"]').textContent === 'Band: Yn gweithio fel CDP', `Welsh band, got ${shadow(el, '[part="band"]').textContent}`);
    assert(shadow(el, '[part="note"]').textContent!.startsWith('Cymorth i fyfyrio'), 'the reflection-aid note in Welsh');
  },
};

/** The dark theme, completed: the result panel and the weakest-first feedback. */
export const Dark = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await answerAll(el, [3, 2, 4, 1, 3, 3, 2, 4, 3, 4, 3]);
    assert(shadow(el, '[part="band"]').textContent === 'Band: Emerging PLC', 'eight of eleven: emerging');
    const first = shadow(el, '[part="feedback"] li');
    assert(first.textContent!.includes(plcOrNot.items[3]!.strengthen.en), 'the weakest row (answered 1) comes first');
  },
};

/** High contrast, for a team member who needs it: every control and the result stay legible. */
export const HighContrast = {
  globals: { theme: 'high-contrast' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await answerAll(el, [1, 2, 1, 2, 3, 1, 2, 1, 2, 1, 2]);
    assert(shadow(el, '[part="band"]').textContent === 'Band: Not yet a PLC', 'one of eleven: not yet');
  },
};

/** A school leader reads a team's saved answers: the result is shown and nothing can be changed. */
export const ReadonlyResult = {
  args: { readonly: true },
  render: (args: Args, context: { id: string }) => {
    const values = [4, 3, 3, 4, 2, 4, 3, 3, 4, 3, 4] as const;
    seed(context.id, Object.fromEntries(plcOrNot.items.map((item, i) => [item.id, values[i]!])));
    return checklist(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadow(el, '[part="band"]').textContent === 'Band: Working as a PLC', 'the saved result is shown');
    const radio = shadowAll<HTMLInputElement>(el, 'input[name="item-1"]')[0]!;
    assert(radio.disabled, 'the scale cannot be changed');
    await choose(radio);
    assert(el.response?.answers['learner-needs'] === 4, 'clicking changes nothing');
    assert(!el.shadowRoot!.querySelector('button.start-again'), 'no "start again" when read-only');
  },
};

/** A cluster's own checklist, given inline as JSON in both languages, with a single-pole row. */
const clusterChecklist: ChecklistFramework = {
  id: 'cluster-network-check',
  kind: 'checklist',
  heuristic: true,
  title: { en: 'Is our cluster network collaborating?', cy: 'Ydy rhwydwaith ein clwstwr yn cydweithio?' },
  description: {
    en: 'Four questions our cluster asks itself each term.',
    cy: 'Pedwar cwestiwn y mae ein clwstwr yn eu gofyn iddo’i hun bob tymor.',
  },
  source: {
    citation: 'Glan-y-Môr cluster (2026).',
    note: { en: 'Our own wording, written for our termly cluster meetings.', cy: 'Ein geiriad ein hunain, wedi’i ysgrifennu ar gyfer cyfarfodydd tymhorol ein clwstwr.' },
  },
  items: [
    {
      id: 'joint-practice',
      plc: { en: 'Teachers from different schools develop practice together.', cy: 'Mae athrawon o wahanol ysgolion yn datblygu arferion gyda’i gilydd.' },
      not: { en: 'Schools send each other copies of what they already do.', cy: 'Mae ysgolion yn anfon copïau o’r hyn y maen nhw’n ei wneud eisoes at ei gilydd.' },
      strengthen: { en: 'Pair teachers across schools to plan and try one lesson together.', cy: 'Parwch athrawon ar draws ysgolion i gynllunio a rhoi cynnig ar un wers gyda’i gilydd.' },
    },
    {
      id: 'shared-evidence',
      plc: { en: 'We look at learners’ evidence from every school together.', cy: 'Rydyn ni’n edrych ar dystiolaeth dysgwyr o bob ysgol gyda’n gilydd.' },
      not: { en: 'Each school keeps its data to itself.', cy: 'Mae pob ysgol yn cadw ei data iddi hi ei hun.' },
      strengthen: { en: 'Bring one piece of learner evidence from each school to the next meeting.', cy: 'Dewch ag un darn o dystiolaeth dysgwyr o bob ysgol i’r cyfarfod nesaf.' },
    },
    {
      id: 'trust',
      plc: { en: 'We can say what is not working without fear.', cy: 'Gallwn ddweud beth sydd ddim yn gweithio heb ofn.' },
      strengthen: { en: 'Start meetings by sharing one thing that did not go to plan.', cy: 'Dechreuwch gyfarfodydd drwy rannu un peth nad aeth yn ôl y cynllun.' },
    },
    {
      id: 'leadership',
      plc: { en: 'Leadership moves to whoever has the expertise.', cy: 'Mae’r arweinyddiaeth yn symud at bwy bynnag sydd â’r arbenigedd.' },
      not: { en: 'The lead school always leads.', cy: 'Yr ysgol arweiniol sydd bob amser yn arwain.' },
      strengthen: { en: 'Ask a teacher from another school to lead the next enquiry.', cy: 'Gofynnwch i athro o ysgol arall arwain yr ymholiad nesaf.' },
    },
  ],
  bands: [
    { id: 'starting', min: 0, label: { en: 'Starting out', cy: 'Yn dechrau' }, summary: { en: 'Pick one row to work on this term.', cy: 'Dewiswch un rhes i weithio arni y tymor hwn.' } },
    { id: 'collaborating', min: 0.75, label: { en: 'Collaborating', cy: 'Yn cydweithio' }, summary: { en: 'Keep going, and share how.', cy: 'Daliwch ati, a rhannwch sut.' } },
  ],
};

export const CustomFramework = {
  args: { plc: '' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id);
    return checklist(args, JSON.stringify(clusterChecklist));
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.checklist?.id === 'cluster-network-check', 'the inline framework is used');
    assert(shadow(el, '[role="heading"]').textContent === clusterChecklist.title.en, 'its own title');
    assert(shadowAll(el, 'input[name="item-3"]')[3]!.closest('label')!.textContent!.trim() === 'Strongly agree', 'a one-pole row asks for agreement');
    await answerAll(el, [4, 3, 4, 2]);
    assert(shadow(el, '[part="band"]').textContent === 'Band: Collaborating', 'its own bands');
  },
};

/** A framework with mistakes: the element says what is wrong, inside itself, and the page carries on. */
export const ErrorState = {
  args: { plc: '' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id);
    const broken = { ...clusterChecklist, id: 'has spaces', items: [{ id: 'a', plc: { en: '' } }], bands: [] };
    return html`${checklist(args, JSON.stringify(broken))}
      <plc-checklist id="beside" heading-level="2"></plc-checklist>`;
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'a problem is shown');
    assert(/problem/i.test(alert.textContent!), `the problems are listed, got ${alert.textContent}`);
    assert(alert.querySelectorAll('li').length >= 3, 'each problem on its own line');
    assert(shadowAll(el, 'fieldset').length === 0, 'no rows from a broken framework');
    // The page carries on: the valid checklist beside it still works.
    const beside = await waitFor(canvasElement.querySelector<PlcChecklist>('#beside'));
    await answer(beside, 1, 3);
    assert(shadow(beside, '.progress span').textContent === '1 of 11 answered', 'the other checklist still answers');
  },
};

/**
 * A school's own checklist written in English only, on a Welsh page: the kit's words are Welsh, and
 * the school's English is marked lang="en" (as is the citation), so a Welsh voice reads it as English.
 */
export const WelshPageEnglishFramework = {
  args: { plc: '' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id);
    const englishOnly = {
      ...clusterChecklist,
      id: 'english-only-check',
      title: { en: 'Our cluster check' },
      items: clusterChecklist.items.map(({ id, plc, not, strengthen }) => ({
        id,
        plc: { en: plc.en },
        ...(not ? { not: { en: not.en } } : {}),
        strengthen: { en: strengthen.en },
      })),
    };
    return html`<div lang="cy">${checklist(args, JSON.stringify(englishOnly))}</div>`;
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await until(() => el.checklist?.id === 'english-only-check', 'the inline framework is used');
    await el.updateComplete;
    assert(shadow(el, '.progress span').textContent!.includes('wedi’u hateb'), 'the kit speaks Welsh');
    assert(shadow(el, '[role="heading"] [lang="en"]').textContent === 'Our cluster check', 'the English title is marked English');
    assert(shadow(el, 'cite[lang="en"]').textContent === clusterChecklist.source.citation, 'the citation is marked English');
  },
};

/** Attributes a page got wrong: the element says which, uses a sensible value instead, and works. */
export const BadAttributes = {
  render: () => html`<plc-checklist theme="purple" heading-level="9"></plc-checklist>`,
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const note = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the note');
    assert(note.textContent!.includes('theme="purple"') && note.textContent!.includes('heading-level="9"'), `both named, got ${note.textContent}`);
    assert(el.effectiveTheme === 'light', 'the light theme is used');
    assert(shadow(el, '[role="heading"]').getAttribute('aria-level') === '6', 'the nearest heading level is used');
    await answer(el, 1, 3);
    assert(shadow(el, '.progress span').textContent === '1 of 11 answered', 'it still answers');
  },
};
