// <plc-enquiry-cycle>: a new PLC, one mid-cycle with evidence and actions, a completed cycle with its
// summary, the overview of many PLCs, Welsh, dark, and every other cycle model. Stories seed the
// story's own memory-only workspace (the one the preview's provider uses) through core's state
// machine, so the data is exactly what the element itself would have written.
import { html } from 'lit';
import {
  DEFAULT_CYCLE,
  addAction,
  addDecision,
  addEvidence,
  addImpact,
  addMember,
  applyToPlc,
  completeCycle,
  createPlc,
  emptyWorkspace,
  insertPlc,
  moveToStage,
  setFacilitator,
  setNotes,
  stageRecord,
  updateAction,
  updateDetails,
  type Criterion,
  type CycleFramework,
  type Plc,
  type PlcResult,
  type Workspace,
  type WorkspaceResult,
} from '@plc-kit/core';
import { cycleFrameworks } from '@plc-kit/core/frameworks';
import { storeFor, type PlcEnquiryCycle } from '@plc-kit/elements';
import '@plc-kit/elements/enquiry-cycle/define.js';
import { assert, click, shadow, shadowAll, type, until, waitFor } from './support.js';

/** "Today" in every story, so overdue flags and dates look the same each time. */
const TODAY = '2026-03-10T10:00:00';
const T0 = new Date(2026, 0, 5, 16, 0);

const PEOPLE: [string, string, string][] = [
  ['Siân Jones', 'Year 5 teacher', 'Ysgol Gynradd Glan-y-Môr'],
  ['Tom Evans', 'Year 6 teacher', 'Ysgol y Bryn'],
  ['Priya Shah', 'Teaching assistant', 'Ysgol Gynradd Glan-y-Môr'],
  ['Gareth Llwyd', 'Literacy lead', 'Ysgol y Bryn'],
  ['Nia Roberts', 'Year 4 teacher', 'Ysgol Bro Dawel'],
];

function ok(result: WorkspaceResult): Workspace {
  if (!result.ok) throw new Error(result.reason.en);
  return result.workspace;
}

function withPlc(ws: Workspace, framework: CycleFramework, id: string, name: string, at = T0): Workspace {
  const made = createPlc(framework, { id, name }, at, 'Siân Jones');
  if (!made.ok) throw new Error(made.reason.en);
  return ok(insertPlc(ws, made.plc));
}

/** Does whatever the given criteria ask at a stage, as a team would. */
function satisfy(ws: Workspace, id: string, framework: CycleFramework, stage: string, criteria: Criterion[], at: Date, n: number): Workspace {
  const change = (f: (plc: Plc) => PlcResult) => (ws = ok(applyToPlc(ws, id, f)));
  const plcNow = () => ws.plcs.find((p) => p.id === id)!;
  const ensureMembers = () => {
    if (plcNow().members.length) return;
    for (const [name, role, school] of PEOPLE.slice(0, 3 + (n % 3))) ws = ok(addMember(ws, id, { name, role, school }, at));
  };
  for (const { check } of criteria) {
    switch (check) {
      case 'members':
        ensureMembers();
        break;
      case 'facilitator':
        ensureMembers();
        change((p) => setFacilitator(p, framework, { member: p.members[n % p.members.length] }, at));
        break;
      case 'learner-need':
        change((p) => updateDetails(p, framework, { learnerNeed: 'Year 5 learners can find facts in a text but struggle to infer meaning.', needEvidence: 'Autumn reading assessments; book looks' }, at));
        break;
      case 'question':
        change((p) => updateDetails(p, framework, { question: 'Will reciprocal reading, twice a week, improve inference in Year 5?' }, at));
        break;
      case 'notes':
        change((p) => setNotes(p, framework, { stage, notes: 'Shared the approach at the cluster meeting and in a staff briefing.' }, at));
        break;
      case 'evidence':
        change((p) => addEvidence(p, framework, { stage, title: 'EEF guidance: improving literacy in KS2', url: 'https://educationendowmentfoundation.org.uk/', kind: 'research', date: '2026-01-20' }, at));
        break;
      case 'actions':
        change((p) => addAction(p, framework, { stage, what: 'Plan six reciprocal reading sessions', owner: p.members[1], due: '2026-03-01' }, at));
        break;
      case 'actions-done':
        for (const a of stageRecord(plcNow().cycle!, stage).actions) change((p) => updateAction(p, framework, { stage, id: a.id, done: true }, at));
        break;
      case 'decision':
        change((p) => addDecision(p, framework, { stage, text: 'Use shorter texts and groups of four', date: '2026-02-12' }, at));
        break;
      case 'impact-recorded':
        if (!plcNow().cycle!.impact.length) change((p) => addImpact(p, framework, { name: 'Inference questions answered correctly', unit: '%', baseline: 42, target: 60, latest: 63 }, at));
        break;
      case 'learning':
        change((p) => updateDetails(p, framework, { learning: 'Short, frequent sessions worked better than one long one; learners need to see the strategy modelled first.' }, at));
        break;
    }
  }
  return ws;
}

/** Takes a PLC to stage `to` (an index), meeting each stage's criteria on the way; `complete` finishes the cycle. */
function advance(ws: Workspace, id: string, framework: CycleFramework, to: number, n = 0, complete = false): Workspace {
  let at = T0.getTime();
  const day = 86400000 * 6;
  ws = ok(applyToPlc(ws, id, (p) => updateDetails(p, framework, { focus: 'Inference in Year 5 reading', start: '2026-01-05', review: '2026-04-01' }, new Date(at))));
  const last = framework.stages.length - 1;
  const target = complete ? last : to;
  for (let i = 0; i < target; i++) {
    const stage = framework.stages[i]!;
    ws = satisfy(ws, id, framework, stage.id, stage.criteria, new Date((at += day)), n);
    ws = ok(applyToPlc(ws, id, (p) => moveToStage(p, framework, { to: framework.stages[i + 1]!.id }, new Date((at += day)), 'Siân Jones')));
  }
  if (complete) {
    const stage = framework.stages[last]!;
    ws = satisfy(ws, id, framework, stage.id, [...stage.criteria, ...framework.completion], new Date((at += day)), n);
    ws = ok(applyToPlc(ws, id, (p) => completeCycle(p, framework, {}, new Date((at += day)), 'Siân Jones')));
  }
  return ws;
}

/** A PLC in the middle of its cycle: the new practice planned, evidence gathered, one action overdue. */
function midCycle(framework: CycleFramework = cycleFrameworks[DEFAULT_CYCLE]!): Workspace {
  let ws = withPlc(emptyWorkspace(), framework, 'reading-y5', 'Reading for meaning (Y5)');
  const to = Math.min(3, framework.stages.length - 1);
  ws = advance(ws, 'reading-y5', framework, to);
  const stage = framework.stages[to]!.id;
  ws = ok(
    applyToPlc(ws, 'reading-y5', (p) =>
      addAction(p, framework, { stage, what: 'Film one session for the cluster', owner: p.members[0], due: '2026-03-02' }, T0),
    ),
  );
  ws = ok(applyToPlc(ws, 'reading-y5', (p) => addAction(p, framework, { stage, what: 'Share the reading texts', owner: p.members[1], due: '2026-02-20' }, T0)));
  ws = ok(applyToPlc(ws, 'reading-y5', (p) => addAction(p, framework, { stage, what: 'Book cover for paired observations', owner: p.members[2], due: '2026-03-24' }, T0)));
  ws = ok(applyToPlc(ws, 'reading-y5', (p) => addEvidence(p, framework, { stage, title: 'Pupil voice survey', kind: 'learner-work', date: '2026-02-27' }, T0)));
  ws = ok(applyToPlc(ws, 'reading-y5', (p) => setNotes(p, framework, { stage, notes: 'Agreed to keep the focus on inference questions only.\nTom will share the planning template.' }, T0)));
  return ws;
}

const FOCI = [
  'Reading for meaning (Y5)',
  'Oracy across the curriculum',
  'Numeracy in science',
  'Cymraeg in the playground',
  'Feedback that moves learning on',
  'Attendance of Year 7 boys',
  'Writing stamina in Year 3',
  'Maths talk in the early years',
];

/** Many PLCs across the cluster, each at its own stage of its own model. */
function manyPlcs(count = 40): Workspace {
  let ws = emptyWorkspace();
  const models = Object.values(cycleFrameworks);
  for (let i = 0; i < count; i++) {
    const framework = models[i % 3 === 0 ? i % models.length : 0]!;
    const id = `plc-${String(i + 1).padStart(2, '0')}`;
    const name = `${FOCI[i % FOCI.length]} ${i >= FOCI.length ? `(${Math.floor(i / FOCI.length) + 1})` : ''}`.trim();
    ws = withPlc(ws, framework, id, name, new Date(T0.getTime() + i * 3600000));
    const stages = framework.stages.length;
    ws = advance(ws, id, framework, i % stages, i, i % 7 === 6);
    // Every fifth PLC has an action that has slipped.
    if (i % 5 === 2 && !(i % 7 === 6)) {
      ws = ok(applyToPlc(ws, id, (p) => addAction(p, framework, { stage: p.cycle!.currentStage, what: 'Send the learner survey', owner: p.members[0], due: '2026-02-2' + (i % 9) }, T0)));
    }
  }
  return ws;
}

function seed(storyId: string, ws: Workspace): void {
  storeFor('none', `storybook:${storyId}`).update(() => ws);
}

type Args = { cycle: string; plc: string; view: 'plc' | 'overview'; readonly: boolean; user: string; now: string };

const tracker = (args: Args) =>
  html`<plc-enquiry-cycle
    cycle=${args.cycle}
    plc=${args.plc || ''}
    view=${args.view}
    ?readonly=${args.readonly}
    user=${args.user || ''}
    now=${args.now || ''}
  ></plc-enquiry-cycle>`;

const found = async (canvasElement: HTMLElement): Promise<PlcEnquiryCycle> => waitFor(canvasElement.querySelector<PlcEnquiryCycle>('plc-enquiry-cycle'));

export default {
  title: 'Elements/Enquiry cycle',
  component: 'plc-enquiry-cycle',
  args: { cycle: DEFAULT_CYCLE, plc: 'reading-y5', view: 'plc', readonly: false, user: 'Siân Jones', now: TODAY } satisfies Args,
  argTypes: {
    cycle: { control: 'select', options: Object.keys(cycleFrameworks) },
    plc: { control: 'text' },
    view: { control: 'inline-radio', options: ['plc', 'overview'] },
    readonly: { control: 'boolean' },
    user: { control: 'text' },
    now: { control: 'text' },
  },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, midCycle(cycleFrameworks[args.cycle] ?? cycleFrameworks[DEFAULT_CYCLE]!));
    return tracker(args);
  },
};

/** A PLC that does not exist yet: the tracker offers to set it up, then asks for its members. */
export const NewPlc = {
  args: { plc: 'writing-y3' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, emptyWorkspace());
    return tracker(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    await type(shadow<HTMLInputElement>(el, '#new-name'), 'Writing stamina in Year 3');
    await click(shadow(el, '[part="new"] button[type="submit"]'));
    await until(() => el.record, 'the PLC is set up');
    assert(el.record!.cycle!.currentStage === 'establish', 'at the first stage');
    assert(shadow(el, '#tab-setup').getAttribute('aria-selected') === 'true', 'set-up comes first');
    await type(shadow<HTMLInputElement>(el, '#member-name'), 'Nia Roberts');
    await type(shadow<HTMLInputElement>(el, '#member-school'), 'Ysgol Bro Dawel');
    await click(shadow(el, '.inline-form button[type="submit"]'));
    await until(() => el.record!.members.length === 1, 'the member is added');
    assert(shadow(el, '.advice').textContent!.includes('3 to 8 members'), 'a gentle word about group size');
  },
};

/** Mid-cycle: evidence and actions recorded, one action overdue, moving on to trialling. */
export const MidCycle = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadow(el, '[aria-current="step"]').textContent!.includes('Innovation and change'), 'the current stage is marked');
    assert(shadowAll(el, '.step.done').length === 3, 'three stages done');
    assert(shadow(el, '.overdue-banner').textContent!.includes('Overdue actions: 2.'), 'two overdue actions');
    assert(shadowAll(el, 'ul.actions li.overdue .flag').length === 2, 'each overdue action is flagged in words');
    await click(shadow(el, '#move-next'));
    await until(() => el.record!.cycle!.currentStage === 'trialling-and-feedback', 'moves on');
    assert(shadow(el, '#stage-title').textContent!.includes('Trialling and feedback'), 'shows the new stage');
  },
};

/** A completed cycle: its one-page summary to share, and the way to disband and re-form. */
export const CompletedWithSummary = {
  render: (args: Args, context: { id: string }) => {
    const wales = cycleFrameworks[DEFAULT_CYCLE]!;
    let ws = withPlc(emptyWorkspace(), wales, 'reading-y5', 'Reading for meaning (Y5)');
    ws = advance(ws, 'reading-y5', wales, wales.stages.length - 1, 0, true);
    seed(context.id, ws);
    return tracker(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(el.record!.cycle!.status === 'completed', 'the cycle is complete');
    assert(shadow(el, '#tab-summary').getAttribute('aria-selected') === 'true', 'the summary opens first');
    const summary = shadow(el, '[part="summary"]').textContent!;
    assert(summary.includes('Will reciprocal reading') && summary.includes('Short, frequent sessions'), 'question and learning in the summary');
    assert(shadow(el, '[part="summary-impact"]').textContent!.includes('+21 %'), 'the impact with its change');
    assert(shadowAll(el, '.toolbar button').length >= 3, 'print and downloads');
    assert(shadow(el, '.reform legend').textContent!.includes('Who stays'), 'a prompt to change membership');
  },
};

/** The overview for school leaders: forty PLCs, their stages, facilitators and overdue actions, sorted by overdue. */
export const OverviewManyPlcs = {
  args: { view: 'overview', plc: '' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, manyPlcs(40));
    return tracker(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadowAll(el, 'table.overview tbody tr').length === 40, 'every PLC listed');
    await click(shadow(el, 'button[data-sort="overdue"]'));
    const first = shadow(el, 'table.overview tbody tr:first-child td.num strong');
    assert(first.textContent!.includes('⚠'), 'the PLC with most overdue actions first');
    assert(shadow(el, 'th[aria-sort="descending"]').textContent!.includes('Overdue'), 'the sorted column says so');
  },
};

/** A large workspace: 250 PLCs, shown a hundred at a time in the sorted order, with "Show 100 more". */
export const OverviewPaged = {
  args: { view: 'overview', plc: '' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, manyPlcs(250));
    return tracker(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadowAll(el, 'table.overview tbody tr').length === 100, 'the first hundred PLCs');
    assert(shadow(el, '.table-wrap .more span').textContent!.includes('100 of 250'), 'says how many are shown');
    await click(shadow(el, '.table-wrap .more-button'));
    assert(shadowAll(el, 'table.overview tbody tr').length === 200, 'a hundred more');
    await click(shadow(el, '.table-wrap .more-button'));
    assert(shadowAll(el, 'table.overview tbody tr').length === 250, 'every PLC');
    assert(!el.shadowRoot!.querySelector('.table-wrap .more-button'), 'no button once all are shown');
  },
};

/**
 * A copy of all the data: the overview's download and restore. The play chooses a file that is not a
 * workspace: it is refused with the reason, and the PLCs here are untouched.
 */
export const OverviewBackup = {
  args: { view: 'overview', plc: '' },
  render: (args: Args, context: { id: string }) => {
    seed(context.id, manyPlcs(3));
    return tracker(args);
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const input = await until(() => el.shadowRoot!.querySelector<HTMLInputElement>('[part="backup"] #backup-file'), 'the restore control');
    const files = new DataTransfer();
    files.items.add(new File(['{"plcs": [{"id": '], 'not-a-copy.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const alert = await until(() => el.shadowRoot!.querySelector('[part="backup"] [role="alert"]'), 'the reason it was refused');
    assert(alert.textContent!.includes('“not-a-copy.json” could not be restored. Nothing here was changed.'), 'says nothing changed');
    assert(shadowAll(el, 'table.overview tbody tr').length === 3, 'the PLCs here are untouched');
  },
};

/** In Welsh: the Welsh stage names, prompts and every label. */
export const Welsh = {
  globals: { lang: 'cy' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const steps = shadow(el, '[part="stepper"]').textContent!;
    for (const name of ['Sefydlu’r grŵp', 'Adnabod ffocws', 'Ymholiad gweithredol', 'Cyflwyno a newid', 'Treialu ac adborth']) {
      assert(steps.includes(name), `Welsh stage name ${name}`);
    }
    assert(shadow(el, '#tab-impact').textContent!.trim() === 'Effaith', 'Welsh tabs');
    assert(shadow(el, '.overdue-banner').textContent!.includes('Camau gweithredu hwyr'), 'Welsh overdue banner');
  },
};

/** The dark theme. */
export const Dark = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(el.matches(':state(theme-dark)'), 'dark theme applied');
    assert(getComputedStyle(el).backgroundColor === 'rgb(21, 25, 31)', 'dark surface');
  },
};

/** Read-only, as a school leader might embed it: everything shown, nothing editable. */
export const ReadOnly = {
  args: { readonly: true },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadowAll(el, 'input, textarea, form').length === 0, 'no inputs');
    assert(shadow(el, 'ul.actions').textContent!.includes('Film one session for the cluster'), 'the records are shown');
  },
};

const modelStory = (id: string) => ({
  args: { cycle: id },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const framework = cycleFrameworks[id]!;
    assert(el.record!.cycle!.model === id, `the PLC follows ${id}`);
    assert(shadowAll(el, '[part~="step"]').length === framework.stages.length, 'one step per stage');
    assert(shadow(el, '[aria-current="step"]').textContent!.includes(framework.stages[Math.min(3, framework.stages.length - 1)]!.label.en), 'at the stage reached');
  },
});

/** Spiral of Inquiry (Timperley, Kaser & Halbert). */
export const SpiralOfInquiry = modelStory('spiral-of-inquiry');
/** Teaching as Inquiry (New Zealand curriculum). */
export const TeachingAsInquiry = modelStory('teaching-as-inquiry');
/** Lesson study (Lewis). */
export const LessonStudy = modelStory('lesson-study');
/** Disciplined Collaboration (Harris & Jones). */
export const DisciplinedCollaboration = modelStory('disciplined-collaboration');
/** PLC at Work: the four critical questions (DuFour et al.). */
export const PlcAtWork = modelStory('plc-at-work');
