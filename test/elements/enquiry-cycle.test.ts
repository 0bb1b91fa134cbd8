import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  addAction,
  addDecision,
  addEvidence,
  addImpact,
  addMember,
  applyToPlc,
  createPlc,
  emptyWorkspace,
  insertPlc,
  moveToStage,
  setFacilitator,
  setNotes,
  updateDetails,
  walesPlc,
  type CycleCompleteDetail,
  type CycleFramework,
  type EnquiryCycleChangeDetail,
  type PlcResult,
  type StageChangeDetail,
  type Workspace,
  type WorkspaceResult,
} from '@plc-kit/core';
import { cycleFrameworks } from '@plc-kit/core/frameworks';
import type { PlcEnquiryCycle } from '@plc-kit/elements';
import '@plc-kit/elements/enquiry-cycle/define.js';
import { captureDownloads } from '../helpers/downloads.js';
import { withInlineJson } from '../helpers/inline.js';

const wales = walesPlc as CycleFramework;
const FIXED = new Date(2026, 2, 10, 10, 0); // 10 March 2026, the tests' "today"

const $ = <T extends Element = HTMLElement>(el: PlcEnquiryCycle, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: PlcEnquiryCycle, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function settle(el: PlcEnquiryCycle): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

/** Focuses a control and types into it with the keyboard. */
async function typeInto(el: PlcEnquiryCycle, selector: string, value: string): Promise<void> {
  const field = $(el, selector);
  expect(field, selector).to.exist;
  field!.focus();
  await sendKeys({ type: value });
}

/** Focuses a control and presses a key on it. */
async function press(el: PlcEnquiryCycle, selector: string, key = 'Enter'): Promise<void> {
  const control = $(el, selector);
  expect(control, selector).to.exist;
  control!.focus();
  await sendKeys({ press: key });
  await settle(el);
}

/** Moves to a tab with the arrow keys, as the tab pattern expects. */
async function goToTab(el: PlcEnquiryCycle, name: 'setup' | 'stage' | 'impact' | 'history' | 'summary'): Promise<void> {
  const order = ['setup', 'stage', 'impact', 'history', 'summary'];
  const selected = $(el, '[role="tab"][aria-selected="true"]')!;
  selected.focus();
  const from = order.indexOf(selected.id.replace('tab-', ''));
  const to = order.indexOf(name);
  for (let i = from; i < to; i++) await sendKeys({ press: 'ArrowRight' });
  for (let i = from; i > to; i--) await sendKeys({ press: 'ArrowLeft' });
  await settle(el);
  expect($(el, '[role="tab"][aria-selected="true"]')!.id).to.equal(`tab-${name}`);
  expect(el.shadowRoot!.activeElement?.id).to.equal(`tab-${name}`);
}

/** Media emulation needs the Chrome DevTools Protocol; Firefox (over WebDriver BiDi) has none. */
const CDP = !navigator.userAgent.includes('Firefox');

const currentStage = (el: PlcEnquiryCycle) => el.record?.cycle?.currentStage;

let keyCounter = 0;
const uniqueKey = () => `cycle-test-${Date.now()}-${keyCounter++}`;

function ok(result: WorkspaceResult): Workspace;
function ok(result: PlcResult): ReturnType<typeof okPlc>;
function ok(result: PlcResult | WorkspaceResult) {
  if (!result.ok) throw new Error(result.reason.en);
  return 'workspace' in result ? result.workspace : result.plc;
}
const okPlc = (result: PlcResult) => {
  if (!result.ok) throw new Error(result.reason.en);
  return result.plc;
};

/** A workspace with a PLC mid-cycle: three members, a facilitator, dates, evidence and actions. */
function midCycleWorkspace(): Workspace {
  const t0 = new Date(2026, 0, 5, 9);
  let ws = ok(insertPlc(emptyWorkspace(), ok(createPlc(wales, { id: 'reading', name: 'Reading for meaning' }, t0))));
  for (const [name, school] of [
    ['Siân Jones', 'Ysgol y Môr'],
    ['Tom Evans', 'Ysgol y Bryn'],
    ['Priya Shah', 'Ysgol y Môr'],
  ]) {
    ws = ok(addMember(ws, 'reading', { name: name!, role: 'Class teacher', school: school! }, t0));
  }
  const change = (f: (plc: Workspace['plcs'][number]) => PlcResult) => (ws = ok(applyToPlc(ws, 'reading', f)));
  change((p) => setFacilitator(p, wales, { member: 'sian-jones' }, t0));
  change((p) => updateDetails(p, wales, { start: '2026-01-05', review: '2026-04-01', learnerNeed: 'Inference in Year 5', question: 'Does reciprocal reading help?' }, t0));
  change((p) => moveToStage(p, wales, { to: 'identify-focus' }, t0));
  change((p) => moveToStage(p, wales, { to: 'action-enquiry' }, t0));
  change((p) => addEvidence(p, wales, { stage: 'action-enquiry', title: 'EEF guidance', url: 'https://example.org/eef', kind: 'research' }, t0));
  change((p) => moveToStage(p, wales, { to: 'innovation-and-change' }, t0));
  change((p) => addAction(p, wales, { stage: 'innovation-and-change', what: 'Plan six sessions', owner: 'tom-evans', due: '2026-03-01' }, t0));
  change((p) => addAction(p, wales, { stage: 'innovation-and-change', what: 'Book cover', owner: 'priya-shah', due: '2026-03-09' }, t0));
  change((p) => addAction(p, wales, { stage: 'innovation-and-change', what: 'Print texts', owner: 'sian-jones', due: '2026-03-10' }, t0));
  return ws;
}

/**
 * The mid-cycle PLC taken on to "Evaluate impact", the last stage but one, with each passed stage's
 * criteria met and two impact measures recorded.
 */
function lateCycleWorkspace(): Workspace {
  const t0 = new Date(2026, 1, 2, 9);
  let ws = midCycleWorkspace();
  const change = (f: (plc: Workspace['plcs'][number]) => PlcResult) => (ws = ok(applyToPlc(ws, 'reading', f)));
  change((p) => moveToStage(p, wales, { to: 'trialling-and-feedback' }, t0));
  change((p) => addEvidence(p, wales, { stage: 'trialling-and-feedback', title: 'Lesson observations', kind: 'observation' }, t0));
  change((p) => moveToStage(p, wales, { to: 'refining' }, t0));
  change((p) => addDecision(p, wales, { stage: 'refining', text: 'Use shorter texts' }, t0));
  change((p) => moveToStage(p, wales, { to: 'sharing-outcomes' }, t0));
  change((p) => setNotes(p, wales, { stage: 'sharing-outcomes', notes: 'Shared at the cluster meeting' }, t0));
  change((p) => moveToStage(p, wales, { to: 'evaluate-impact' }, t0));
  change((p) => addImpact(p, wales, { name: 'Inference score', baseline: '42', target: '60', latest: '55' }, t0));
  change((p) => addImpact(p, wales, { name: 'Reading age gap', baseline: '14', target: '6', latest: '9' }, t0));
  return ws;
}

/** The element focused inside the element's shadow root: its label when it has one (the Remove buttons), else its id. */
const focused = (el: PlcEnquiryCycle) => {
  const active = el.shadowRoot!.activeElement;
  return active ? active.getAttribute('aria-label') || active.id : null;
};

function store(key: string, ws: Workspace): void {
  localStorage.setItem(`${key}:workspace`, JSON.stringify(ws));
}

describe('<plc-enquiry-cycle>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    document.documentElement.removeAttribute('lang');
    if (CDP) await emulateMedia({ media: 'screen' });
  });

  it('sets up a PLC and walks it through the whole Wales cycle by keyboard, to disband and re-form', async function () {
    this.timeout(60000);
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage="none" user="Siân" .now=${FIXED}></plc-enquiry-cycle>`);
    const changes: EnquiryCycleChangeDetail[] = [];
    const moves: StageChangeDetail[] = [];
    const completes: CycleCompleteDetail[] = [];
    el.addEventListener('plc-change', (e) => changes.push(e.detail));
    el.addEventListener('plc-stage-change', (e) => moves.push(e.detail));
    el.addEventListener('plc-complete', (e) => completes.push(e.detail));
    await settle(el);
    await expect(el).to.be.accessible();

    // Set up: name, then members by name, role and school.
    expect(text($(el, '[part="new"] [role="heading"]'))).to.equal('Set up a new PLC');
    await typeInto(el, '#new-name', 'Reading for meaning');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.record?.name).to.equal('Reading for meaning');
    expect(text($(el, '#plc-title'))).to.equal('Reading for meaning');
    expect($(el, '#tab-setup')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('member-name');
    for (const [name, school] of [
      ['Siân Jones', 'Ysgol y Môr'],
      ['Tom Evans', 'Ysgol y Bryn'],
      ['Priya Shah', 'Ysgol y Môr'],
    ]) {
      await sendKeys({ type: name! });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Class teacher' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: school! });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.shadowRoot!.activeElement?.id).to.equal('member-name');
    }
    expect(text($(el, '.members'))).to.contain('Tom Evans').and.contain('Class teacher, Ysgol y Bryn');
    expect(el.store.state.schools.map((s) => s.name)).to.deep.equal(['Ysgol y Môr', 'Ysgol y Bryn']);
    await expect(el).to.be.accessible();

    // The facilitator, chosen from the members with the arrow keys.
    await press(el, '#field-facilitator', 'ArrowDown');
    expect(el.record?.cycle?.facilitator).to.equal('sian-jones');
    // Dates, typed into the date inputs.
    // (A date input takes two Tabs to leave: the first visits its calendar button. It saves on leaving.)
    await typeInto(el, '#field-start', '01052026');
    expect(el.record?.cycle?.start).to.equal(undefined);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.record?.cycle?.start).to.equal('2026-01-05');

    // Establish → Identify a focus.
    await goToTab(el, 'stage');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('identify-focus');
    expect(moves.at(-1)).to.deep.equal({ plc: 'reading', framework: 'wales-plc', from: 'establish', to: 'identify-focus' });

    // The learner need and question are set up on the set-up tab; the stage links there.
    await press(el, '.checks button.link');
    expect($(el, '#tab-setup')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('field-learnerNeed');
    await sendKeys({ type: 'Year 5 inference' });
    await sendKeys({ press: 'Tab' });
    await typeInto(el, '#field-question', 'Does reciprocal reading help?');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.record?.cycle?.question).to.equal('Does reciprocal reading help?');
    await goToTab(el, 'stage');
    await typeInto(el, '#move-reason', 'Focus agreed');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('action-enquiry');
    expect(moves.at(-1)!.reason).to.equal('Focus agreed');

    // Action enquiry: research from elsewhere as evidence.
    await typeInto(el, '#evidence-title', 'EEF guidance on reading');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text($(el, 'ul.evidence'))).to.contain('EEF guidance on reading');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('innovation-and-change');

    // Innovation and change: an action with an owner.
    await typeInto(el, '#action-what', 'Plan six sessions');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await press(el, '#action-what', 'Enter');
    const action = el.record!.cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.actions[0]!;
    expect(action).to.include({ what: 'Plan six sessions', owner: 'tom-evans', done: false });
    await press(el, '#move-next');

    // Trialling: evidence from the trial.
    await typeInto(el, '#evidence-title', 'Lesson observations');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('refining');

    // Refining: a decision.
    await typeInto(el, '#decision-text', 'Use shorter texts');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('sharing-outcomes');

    // Sharing outcomes: notes, saved as typed (the move saves them first).
    await typeInto(el, '#notes', 'Shared at the cluster meeting');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('evaluate-impact');

    // Evaluate impact: moving on is refused until impact is recorded, and the reason is shown.
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('evaluate-impact');
    expect(text($(el, '[part="refusal"]'))).to.contain('Impact on learners is recorded');
    await expect(el).to.be.accessible();
    await goToTab(el, 'impact');
    await typeInto(el, '#impact-name', 'Inference score');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '%' });
    await typeInto(el, '#impact-baseline', '42');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '60' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '63' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.record!.cycle!.impact[0]).to.deep.include({ name: 'Inference score', unit: '%', baseline: 42, target: 60, latest: 63 });
    expect($(el, 'svg[part="chart"]')).to.exist;
    expect(text($(el, '[part="impact-table"] tbody'))).to.contain('Inference score').and.contain('+21 %').and.contain('target reached');
    await expect(el).to.be.accessible();
    await goToTab(el, 'stage');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('share-learning');

    // Share learning: the learning is written on this stage, then the cycle is completed.
    await typeInto(el, '#field-learning', 'Little and often works.');
    await press(el, '#complete');
    expect(el.record?.cycle?.status).to.equal('completed');
    expect(completes).to.have.length(1);
    expect(completes[0]!.summary.impact[0]).to.include({ change: 21, targetMet: true });
    expect($(el, '#tab-summary')!.getAttribute('aria-selected')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('summary-title');
    const summary = text($(el, '[part="summary"]'));
    expect(summary).to.contain('Does reciprocal reading help?').and.contain('Plan six sessions (Tom Evans)').and.contain('Little and often works.');
    await expect(el).to.be.accessible();

    // Disband and re-form: a new focus, one member leaving.
    await typeInto(el, '#reform-focus', 'Oracy in Year 6');
    await press(el, '#keep-tom-evans', ' ');
    expect($<HTMLInputElement>(el, '#keep-tom-evans')!.checked).to.be.false;
    await press(el, '.reform button[type="submit"]');
    const plc = el.record!;
    expect(plc.pastCycles).to.have.length(1);
    expect(plc.pastCycles[0]).to.include({ status: 'archived', learning: 'Little and often works.' });
    expect(plc.cycle).to.include({ focus: 'Oracy in Year 6', currentStage: 'establish', status: 'active' });
    expect(plc.members).to.deep.equal(['sian-jones', 'priya-shah']);
    expect($(el, '#tab-setup')!.getAttribute('aria-selected')).to.equal('true');
    expect(text($(el, '.carried'))).to.contain('Little and often works.');
    expect(text($(el, '.rota'))).to.contain('Cycle 1: Siân Jones').and.contain('Cycle 2: Not chosen yet');
    // Every change was written to the history, by the named user, and announced as a plc-change.
    expect(plc.history.every((h) => h.by === 'Siân')).to.be.true;
    expect(plc.history.map((h) => h.kind)).to.include.members(['created', 'member-joined', 'facilitator', 'stage', 'evidence-added', 'action-added', 'decision-added', 'notes', 'impact-added', 'completed', 'disbanded', 'member-left', 'reformed']);
    expect(changes.length).to.be.greaterThan(15);
    expect(changes.at(-1)!.change).to.equal('reformed');
    await expect(el).to.be.accessible();
  });

  it('shows why a move is refused, inline and in the element’s language', async () => {
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="new-one" storage="none"></plc-enquiry-cycle>`);
    await typeInto(el, '#new-name', 'Maths mastery');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await goToTab(el, 'stage');
    await press(el, '#move-next');
    const refusal = $(el, '[part="refusal"]')!;
    expect(refusal.getAttribute('role')).to.equal('alert');
    expect(text(refusal)).to.contain('Not yet. Still to do before leaving “Establish the group”: The group has members; The group has chosen a facilitator.');
    expect(el.record?.cycle?.currentStage).to.equal('establish');
    expect(el.record?.history).to.have.length(1);
    el.setAttribute('lang', 'cy');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(text($(el, '[part="refusal"]'))).to.contain('I’w wneud cyn gadael “Sefydlu’r grŵp”');
    expect(text($(el, '[part="stepper"]'))).to.contain('Ymholiad gweithredol').and.contain('Cyflwyno a newid').and.contain('Y cam presennol');
    await expect(el).to.be.accessible();
  });

  it('keeps everything on reload, including notes typed a moment ago', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    await typeInto(el, '#notes', 'Draft plan for the six sessions');
    // No pause, no blur: the page goes away straight after typing.
    dispatchEvent(new PageTransitionEvent('pagehide'));
    const saved = JSON.parse(localStorage.getItem(`${key}:workspace`)!) as Workspace;
    expect(saved.plcs[0]!.cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.notes).to.equal('Draft plan for the six sessions');
    await typeInto(el, '#evidence-title', 'Pupil survey');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // A fresh page: a new store reads the saved text (a different key forces a real read, not the shared store).
    const reloadKey = uniqueKey();
    localStorage.setItem(`${reloadKey}:workspace`, localStorage.getItem(`${key}:workspace`)!);
    const again = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${reloadKey} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(again);
    expect($<HTMLTextAreaElement>(again, '#notes')!.value).to.equal('Draft plan for the six sessions');
    expect(text($(again, 'ul.evidence'))).to.contain('Pupil survey');
    expect(text($(again, 'ul.actions'))).to.contain('Plan six sessions');
    expect(again.record!.members).to.have.length(3);
    expect(again.record!.history.length).to.equal(el.record!.history.length);
  });

  it('saves notes to the PLC they were typed into when the page shows another PLC before they are saved', async () => {
    const key = uniqueKey();
    const ws = ok(insertPlc(midCycleWorkspace(), ok(createPlc(wales, { id: 'maths', name: 'Maths talk' }, new Date(2026, 0, 6, 9)))));
    store(key, ws);
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    await typeInto(el, '#notes', 'Notes for the reading PLC');
    // The page switches PLC in code straight after typing: no pause, no blur.
    el.plc = 'maths';
    await settle(el);
    const saved = JSON.parse(localStorage.getItem(`${key}:workspace`)!) as Workspace;
    const notesOf = (id: string) => saved.plcs.find((p) => p.id === id)!.cycle!.stages.map((r) => r.notes).filter(Boolean);
    expect(notesOf('reading')).to.deep.equal(['Notes for the reading PLC']);
    expect(notesOf('maths'), 'nothing typed for reading lands in maths').to.deep.equal([]);
  });

  it('flags overdue actions against a fixed clock', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} now="2026-03-10T10:00:00"></plc-enquiry-cycle>`);
    await settle(el);
    // Due 1 and 9 March are overdue on 10 March; due 10 March is not.
    expect(text($(el, '.overdue-banner'))).to.contain('Overdue actions: 2.');
    const flagged = $$(el, 'ul.actions li.overdue').map((li) => text(li.querySelector('.action-what')));
    expect(flagged).to.deep.equal(['Plan six sessions', 'Book cover']);
    expect($$(el, 'ul.actions li.overdue .flag').every((f) => text(f) === '⚠ Overdue')).to.be.true;
    await expect(el).to.be.accessible();
    // Marking one done clears its flag.
    await press(el, '#action-a2', ' ');
    expect(el.record!.cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.actions[1]!.done).to.be.true;
    expect(text($(el, '.overdue-banner'))).to.contain('Overdue actions: 1.');
    // A day later, the action due on the 10th is overdue too.
    el.now = new Date(2026, 2, 11, 8, 0);
    await settle(el);
    expect(text($(el, '.overdue-banner'))).to.contain('Overdue actions: 2.');
    // And the banner takes you to the first one.
    await press(el, '.overdue-banner button');
    expect(el.shadowRoot!.activeElement?.id).to.equal('action-a1');
  });

  it('lists every PLC in the overview, sorts by each column, and opens the one chosen', async () => {
    const key = uniqueKey();
    let ws = midCycleWorkspace();
    ws = ok(insertPlc(ws, ok(createPlc(wales, { id: 'maths', name: 'Maths mastery' }, new Date(2026, 1, 1)))));
    ws = ok(insertPlc(ws, ok(createPlc(cycleFrameworks['lesson-study']!, { id: 'science', name: 'Science enquiry' }, new Date(2026, 2, 1)))));
    store(key, ws);
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle view="overview" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    const names = () => $$(el, 'table.overview tbody tr').map((tr) => text(tr.querySelector('th')));
    expect(names()).to.deep.equal(['Maths mastery', 'Reading for meaning', 'Science enquiry']);
    const reading = $(el, 'tr[data-plc="reading"]')!;
    expect(text(reading)).to.contain('Stage 4 of 9: Innovation and change').and.contain('Siân Jones').and.contain('⚠ 2');
    expect(text($(el, 'tr[data-plc="science"]'))).to.contain('Stage 1 of 5: Prepare');
    await expect(el).to.be.accessible();

    await press(el, 'button[data-sort="name"]');
    expect(names()).to.deep.equal(['Science enquiry', 'Reading for meaning', 'Maths mastery']);
    expect($(el, 'button[data-sort="name"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await press(el, 'button[data-sort="overdue"]');
    expect(names()[0]).to.equal('Reading for meaning');
    expect($(el, 'button[data-sort="overdue"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    await press(el, 'button[data-sort="lastActivity"]');
    expect(names()).to.deep.equal(['Science enquiry', 'Maths mastery', 'Reading for meaning']);
    await press(el, 'button[data-sort="stage"]');
    expect(names()).to.deep.equal(['Maths mastery', 'Science enquiry', 'Reading for meaning']);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-sort')).to.equal('stage');

    $(el, 'tr[data-plc="reading"] button.open')!.focus();
    const selected = oneEvent(el, 'plc-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent).detail).to.deep.equal({ plc: 'reading' });
    await settle(el);
    expect(text($(el, '#plc-title'))).to.equal('Reading for meaning');
    expect(el.shadowRoot!.activeElement?.id).to.equal('plc-title');
    await expect(el).to.be.accessible();
    await press(el, '.back button');
    expect($(el, 'table.overview')).to.exist;
  });

  it('lists 500 PLCs in the overview', async () => {
    const key = uniqueKey();
    let ws = emptyWorkspace();
    const plcs = Array.from({ length: 500 }, (_, i) => ok(createPlc(wales, { id: `plc-${i}`, name: `PLC ${String(i).padStart(3, '0')}` }, new Date(2026, 0, 1))));
    ws = { ...ws, plcs };
    store(key, ws);
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle view="overview" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    expect(text($(el, '[part="header"] .muted'))).to.equal('Number of PLCs: 500');
    // The first hundred in the sorted order, and the rest a hundred at a time on request.
    expect($$(el, 'table.overview tbody tr')).to.have.length(100);
    expect(text($(el, '.table-wrap .more span'))).to.equal('Showing 100 of 500 PLCs.');
    for (let shown = 200; shown <= 500; shown += 100) {
      const more = $<HTMLButtonElement>(el, '.table-wrap .more-button')!;
      expect(text(more)).to.equal('Show 100 more');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect($$(el, 'table.overview tbody tr')).to.have.length(shown);
      // Focus moves to the first PLC just shown, so a keyboard user reads on from there.
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(`Open PLC ${String(shown - 100).padStart(3, '0')}`);
    }
    expect($(el, '.table-wrap .more-button')).to.equal(null);
    const names = $$(el, 'table.overview tbody tr th').map((th) => text(th));
    expect(names[0]).to.equal('PLC 000');
    expect(names[499]).to.equal('PLC 499');
  });

  it('checks input inline, keeping what was typed: due before start, empty required fields, a member who owns actions', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    // A due date before the start.
    await typeInto(el, '#action-what', 'Too early');
    await typeInto(el, '#action-due', '01012026');
    await press(el, '#action-what', 'Enter');
    const due = $<HTMLInputElement>(el, '#action-due')!;
    expect(due.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(due.getAttribute('aria-describedby')!))).to.contain('The due date cannot be before the cycle starts');
    expect(due.value).to.equal('2026-01-01');
    expect($<HTMLInputElement>(el, '#action-what')!.value).to.equal('Too early');
    expect(el.shadowRoot!.activeElement).to.equal(due);
    await expect(el).to.be.accessible();
    // Fixing it clears the message and adds the action.
    due.focus();
    await sendKeys({ type: '03012026' });
    await press(el, '#action-what', 'Enter');
    expect(due.getAttribute('aria-invalid')).to.equal('false');
    expect(text($(el, 'ul.actions'))).to.contain('Too early');

    // An empty required field.
    await press(el, '.records form button[type="submit"]');
    const title = $<HTMLInputElement>(el, '#evidence-title')!;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#evidence-title-error'))).to.equal('Give the evidence a title.');
    // An unsafe link is refused, and stays in the field to be corrected.
    await typeInto(el, '#evidence-title', 'Pupil voice');
    await typeInto(el, '#evidence-url', 'javascript:alert(1)');
    await press(el, '#evidence-title', 'Enter');
    expect(text($(el, '#evidence-url-error'))).to.contain('must start with https://');
    expect($<HTMLInputElement>(el, '#evidence-url')!.value).to.equal('javascript:alert(1)');
    expect($<HTMLInputElement>(el, '#evidence-title')!.value).to.equal('Pupil voice');

    // The PLC's name cannot be emptied; the field keeps what is typed.
    await goToTab(el, 'setup');
    const name = $<HTMLInputElement>(el, '#field-name')!;
    name.focus();
    name.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(text($(el, '#field-name-error'))).to.equal('Give the PLC a name.');
    expect(el.record!.name).to.equal('Reading for meaning');
    // A member who still owns open actions cannot be removed until they are handed on.
    await press(el, 'button[aria-label="Remove Tom Evans from the PLC"]');
    expect(el.record!.members).to.include('tom-evans');
    expect(text($(el, '.members + .field-error'))).to.contain('Tom Evans still owns open actions (number: 1)');
    await expect(el).to.be.accessible();
    // A review date before the start.
    await typeInto(el, '#field-review', '12312025');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(text($(el, '#field-review-error'))).to.contain('The review date cannot be before the start');
    expect($<HTMLInputElement>(el, '#field-review')!.value).to.equal('2025-12-31');
    expect(el.record!.cycle!.review).to.equal('2026-04-01');
  });

  it('never runs markup typed into notes, titles or names, and links only to http(s) with noopener', async () => {
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="safe" storage="none" .now=${FIXED}></plc-enquiry-cycle>`);
    const attack = '<img src=x onerror="window.__cyclePwned=1"><script>window.__cyclePwned=2</script>';
    await typeInto(el, '#new-name', attack);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await typeInto(el, '#member-name', '<b onmouseover=alert(1)>Bold</b>');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await goToTab(el, 'stage');
    await typeInto(el, '#notes', attack);
    await sendKeys({ press: 'Tab' });
    await typeInto(el, '#evidence-title', attack);
    await typeInto(el, '#evidence-url', 'https://example.org/?q=<x>');
    await press(el, '#evidence-title', 'Enter');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __cyclePwned?: number }).__cyclePwned).to.equal(undefined);
    expect($$(el, 'img, script, b')).to.have.length(0);
    expect(text($(el, '#plc-title'))).to.equal(attack);
    expect($<HTMLTextAreaElement>(el, '#notes')!.value).to.equal(attack);
    const link = $<HTMLAnchorElement>(el, 'ul.evidence a')!;
    expect(link.textContent).to.equal(attack);
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.protocol).to.equal('https:');
    await goToTab(el, 'history');
    expect(text($(el, '[part="history"]'))).to.contain(`Evidence added: ${attack}`);
    expect($$(el, 'img, script, b')).to.have.length(0);
    await goToTab(el, 'summary');
    expect($$(el, 'img, script, b')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('never shows a stored link that is not http(s): the unreadable PLC is set aside, not rendered', async () => {
    const key = uniqueKey();
    const ws = midCycleWorkspace();
    const plc = ws.plcs[0]!;
    const tampered: Workspace = {
      ...ws,
      plcs: [{ ...plc, cycle: { ...plc.cycle!, stages: plc.cycle!.stages.map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, url: 'javascript:alert(1)' })) })) } }],
    };
    // Stored data is parsed at the boundary: the bad link makes the PLC unreadable, so it is set aside, not shown as a link.
    store(key, tampered);
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    expect($$(el, 'a[href^="javascript"]')).to.have.length(0);
    expect(text($(el, '[part="storage-status"]'))).to.contain('could not be read');
  });

  it('passes axe on every view: each tab, readonly, overview, Welsh and dark', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    for (const tab of ['setup', 'stage', 'impact', 'history', 'summary'] as const) {
      await goToTab(el, tab);
      await expect(el, tab).to.be.accessible();
    }
    el.setAttribute('lang', 'cy');
    el.theme = 'dark';
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(text($(el, '#tab-impact'))).to.equal('Effaith');
    await expect(el).to.be.accessible();
    el.theme = 'high-contrast';
    el.readonly = true;
    await goToTab(el, 'stage');
    expect($$(el, 'input, textarea, form')).to.have.length(0);
    expect(text($(el, 'ul.actions'))).to.contain('Plan six sessions');
    await expect(el).to.be.accessible();
    el.view = 'overview';
    el.removeAttribute('plc');
    await settle(el);
    expect($(el, 'table.overview')).to.exist;
    expect($(el, 'details.new-in-overview')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('emits plc-change for edits with the kind of change and the PLC as it now is', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    const change = oneEvent(el, 'plc-change');
    await typeInto(el, '#decision-text', 'Keep groups of four');
    await sendKeys({ press: 'Enter' });
    const detail = ((await change) as CustomEvent<EnquiryCycleChangeDetail>).detail;
    expect(detail.plc).to.equal('reading');
    expect(detail.framework).to.equal('wales-plc');
    expect(detail.change).to.equal('decision-added');
    expect(detail.record.cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.decisions[0]!.text).to.equal('Keep groups of four');
  });

  it('uses another built-in model, or the user’s own from inline JSON, and says when a model id is unknown', async () => {
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="spiral" cycle="spiral-of-inquiry" storage="none"></plc-enquiry-cycle>`);
    await typeInto(el, '#new-name', 'Spiral team');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.record!.cycle!.model).to.equal('spiral-of-inquiry');
    expect(text($(el, '[part="stepper"]'))).to.contain('Scanning').and.contain('Checking');

    const unknown = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="x" cycle="no-such-model" storage="none"></plc-enquiry-cycle>`);
    await settle(unknown);
    expect(text($(unknown, '[part="error"]'))).to.contain('no built-in framework called “no-such-model”');
    expect($(unknown, '#new-name')).to.exist;

    const own = {
      id: 'our-cycle',
      kind: 'cycle',
      title: { en: 'Our cycle' },
      source: { citation: 'Our school' },
      stages: [
        { id: 'plan', label: { en: 'Plan' }, prompts: [{ en: 'What will we try?' }], criteria: [{ check: 'actions', label: { en: 'An action is planned' } }] },
        { id: 'review', label: { en: 'Review' }, prompts: [] },
      ],
    };
    const custom = withInlineJson('plc-enquiry-cycle', own, { plc: 'ours', storage: 'none' });
    await fixture(html`<div>${custom}</div>`);
    await settle(custom);
    await typeInto(custom, '#new-name', 'Our team');
    await sendKeys({ press: 'Enter' });
    await settle(custom);
    await goToTab(custom, 'stage');
    expect(text($(custom, '.prompts'))).to.contain('What will we try?');
    await press(custom, '#move-next');
    expect(text($(custom, '[part="refusal"]'))).to.contain('An action is planned');
  });
  it('downloads the summary as Markdown and JSON in the element’s language, and prints only the summary', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} lang="cy" .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    await goToTab(el, 'summary');
    const blobs = captureDownloads(() => {
      const buttons = $$<HTMLButtonElement>(el, '.toolbar button');
      buttons.find((b) => text(b) === 'Lawrlwytho Markdown')!.click();
      buttons.find((b) => text(b) === 'Lawrlwytho JSON')!.click();
    }).map((f) => f.blob);
    expect(blobs).to.have.length(2);
    const markdown = await blobs[0]!.text();
    expect(markdown).to.contain('# Reading for meaning').and.contain('## Cwestiwn ymholi').and.contain('Does reciprocal reading help?');
    expect(markdown).to.contain('- [ ] Plan six sessions (Tom Evans) · Cyflwyno a newid');
    const json = JSON.parse(await blobs[1]!.text());
    expect(json.format).to.equal('plc-kit/cycle-summary');
    expect(json.summary.question).to.equal('Does reciprocal reading help?');
    expect(json.cycle.stages.find((r: { stage: string }) => r.stage === 'innovation-and-change').actions).to.have.length(3);

    if (CDP) {
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[role="tablist"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="stepper"]')!.closest('nav')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.toolbar')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="summary"]')!).display).to.equal('block');
    } else {
      // Without media emulation, check the print rules themselves.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const print = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')!;
      const hidden = [...print.cssRules].map((r) => r.cssText).join(' ');
      expect(hidden).to.contain('.no-print').and.contain('.stepper-nav').and.contain('display: none !important');
      expect($(el, '[role="tablist"]')!.classList.contains('no-print')).to.be.true;
    }
  });

  it('names a PLC id it cannot use, and a missing PLC in read-only mode, instead of failing', async () => {
    const bad = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="not an id!" storage="none"></plc-enquiry-cycle>`);
    await settle(bad);
    expect(text($(bad, '[role="alert"]'))).to.contain('A PLC id may use only letters, digits');
    const missing = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="nobody" readonly storage="none"></plc-enquiry-cycle>`);
    await settle(missing);
    expect(text($(missing, '.notice'))).to.equal('There is no PLC called “nobody” in this workspace yet.');
    expect($(missing, 'form')).to.not.exist;
    await expect(missing).to.be.accessible();
  });

  it('reads a `now` property set to a date string, and ignores one that is no date, instead of failing every edit', async () => {
    const fromString = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="dated" storage="none" storage-key=${uniqueKey()}></plc-enquiry-cycle>`);
    (fromString as unknown as { now: unknown }).now = '2026-03-04T10:00:00Z';
    await settle(fromString);
    await typeInto(fromString, '#new-name', 'Reading for meaning');
    await sendKeys({ press: 'Enter' });
    await settle(fromString);
    expect($(fromString, '[role="alert"]')).to.not.exist;
    expect(fromString.record?.history[0]?.at).to.equal('2026-03-04T10:00:00.000Z');

    const invalid = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="undated" storage="none" storage-key=${uniqueKey()} .now=${new Date(Number.NaN)}></plc-enquiry-cycle>`);
    await settle(invalid);
    const before = Date.now();
    await typeInto(invalid, '#new-name', 'Oracy');
    await sendKeys({ press: 'Enter' });
    await settle(invalid);
    expect($(invalid, '[role="alert"]')).to.not.exist;
    expect(invalid.record?.name).to.equal('Oracy');
    expect(Date.parse(invalid.record!.history[0]!.at)).to.be.at.least(before - 1000); // The real clock.
  });

  it('lets the page handle a choice in the overview by cancelling plc-select', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle view="overview" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    el.addEventListener('plc-select', (e) => e.preventDefault());
    await press(el, 'tr[data-plc="reading"] button.open');
    expect($(el, 'table.overview')).to.exist;
    expect($(el, '#plc-title')).to.not.exist;
  });
  it('updates a measure from the keyboard, refusing what is not a number and keeping it in the field', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    await goToTab(el, 'impact');
    expect(text($(el, '.muted'))).to.contain('No measures yet');
    await typeInto(el, '#impact-name', 'Reading age gap');
    await typeInto(el, '#impact-baseline', '14');
    await typeInto(el, '#impact-target', '6');
    await press(el, '#impact-name', 'Enter');
    const id = el.record!.cycle!.impact[0]!.id;
    await typeInto(el, `#m-${id}-latest`, 'nine');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const latest = $<HTMLInputElement>(el, `#m-${id}-latest`)!;
    expect(latest.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#m-${id}-latest-error`))).to.equal('Enter a number, for example 42 or 3.5.');
    expect(latest.value).to.equal('nine');
    latest.select();
    await sendKeys({ type: '9,5' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.record!.cycle!.impact[0]).to.include({ baseline: 14, target: 6, latest: 9.5 });
    // The target is below the baseline, so reaching it means going down: 9.5 has not reached 6 yet.
    expect(text($(el, '[part="impact-table"] tbody'))).to.contain('-4.5').and.contain('target not yet reached');
    expect($$(el, 'svg[part="chart"] rect.bar')).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});

// WCAG 2.4.3: when the control used goes away, focus lands somewhere predictable nearby instead of on
// the page, which would send a keyboard or screen-reader user back to the top.
describe('<plc-enquiry-cycle> keeps focus when the control used goes away', () => {
  beforeEach(() => localStorage.clear());

  it('moves focus to the next item’s Remove button, else the previous one’s, else the add field', async () => {
    const key = uniqueKey();
    const t0 = new Date(2026, 0, 20, 9);
    let ws = midCycleWorkspace();
    const change = (f: (plc: Workspace['plcs'][number]) => PlcResult) => (ws = ok(applyToPlc(ws, 'reading', f)));
    const stage = 'innovation-and-change';
    change((p) => addEvidence(p, wales, { stage, title: 'Pupil survey', kind: 'data' }, t0));
    change((p) => addEvidence(p, wales, { stage, title: 'Book scrutiny', kind: 'learner-work' }, t0));
    change((p) => addDecision(p, wales, { stage, text: 'Keep groups of four' }, t0));
    change((p) => addImpact(p, wales, { name: 'Inference score', baseline: '42' }, t0));
    change((p) => addImpact(p, wales, { name: 'Reading age gap', baseline: '14' }, t0));
    store(key, ws);
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    const remove = (label: string) => press(el, `button[aria-label="${label}"]`);

    // Actions: from the middle to the next, from the end to the previous, from the last one to the add field.
    await remove('Remove action “Book cover”');
    expect(focused(el)).to.equal('Remove action “Print texts”');
    await remove('Remove action “Print texts”');
    expect(focused(el)).to.equal('Remove action “Plan six sessions”');
    await remove('Remove action “Plan six sessions”');
    expect(focused(el)).to.equal('action-what');
    // Evidence and decisions the same way.
    await remove('Remove evidence “Pupil survey”');
    expect(focused(el)).to.equal('Remove evidence “Book scrutiny”');
    await remove('Remove evidence “Book scrutiny”');
    expect(focused(el)).to.equal('evidence-title');
    await remove('Remove decision “Keep groups of four”');
    expect(focused(el)).to.equal('decision-text');
    const record = el.record!.cycle!.stages.find((r) => r.stage === stage)!;
    expect([record.actions, record.evidence, record.decisions].map((l) => l.length)).to.deep.equal([0, 0, 0]);
    await expect(el).to.be.accessible();

    // Impact measures, on their own tab.
    await goToTab(el, 'impact');
    await remove('Remove measure “Reading age gap”');
    expect(focused(el)).to.equal('Remove measure “Inference score”');
    await remove('Remove measure “Inference score”');
    expect(focused(el)).to.equal('impact-name');
    expect(el.record!.cycle!.impact).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the move buttons when moving back to the first stage, or moving from a stage viewed', async () => {
    const key = uniqueKey();
    store(key, ok(applyToPlc(midCycleWorkspace(), 'reading', (p) => moveToStage(p, wales, { to: 'identify-focus' }, new Date(2026, 1, 2)))));
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    // Moving back to stage 1 takes "Move back" away: focus goes to "Move on", as after moving on.
    await press(el, '#move-back');
    expect(currentStage(el)).to.equal('establish');
    expect($(el, '#move-back')).to.equal(null);
    expect(focused(el)).to.equal('move-next');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('identify-focus');
    expect(focused(el)).to.equal('move-next');
    // "Move the cycle to this stage" on a stage viewed from the stepper goes once it is the current one.
    await press(el, 'button[data-stage="establish"]');
    await press(el, '#move-here');
    expect(currentStage(el)).to.equal('establish');
    expect(focused(el)).to.equal('move-next');
    await expect(el).to.be.accessible();
  });

  it('focuses “Complete the cycle” when moving on into the last stage replaces “Move on”', async () => {
    const key = uniqueKey();
    store(key, lateCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle plc="reading" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    expect(currentStage(el)).to.equal('evaluate-impact');
    await press(el, '#move-next');
    expect(currentStage(el)).to.equal('share-learning');
    expect($(el, '#move-next')).to.equal(null);
    expect(focused(el)).to.equal('complete');
    // And moving back from there keeps focus on "Move back", which is still there.
    await press(el, '#move-back');
    expect(currentStage(el)).to.equal('evaluate-impact');
    expect(focused(el)).to.equal('move-back');
    await expect(el).to.be.accessible();
  });

  it('focuses the overview heading on going back to all PLCs', async () => {
    const key = uniqueKey();
    store(key, midCycleWorkspace());
    const el = await fixture<PlcEnquiryCycle>(html`<plc-enquiry-cycle view="overview" storage-key=${key} .now=${FIXED}></plc-enquiry-cycle>`);
    await settle(el);
    await press(el, 'tr[data-plc="reading"] button.open');
    expect(focused(el)).to.equal('plc-title');
    await press(el, '.back button');
    expect($(el, 'table.overview')).to.exist;
    expect(focused(el)).to.equal('overview-title');
    await expect(el).to.be.accessible();
  });
});
