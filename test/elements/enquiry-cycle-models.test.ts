// Cycle models other than the default reach <plc-enquiry-cycle> on demand (@plc-kit/core/cycle-loaders).
// A PLC on one of them shows "loading" until it arrives, never another model's stages, and nothing
// is written meanwhile; then its own stages show in the stepper, the overview and its past cycles.
// A model id that is not built in behaves as it always has: the element's own model, with a notice.
// This file imports no non-default model before the element asks for it, so the first sight of
// lesson study and spiral of inquiry is really before their chunks have arrived.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  createPlc,
  disbandPlc,
  emptyWorkspace,
  insertPlc,
  startCycle,
  walesPlc,
  type CycleFramework,
  type EnquiryCycleChangeDetail,
  type Plc,
  type PlcResult,
  type Workspace,
  type WorkspaceResult,
} from '@plc-kit/core';
import { cycleFrameworkLoaders } from '@plc-kit/core/cycle-loaders';
import type { PlcEnquiryCycle } from '@plc-kit/elements';
import '@plc-kit/elements/enquiry-cycle/define.js';
import { CycleModels } from '../../packages/elements/src/enquiry-cycle/cycle-models.js';

const wales = walesPlc as CycleFramework;
const FIXED = new Date(2026, 2, 10, 10, 0);
const T0 = new Date(2026, 0, 5, 9);

const $ = <T extends Element = HTMLElement>(el: PlcEnquiryCycle, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PlcEnquiryCycle, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stepLabels = (el: PlcEnquiryCycle) => $$(el, '[part~="step"] .step-label').map(text);

const okWs = (result: WorkspaceResult): Workspace => {
  if (!result.ok) throw new Error(result.reason.en);
  return result.workspace;
};
const okPlc = (result: PlcResult): Plc => {
  if (!result.ok) throw new Error(result.reason.en);
  return result.plc;
};

/** A built-in model as the loaders give it (for the expected stage names, after the element fetched it). */
async function model(id: string): Promise<CycleFramework> {
  const entry = cycleFrameworkLoaders[id]!;
  return typeof entry === 'function' ? entry() : entry;
}

/**
 * A PLC whose cycle follows `modelId`, at `stage`, written as a store holds it. It is made on the
 * default model and re-pointed, so the test need not fetch that model before the element does.
 */
function plcOn(id: string, name: string, modelId: string, stage: string): Plc {
  const plc = okPlc(createPlc(wales, { id, name }, T0));
  return { ...plc, cycle: { ...plc.cycle!, model: modelId, currentStage: stage } };
}

let keyCounter = 0;
const uniqueKey = () => `cycle-models-${Date.now()}-${keyCounter++}`;
const stored = (key: string) => localStorage.getItem(`${key}:workspace`);

/** Every value `read` gives from the element's first paint on (read after each change to its shadow tree). */
function watch(el: PlcEnquiryCycle, read: () => string): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(read()));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { seen, stop: () => observer.disconnect() };
}

/** Places an element without awaiting it, so its first paint (before any chunk arrives) can be watched. */
function place(attributes: Record<string, string>): PlcEnquiryCycle {
  const el = document.createElement('plc-enquiry-cycle') as PlcEnquiryCycle;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = FIXED;
  document.body.append(el);
  placed.push(el);
  return el;
}
const placed: PlcEnquiryCycle[] = [];

describe('<plc-enquiry-cycle> with cycle models fetched on demand', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    for (const el of placed.splice(0)) el.remove();
  });

  it('shows a PLC on lesson study as loading, never as Wales, writes nothing, then shows its own stages', async () => {
    const key = uniqueKey();
    localStorage.setItem(`${key}:workspace`, JSON.stringify(okWs(insertPlc(emptyWorkspace(), plcOn('science', 'Science enquiry', 'lesson-study', 'prepare')))));
    const before = stored(key);
    const el = place({ plc: 'science', 'storage-key': key });
    const { seen, stop } = watch(el, () => text(el.shadowRoot));
    await el.updateComplete;
    stop();

    expect(seen.some((t) => t.includes('Loading…')), `a paint said "Loading…": ${JSON.stringify(seen.slice(0, 3))}`).to.equal(true);
    expect(seen.every((t) => t.includes('Science enquiry')), 'the PLC’s name is shown from the first paint').to.equal(true);
    for (const stage of wales.stages) {
      expect(seen.some((t) => t.includes(stage.label.en)), `never shown with the Wales stage “${stage.label.en}”`).to.equal(false);
    }
    expect(seen.some((t) => t.includes('not available here')), 'never said to be on an unavailable model').to.equal(false);

    const lessonStudy = await model('lesson-study');
    expect(stepLabels(el)).to.deep.equal(lessonStudy.stages.map((s) => s.label.en));
    expect(text($(el, '[aria-current="step"]'))).to.contain(lessonStudy.stages[0]!.label.en);
    expect(text($(el, '[part="header"]'))).to.contain(lessonStudy.title.en);
    expect(stored(key), 'nothing written while the model was fetched, nor after').to.equal(before);
    expect(el.record!.cycle!.model).to.equal('lesson-study');
    await expect(el).to.be.accessible();
  });

  it('lists PLCs on other models in the overview with their own stages, and an unknown model as before', async () => {
    const key = uniqueKey();
    let ws = okWs(insertPlc(emptyWorkspace(), okPlc(createPlc(wales, { id: 'reading', name: 'Reading for meaning' }, T0))));
    ws = okWs(insertPlc(ws, plcOn('maths', 'Maths talk', 'spiral-of-inquiry', 'focusing')));
    ws = okWs(insertPlc(ws, plcOn('ours', 'Our own way', 'our-cycle', 'plan')));
    localStorage.setItem(`${key}:workspace`, JSON.stringify(ws));
    const before = stored(key);
    const el = place({ view: 'overview', 'storage-key': key });
    const stageOf = (id: string) => text($(el, `tr[data-plc="${id}"] td`));
    const { seen, stop } = watch(el, () => stageOf('maths'));
    await el.updateComplete;
    stop();

    const painted = seen.filter(Boolean);
    expect(painted[0], 'the row waits for its model').to.equal('Loading…');
    expect(painted, 'the row never says it has no cycle').to.not.include('No cycle');
    const spiral = await model('spiral-of-inquiry');
    expect(stageOf('maths')).to.equal(`Stage 2 of ${spiral.stages.length}: ${spiral.stages[1]!.label.en}`);
    expect(stageOf('reading')).to.equal(`Stage 1 of ${wales.stages.length}: ${wales.stages[0]!.label.en}`);
    // A model that is not built in is never fetched: the overview shows it as it always has.
    expect(stageOf('ours')).to.equal('No cycle');
    await expect(el).to.be.accessible();

    $(el, 'tr[data-plc="maths"] button.open')!.click();
    await el.updateComplete;
    expect(stepLabels(el)).to.deep.equal(spiral.stages.map((s) => s.label.en));
    $(el, '.back button')!.click();
    await el.updateComplete;
    $(el, 'tr[data-plc="ours"] button.open')!.click();
    await el.updateComplete;
    expect(stepLabels(el), 'an unknown model is shown with the element’s own').to.deep.equal(wales.stages.map((s) => s.label.en));
    expect(text($(el, '[part="header"] .notice'))).to.contain('“our-cycle”, which is not available here');
    expect(stored(key), 'opening PLCs writes nothing').to.equal(before);
  });

  it('shows each earlier cycle with its own model, and starts a new cycle on the PLC’s own model', async () => {
    const [plcAtWork, teachingAsInquiry] = await Promise.all([model('plc-at-work'), model('teaching-as-inquiry')]);
    const key = uniqueKey();
    const moved = okPlc(startCycle(okPlc(disbandPlc(okPlc(createPlc(plcAtWork, { id: 'moved', name: 'Moved to Wales' }, T0)), plcAtWork, {}, T0)), wales, {}, T0));
    let ws = okWs(insertPlc(emptyWorkspace(), moved));
    ws = okWs(insertPlc(ws, okPlc(disbandPlc(okPlc(createPlc(teachingAsInquiry, { id: 'resting', name: 'Resting group' }, T0)), teachingAsInquiry, {}, T0))));
    localStorage.setItem(`${key}:workspace`, JSON.stringify(ws));

    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="moved" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    expect(stepLabels(el)).to.deep.equal(wales.stages.map((s) => s.label.en));
    $(el, '#tab-summary')!.click();
    await el.updateComplete;
    const past = $$(el, 'details.past-cycle');
    expect(past).to.have.length(1);
    expect(text(past[0]!.querySelector('.facts'))).to.contain(plcAtWork.title.en).and.not.contain(wales.title.en);

    const resting = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="resting" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    expect(text($(resting, '[part="header"]'))).to.contain(teachingAsInquiry.title.en).and.contain('Disbanded');
    expect(text($(resting, 'details.past-cycle .facts'))).to.contain(teachingAsInquiry.title.en);
    const change = oneEvent(resting, 'plc-change');
    $(resting, 'button.primary')!.click();
    const detail = ((await change) as CustomEvent<EnquiryCycleChangeDetail>).detail;
    expect(detail.framework).to.equal('teaching-as-inquiry');
    expect(detail.record.cycle!.model).to.equal('teaching-as-inquiry');
    await resting.updateComplete;
    expect(stepLabels(resting)).to.deep.equal(teachingAsInquiry.stages.map((s) => s.label.en));
  });
});

describe('CycleModels', () => {
  const base = { ...wales, id: 'base' };
  const later = { ...wales, id: 'later', title: { en: 'Later' } };

  /** A loader that resolves (or fails) only when the test says, counting its calls. */
  function deferred() {
    let settle!: { resolve: (m: CycleFramework) => void; reject: (e: Error) => void };
    let calls = 0;
    const load = () => {
      calls++;
      return new Promise<CycleFramework>((resolve, reject) => (settle = { resolve, reject }));
    };
    return { load, calls: () => calls, settle: () => settle };
  }

  it('fetches a model once however often it is asked for, and says it is pending until then', async () => {
    const loader = deferred();
    let changed = 0;
    const models = new CycleModels({ base, later: loader.load }, () => changed++, () => expect.fail('no failure'));
    expect(models.get('base')).to.equal(base);
    expect(models.pending('base')).to.equal(false);
    expect(models.inFlight).to.equal(undefined);

    expect(models.get('later')).to.equal(undefined);
    expect(models.pending('later')).to.equal(true);
    models.want(['later', undefined, 'base', 'later']);
    const loading = models.load('later');
    expect(loader.calls()).to.equal(1);
    expect(models.inFlight).to.be.an.instanceOf(Promise);

    loader.settle().resolve(later);
    expect(await loading).to.equal(later);
    expect(models.get('later')).to.equal(later);
    expect(models.pending('later')).to.equal(false);
    expect(models.inFlight).to.equal(undefined);
    expect(changed).to.equal(1);
    expect(models.builtIns['base']).to.equal(base);
    expect(models.builtIns['later']).to.be.a('function');
    expect(await (models.builtIns['later'] as () => Promise<CycleFramework>)()).to.equal(later);
    expect(loader.calls(), 'the element’s own model shares the fetch').to.equal(1);
  });

  it('treats a model whose chunk fails like an unknown one, once, and an id that is no own key as unknown', async () => {
    const loader = deferred();
    const failures: string[] = [];
    let changed = 0;
    const models = new CycleModels({ base, later: loader.load }, () => changed++, (id, error) => failures.push(`${id}: ${error.message}`));
    const loading = models.load('later');
    loader.settle().reject(new Error('offline'));
    expect(await loading).to.equal(undefined);
    expect(failures).to.deep.equal(['later: offline']);
    expect(changed).to.equal(1);
    expect(models.pending('later')).to.equal(false);
    expect(models.get('later')).to.equal(undefined);
    expect(loader.calls(), 'a failed model is not fetched again on every paint').to.equal(1);

    for (const id of ['toString', '__proto__', 'no-such-model']) {
      expect(models.isBuiltIn(id), id).to.equal(false);
      expect(models.get(id), id).to.equal(undefined);
      expect(models.pending(id), id).to.equal(false);
    }
  });
});
