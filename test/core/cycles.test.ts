import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addAction,
  addDecision,
  addEvidence,
  addImpact,
  addMember,
  applyToPlc,
  canMoveTo,
  carriedLearning,
  checkMet,
  completeCycle,
  createPlc,
  cycleSummary,
  describeHistory,
  emptyWorkspace,
  facilitationRota,
  formatDay,
  insertPlc,
  isOverdue,
  membershipAdvice,
  moveToStage,
  overdueActions,
  overviewRows,
  reformPlc,
  removeMember,
  reopenCycle,
  setFacilitator,
  setNotes,
  sortOverview,
  stageText,
  summaryMarkdown,
  updateAction,
  updateDetails,
  updateImpact,
  walesPlc,
  Plc as PlcSchema,
  Workspace as WorkspaceSchema,
  type CycleFramework,
  type Plc,
  type PlcResult,
  type Workspace,
  type WorkspaceResult,
} from '@plc-kit/core';
import { cycleFrameworks } from '@plc-kit/core/frameworks';

const wales = walesPlc as CycleFramework;
const at = (iso: string) => new Date(iso);
const T0 = at('2026-01-05T09:00:00Z');

function ok(result: WorkspaceResult): Workspace;
function ok(result: PlcResult): Plc;
function ok(result: PlcResult | WorkspaceResult): Plc | Workspace {
  if (!result.ok) throw new Error(`refused: ${result.reason.en}`);
  return 'workspace' in result ? result.workspace : result.plc;
}

function refused(result: PlcResult | WorkspaceResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

/** A workspace with one new PLC, as the element sets one up. */
function workspaceWithPlc(name = 'Reading for meaning'): Workspace {
  return ok(insertPlc(emptyWorkspace(), ok(createPlc(wales, { id: 'reading', name }, T0, 'Siân'))));
}

const plcOf = (ws: Workspace, id = 'reading') => ws.plcs.find((p) => p.id === id)!;
const change = (ws: Workspace, f: (plc: Plc) => PlcResult, id = 'reading') => ok(applyToPlc(ws, id, f));

/** Takes a PLC with three members through the whole Wales cycle to its last stage. */
function walkToLastStage(): Workspace {
  let ws = workspaceWithPlc();
  for (const [name, school] of [
    ['Siân Jones', 'Ysgol y Môr'],
    ['Tom Evans', 'Ysgol y Bryn'],
    ['Priya Shah', 'Ysgol y Môr'],
  ] as const) {
    ws = ok(addMember(ws, 'reading', { name, role: 'Class teacher', school }, T0, 'Siân'));
  }
  const [siân, tom] = plcOf(ws).members;
  ws = change(ws, (p) => setFacilitator(p, wales, { member: siân }, T0));
  ws = change(ws, (p) => updateDetails(p, wales, { start: '2026-01-05', review: '2026-04-01' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'identify-focus' }, T0));
  ws = change(ws, (p) => updateDetails(p, wales, { learnerNeed: 'Year 5 inference', question: 'Does reciprocal reading help?' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'action-enquiry' }, T0));
  ws = change(ws, (p) => addEvidence(p, wales, { stage: 'action-enquiry', title: 'EEF guidance', kind: 'research', url: 'https://example.org/eef' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'innovation-and-change' }, T0));
  ws = change(ws, (p) => addAction(p, wales, { stage: 'innovation-and-change', what: 'Plan six sessions', owner: tom, due: '2026-02-01' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'trialling-and-feedback' }, T0));
  ws = change(ws, (p) => addEvidence(p, wales, { stage: 'trialling-and-feedback', title: 'Lesson observations', kind: 'observation' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'refining' }, T0));
  ws = change(ws, (p) => addDecision(p, wales, { stage: 'refining', text: 'Shorter texts' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'sharing-outcomes' }, T0));
  ws = change(ws, (p) => setNotes(p, wales, { stage: 'sharing-outcomes', notes: 'Shared at the cluster meeting' }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'evaluate-impact' }, T0));
  ws = change(ws, (p) => addImpact(p, wales, { name: 'Inference score', unit: '%', baseline: 42, target: 60, latest: 63 }, T0));
  ws = change(ws, (p) => moveToStage(p, wales, { to: 'share-learning' }, T0));
  return ws;
}

describe('cycle state machine', () => {
  it('sets up a new PLC forming at the first stage, with the setting-up in its history', () => {
    const plc = ok(createPlc(wales, { id: 'reading', name: '  Reading for meaning ' }, T0, 'Siân'));
    expect(plc.name).to.equal('Reading for meaning');
    expect(plc.status).to.equal('forming');
    expect(plc.cycle?.currentStage).to.equal('establish');
    expect(plc.cycle?.model).to.equal('wales-plc');
    expect(plc.history).to.deep.equal([{ at: T0.toISOString(), kind: 'created', what: 'Reading for meaning', by: 'Siân' }]);
    expect(PlcSchema.safeParse(plc).success).to.be.true;
    expect(refused(createPlc(wales, { id: 'x', name: '   ' }, T0)).field).to.equal('name');
    expect(refused(createPlc(wales, { id: 'no spaces', name: 'A' }, T0)).field).to.equal('id');
  });

  it('walks the whole Wales cycle, completes it, and keeps a valid workspace all the way', () => {
    let ws = walkToLastStage();
    expect(plcOf(ws).status).to.equal('active');
    ws = change(ws, (p) => updateDetails(p, wales, { learning: 'Short daily practice beats long weekly sessions.' }, T0));
    ws = change(ws, (p) => completeCycle(p, wales, {}, at('2026-04-01T15:00:00Z'), 'Siân'));
    const plc = plcOf(ws);
    expect(plc.status).to.equal('completed');
    expect(plc.cycle?.status).to.equal('completed');
    expect(plc.cycle?.completedAt).to.equal('2026-04-01T15:00:00.000Z');
    const moves = plc.history.filter((h) => h.kind === 'stage').map((h) => `${h.from}>${h.to}`);
    expect(moves).to.have.length(wales.stages.length - 1);
    expect(moves[0]).to.equal('establish>identify-focus');
    expect(plc.history[plc.history.length - 1]).to.include({ kind: 'completed', by: 'Siân' });
    expect(WorkspaceSchema.safeParse(ws).success).to.be.true;
    // A completed cycle is closed to changes until reopened.
    expect(refused(setNotes(plc, wales, { stage: 'share-learning', notes: 'x' }, T0)).reason.en).to.contain('finished');
    const reopened = ok(reopenCycle(plc, wales, { reason: 'Fix a figure' }, T0));
    expect(reopened.cycle?.status).to.equal('active');
    expect(reopened.cycle?.completedAt).to.equal(undefined);
    expect(reopened.history.at(-1)).to.include({ kind: 'reopened', reason: 'Fix a figure' });
  });

  it('refuses to move on while a stage’s criteria are unmet, naming them in English and Welsh', () => {
    const plc = plcOf(workspaceWithPlc());
    const result = refused(moveToStage(plc, wales, { to: 'identify-focus' }, T0));
    expect(result.reason.en).to.equal(
      'Not yet. Still to do before leaving “Establish the group”: The group has members; The group has chosen a facilitator.',
    );
    expect(result.reason.cy).to.equal(
      'Ddim eto. I’w wneud cyn gadael “Sefydlu’r grŵp”: Mae gan y grŵp aelodau; Mae’r grŵp wedi dewis hwylusydd.',
    );
    expect(canMoveTo(plc, wales, 'identify-focus').ok).to.be.false;
    // Nothing was written: a refused move leaves no history.
    expect(plc.history).to.have.length(1);
  });

  it('checks every stage passed over when jumping ahead, and always allows moving back with a reason', () => {
    let ws = walkToLastStage();
    ws = change(ws, (p) => moveToStage(p, wales, { to: 'action-enquiry', reason: 'Need more research' }, T0, 'Tom'));
    let plc = plcOf(ws);
    expect(plc.cycle?.currentStage).to.equal('action-enquiry');
    expect(plc.history.at(-1)).to.deep.include({ kind: 'stage', from: 'share-learning', to: 'action-enquiry', reason: 'Need more research', by: 'Tom' });
    // Jumping forward again is fine while every passed stage still meets its criteria…
    expect(canMoveTo(plc, wales, 'share-learning').ok).to.be.true;
    // …but not once one of them (refining needs a decision) no longer does.
    const refiningDecision = plc.cycle!.stages.find((r) => r.stage === 'refining')!.decisions[0]!;
    plc = { ...plc, cycle: { ...plc.cycle!, stages: plc.cycle!.stages.map((r) => (r.stage === 'refining' ? { ...r, decisions: [] } : r)) } };
    expect(refiningDecision.text).to.equal('Shorter texts');
    const jump = refused(moveToStage(plc, wales, { to: 'share-learning' }, T0));
    expect(jump.reason.en).to.contain('“Refining”').and.contain('A decision on what to change is recorded');
    expect(refused(moveToStage(plc, wales, { to: 'action-enquiry' }, T0)).reason.en).to.contain('already at this stage');
  });

  it('refuses to complete the Wales cycle before impact on learners is recorded', () => {
    let ws = walkToLastStage();
    const measure = plcOf(ws).cycle!.impact[0]!;
    ws = change(ws, (p) => updateImpact(p, wales, { id: measure.id, latest: '' }, T0));
    ws = change(ws, (p) => updateDetails(p, wales, { learning: 'Something' }, T0));
    const result = refused(completeCycle(plcOf(ws), wales, {}, T0));
    expect(result.reason.en).to.equal('The cycle cannot be completed yet. Still to do: Impact on learners is recorded before the cycle is completed.');
    expect(result.reason.cy).to.contain('Mae’r effaith ar ddysgwyr wedi’i chofnodi');
    ws = change(ws, (p) => updateImpact(p, wales, { id: measure.id, latest: 58 }, T0));
    expect(ok(completeCycle(plcOf(ws), wales, {}, T0)).status).to.equal('completed');
    // And only from the last stage.
    const early = plcOf(workspaceWithPlc());
    expect(refused(completeCycle(early, wales, {}, T0)).reason.en).to.contain('last stage, “Share impact and learning”');
  });

  it('gives each completion check its meaning', () => {
    const ws = walkToLastStage();
    const plc = plcOf(ws);
    const cycle = plc.cycle!;
    expect(checkMet('members', plc, cycle)).to.be.true;
    expect(checkMet('facilitator', plc, cycle)).to.be.true;
    expect(checkMet('facilitator', { ...plc, members: [] }, cycle)).to.be.false;
    expect(checkMet('evidence', plc, cycle, 'action-enquiry')).to.be.true;
    expect(checkMet('evidence', plc, cycle, 'refining')).to.be.false;
    expect(checkMet('evidence', plc, cycle)).to.be.true;
    expect(checkMet('actions', plc, cycle, 'innovation-and-change')).to.be.true;
    expect(checkMet('actions-done', plc, cycle, 'innovation-and-change')).to.be.false;
    expect(checkMet('actions-done', plc, cycle, 'refining')).to.be.true;
    expect(checkMet('decision', plc, cycle, 'refining')).to.be.true;
    expect(checkMet('notes', plc, cycle, 'sharing-outcomes')).to.be.true;
    expect(checkMet('notes', plc, cycle, 'refining')).to.be.false;
    expect(checkMet('learning', plc, cycle)).to.be.false;
    expect(checkMet('impact-recorded', plc, { ...cycle, impact: [{ id: 'm1', name: 'x', baseline: 1 }] })).to.be.false;
    expect(checkMet('impact-recorded', plc, cycle)).to.be.true;
  });

  it('advises on group size: PLCs are three to eight', () => {
    const ws = walkToLastStage();
    const plc = plcOf(ws);
    expect(membershipAdvice(plc)).to.equal(undefined);
    expect(membershipAdvice({ ...plc, members: plc.members.slice(0, 2) })?.en).to.contain('3 to 8 members; this one has 2');
    expect(membershipAdvice({ ...plc, members: Array.from({ length: 9 }, (_, i) => `m${i}`) })?.cy).to.contain('mae gan hwn 9');
    expect(membershipAdvice({ ...plc, members: [] })).to.equal(undefined);
  });
});

describe('input checks', () => {
  it('refuses a due date before the start, a bad date, and an owner who is not a member', () => {
    let ws = walkToLastStage();
    ws = change(ws, (p) => moveToStage(p, wales, { to: 'innovation-and-change' }, T0));
    const plc = plcOf(ws);
    const early = refused(addAction(plc, wales, { stage: 'innovation-and-change', what: 'Too early', due: '2026-01-04' }, T0));
    expect(early.field).to.equal('due');
    expect(early.reason.en).to.equal(`The due date cannot be before the cycle starts (${formatDay('en', '2026-01-05')}).`);
    // Dates are formatted by Intl for each language (this Chromium may lack Welsh locale data).
    expect(early.reason.cy).to.contain(`(${formatDay('cy', '2026-01-05')})`);
    expect(refused(addAction(plc, wales, { stage: 'innovation-and-change', what: 'x', due: '2026-02-30' }, T0)).field).to.equal('due');
    expect(refused(addAction(plc, wales, { stage: 'innovation-and-change', what: 'x', owner: 'stranger' }, T0)).field).to.equal('owner');
    expect(refused(addAction(plc, wales, { stage: 'innovation-and-change', what: '  ' }, T0)).field).to.equal('what');
    expect(ok(addAction(plc, wales, { stage: 'innovation-and-change', what: 'On the day', due: '2026-01-05' }, T0)).cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.actions).to.have.length(2);
  });

  it('refuses a review date before the start, and a start after open actions are due', () => {
    const plc = plcOf(walkToLastStage());
    const review = refused(updateDetails(plc, wales, { review: '2025-12-01' }, T0));
    expect(review.field).to.equal('review');
    expect(review.reason.en).to.contain(`before the start (${formatDay('en', '2026-01-05')})`);
    const start = refused(updateDetails(plc, wales, { start: '2026-03-01' }, T0));
    expect(start.field).to.equal('start');
    expect(refused(updateDetails(plc, wales, { name: ' ' }, T0)).field).to.equal('name');
    const cleared = ok(updateDetails(plc, wales, { review: '' }, T0));
    expect(cleared.cycle?.review).to.equal(undefined);
    expect('review' in cleared.cycle!).to.be.false;
  });

  it('keeps only http(s) and mailto links on evidence', () => {
    const plc = plcOf(walkToLastStage());
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', ' vbscript:x']) {
      const result = refused(addEvidence(plc, wales, { stage: 'share-learning', title: 'Bad', url, kind: 'data' }, T0));
      expect(result.field, url).to.equal('url');
    }
    for (const url of ['https://example.org/a', 'http://example.org', 'mailto:head@example.org']) {
      expect(ok(addEvidence(plc, wales, { stage: 'share-learning', title: 'Good', url, kind: 'data' }, T0)).cycle!.stages.at(-1)!.evidence[0]!.url).to.equal(url);
    }
    expect(refused(addEvidence(plc, wales, { stage: 'share-learning', title: '', kind: 'data' }, T0)).field).to.equal('title');
    expect(refused(addEvidence(plc, wales, { stage: 'share-learning', title: 'x', kind: 'gossip' }, T0)).field).to.equal('kind');
  });

  it('refuses to remove a member who still owns open actions or facilitates, and lets them go once handed on', () => {
    let ws = walkToLastStage();
    const [siân, tom, priya] = plcOf(ws).members as [string, string, string];
    const owns = refused(removeMember(ws, 'reading', tom, T0));
    expect(owns.field).to.equal('members');
    expect(owns.reason.en).to.equal('Tom Evans still owns open actions (number: 1). Give them to someone else or mark them done first.');
    expect(refused(removeMember(ws, 'reading', siân, T0)).reason.en).to.contain('facilitates this cycle');
    const action = plcOf(ws).cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.actions[0]!;
    ws = change(ws, (p) => updateAction(p, wales, { stage: 'innovation-and-change', id: action.id, owner: priya }, T0));
    ws = ok(removeMember(ws, 'reading', tom, T0, 'Siân'));
    const plc = plcOf(ws);
    expect(plc.members).to.deep.equal([siân, priya]);
    // Tom was the only member from Ysgol y Bryn, so the PLC no longer spans it; he stays in the workspace.
    expect(plc.schools).to.deep.equal(['ysgol-y-mor']);
    expect(ws.members.map((m) => m.name)).to.include('Tom Evans');
    expect(describeHistory(plc.history.at(-1)!, { framework: wales, members: ws.members }, 'cy')).to.equal('Gadawodd Tom Evans');
  });

  it('adds members by name with new or existing schools, or by choosing someone already in the workspace', () => {
    let ws = workspaceWithPlc();
    ws = ok(addMember(ws, 'reading', { name: 'Siân Jones', school: 'Ysgol y Môr' }, T0));
    ws = ok(addMember(ws, 'reading', { name: 'Siân Jones', school: 'ysgol y môr' }, T0));
    expect(ws.schools).to.have.length(1);
    expect(ws.members.map((m) => m.id)).to.deep.equal(['sian-jones', 'sian-jones-2']);
    expect(refused(addMember(ws, 'reading', { name: '  ' }, T0)).field).to.equal('memberName');
    expect(refused(addMember(ws, 'reading', { existing: 'sian-jones' }, T0)).reason.en).to.contain('already a member');
    ws = ok(insertPlc(ws, ok(createPlc(wales, { id: 'maths', name: 'Maths' }, T0))));
    ws = ok(addMember(ws, 'maths', { existing: 'sian-jones' }, T0));
    expect(plcOf(ws, 'maths').members).to.deep.equal(['sian-jones']);
    expect(plcOf(ws, 'maths').schools).to.deep.equal(['ysgol-y-mor']);
    expect(refused(insertPlc(ws, ok(createPlc(wales, { id: 'maths', name: 'Maths again' }, T0)))).reason.en).to.contain('already a PLC');
  });
});

describe('overdue actions', () => {
  const plcWithActions = () => {
    let ws = walkToLastStage();
    ws = change(ws, (p) => moveToStage(p, wales, { to: 'innovation-and-change' }, T0));
    for (const [what, due] of [
      ['Yesterday', '2026-03-09'],
      ['Today', '2026-03-10'],
      ['Tomorrow', '2026-03-11'],
      ['No date', ''],
    ] as const) {
      ws = change(ws, (p) => addAction(p, wales, { stage: 'innovation-and-change', what, due }, T0));
    }
    return plcOf(ws);
  };

  it('flags actions not done whose due day is before today, against a fixed clock', () => {
    const plc = plcWithActions();
    const now = new Date(2026, 2, 10, 9, 30); // 10 March 2026, local time
    const overdue = overdueActions(plc, now).map((o) => o.action.what);
    // "Plan six sessions" was due 1 February.
    expect(overdue).to.deep.equal(['Plan six sessions', 'Yesterday']);
    expect(overdueActions(plc, new Date(2026, 2, 10, 23, 59)).map((o) => o.action.what)).to.deep.equal(['Plan six sessions', 'Yesterday']);
    expect(overdueActions(plc, new Date(2026, 2, 11, 0, 1)).map((o) => o.action.what)).to.deep.equal(['Plan six sessions', 'Yesterday', 'Today']);
    expect(overdueActions(plc, new Date(2026, 0, 31)).map((o) => o.action.what)).to.deep.equal([]);
  });

  it('does not flag done actions, nor actions of a completed cycle', () => {
    const plc = plcWithActions();
    const action = plc.cycle!.stages.find((r) => r.stage === 'innovation-and-change')!.actions.find((a) => a.what === 'Yesterday')!;
    expect(isOverdue(action, new Date(2026, 2, 10))).to.be.true;
    expect(isOverdue({ ...action, done: true }, new Date(2026, 2, 10))).to.be.false;
    const done = ok(updateAction(plc, wales, { stage: 'innovation-and-change', id: action.id, done: true }, T0, 'Tom'));
    expect(overdueActions(done, new Date(2026, 2, 10)).map((o) => o.action.what)).to.deep.equal(['Plan six sessions']);
    expect(done.history.at(-1)).to.include({ kind: 'action-done', what: 'Yesterday', by: 'Tom' });
    expect(overdueActions({ ...plc, cycle: { ...plc.cycle!, status: 'completed' } }, new Date(2026, 2, 10))).to.deep.equal([]);
  });
});

describe('dates', () => {
  it('formats a calendar day as that day in English and Welsh, even where the browser lacks Welsh locale data', () => {
    expect(formatDay('en', '2026-03-14')).to.equal('14 Mar 2026');
    expect(formatDay('cy', '2026-03-14')).to.equal('14 Maw 2026');
    expect(formatDay('cy', '2026-12-01')).to.equal('1 Rhag 2026');
    // A date-time is shown in the reader's time zone, with the time when asked.
    const local = new Date(2026, 6, 4, 9, 5).toISOString();
    expect(formatDay('cy', local, { dateStyle: 'medium', timeStyle: 'short' })).to.equal('4 Gorff 2026, 09:05');
    expect(formatDay('en', 'not a date')).to.equal('not a date');
  });
});

describe('history', () => {
  it('writes one line per change, folding continuing edits of the same notes into one', () => {
    let plc = plcOf(walkToLastStage());
    const before = plc.history.length;
    plc = ok(setNotes(plc, wales, { stage: 'share-learning', notes: 'Fir' }, at('2026-03-01T10:00:00Z'), 'Siân'));
    plc = ok(setNotes(plc, wales, { stage: 'share-learning', notes: 'First draft' }, at('2026-03-01T10:05:00Z'), 'Siân'));
    expect(plc.history.length).to.equal(before + 1);
    expect(plc.history.at(-1)!.at).to.equal('2026-03-01T10:05:00.000Z');
    plc = ok(setNotes(plc, wales, { stage: 'share-learning', notes: 'Tom’s edit' }, at('2026-03-01T10:06:00Z'), 'Tom'));
    plc = ok(setNotes(plc, wales, { stage: 'share-learning', notes: 'Much later' }, at('2026-03-01T11:00:00Z'), 'Tom'));
    expect(plc.history.length).to.equal(before + 3);
    // Saving the same text again changes nothing and writes nothing.
    expect(ok(setNotes(plc, wales, { stage: 'share-learning', notes: 'Much later' }, T0))).to.equal(plc);
  });

  it('describes each kind of line in both languages, resolving stages and people', () => {
    const ws = walkToLastStage();
    const plc = plcOf(ws);
    const context = { framework: wales, members: ws.members };
    const lines = plc.history.map((h) => describeHistory(h, context, 'en'));
    expect(lines).to.include('Facilitator for this cycle: Siân Jones');
    expect(lines).to.include('Moved from “Establish the group” to “Identify a focus”');
    expect(lines).to.include('Evidence added: EEF guidance');
    const welsh = plc.history.map((h) => describeHistory(h, context, 'cy'));
    expect(welsh).to.include('Symudwyd o “Sefydlu’r grŵp” i “Adnabod ffocws”');
    expect(welsh).to.include('Ymunodd Priya Shah');
  });
});

describe('disband and re-form', () => {
  it('archives the completed cycle, starts a new one around a new focus with changed membership, and carries the learning', () => {
    let ws = walkToLastStage();
    ws = change(ws, (p) => updateDetails(p, wales, { focus: 'Inference in Year 5', learning: 'Daily practice matters.' }, T0));
    expect(refused(reformPlc(ws, 'reading', wales, { focus: 'Next', keep: [] }, T0)).reason.en).to.contain('Complete this cycle');
    ws = change(ws, (p) => completeCycle(p, wales, {}, T0));
    const [siân, tom, priya] = plcOf(ws).members as [string, string, string];
    expect(refused(reformPlc(ws, 'reading', wales, { focus: '  ', keep: [siân] }, T0)).field).to.equal('focus');
    ws = ok(reformPlc(ws, 'reading', wales, { focus: 'Oracy in Year 6', question: 'Does talk partners help?', keep: [tom, priya] }, at('2026-04-20T09:00:00Z'), 'Tom'));
    const plc = plcOf(ws);
    expect(plc.status).to.equal('forming');
    expect(plc.pastCycles).to.have.length(1);
    expect(plc.pastCycles[0]).to.include({ id: 'c1', status: 'archived', learning: 'Daily practice matters.', facilitator: siân });
    expect(plc.cycle).to.include({ id: 'c2', focus: 'Oracy in Year 6', question: 'Does talk partners help?', currentStage: 'establish', status: 'active', learning: '' });
    expect(plc.cycle?.facilitator).to.equal(undefined);
    expect(plc.members).to.deep.equal([tom, priya]);
    expect(carriedLearning(plc)).to.deep.equal([{ cycle: 'c1', focus: 'Inference in Year 5', learning: 'Daily practice matters.', completedAt: T0.toISOString() }]);
    const kinds = plc.history.slice(-3).map((h) => h.kind);
    expect(kinds).to.deep.equal(['disbanded', 'member-left', 'reformed']);
    // Facilitation rotates: the new cycle needs its own facilitator, and the rota shows who did what.
    const rotated = ok(setFacilitator(plc, wales, { member: priya }, T0));
    expect(facilitationRota(rotated)).to.deep.equal([
      { cycle: 'c1', facilitator: siân },
      { cycle: 'c2', facilitator: priya },
    ]);
    expect(refused(setFacilitator(plc, wales, { member: siân }, T0)).field).to.equal('facilitator');
    expect(WorkspaceSchema.safeParse(ws).success).to.be.true;
    // The new cycle's summary carries the earlier learning.
    expect(cycleSummary(ws, rotated, wales)!.earlierLearning).to.deep.equal([{ focus: 'Inference in Year 5', learning: 'Daily practice matters.' }]);
  });
});

describe('overview', () => {
  function manyPlcs(): Workspace {
    let ws = walkToLastStage();
    ws = ok(insertPlc(ws, ok(createPlc(wales, { id: 'maths', name: 'Maths mastery' }, at('2026-02-01T09:00:00Z')))));
    ws = ok(insertPlc(ws, ok(createPlc(cycleFrameworks['lesson-study']!, { id: 'science', name: 'Science enquiry' }, at('2026-03-01T09:00:00Z')))));
    return ws;
  }
  const frameworkFor = (id: string) => cycleFrameworks[id];

  it('lists every PLC with its stage, facilitator, last activity and overdue actions', () => {
    const rows = overviewRows(manyPlcs(), frameworkFor, new Date(2026, 2, 10));
    expect(rows.map((r) => r.id)).to.deep.equal(['reading', 'maths', 'science']);
    const reading = rows[0]!;
    expect(reading.stage).to.deep.include({ id: 'share-learning', index: 8, count: 9 });
    expect(reading.facilitator).to.equal('Siân Jones');
    expect(reading.overdue).to.equal(1);
    expect(reading.lastActivity).to.equal(T0.toISOString());
    expect(stageText(reading, 'en')).to.equal('Stage 9 of 9: Share impact and learning');
    expect(stageText(reading, 'cy')).to.equal('Cam 9 o 9: Rhannu’r effaith a’r dysgu');
    expect(rows[2]!.stage).to.deep.include({ id: 'prepare', index: 0, count: 5 });
    expect(rows[1]!.facilitator).to.equal(undefined);
  });

  it('sorts by each column both ways, putting missing values last', () => {
    const rows = overviewRows(manyPlcs(), frameworkFor, new Date(2026, 2, 10));
    const ids = (key: Parameters<typeof sortOverview>[1], dir: 'ascending' | 'descending') => sortOverview(rows, key, dir, 'en').map((r) => r.id);
    expect(ids('name', 'ascending')).to.deep.equal(['maths', 'reading', 'science']);
    expect(ids('name', 'descending')).to.deep.equal(['science', 'reading', 'maths']);
    expect(ids('stage', 'descending')).to.deep.equal(['reading', 'maths', 'science']);
    expect(ids('stage', 'ascending')[2]).to.equal('reading');
    expect(ids('overdue', 'descending')[0]).to.equal('reading');
    expect(ids('lastActivity', 'descending')).to.deep.equal(['science', 'maths', 'reading']);
    expect(ids('facilitator', 'ascending')[0]).to.equal('reading');
    expect(ids('facilitator', 'descending')[0]).to.equal('reading');
  });
});

describe('summary', () => {
  it('tells the cycle’s story in Markdown, with user text made inert', () => {
    let ws = walkToLastStage();
    ws = change(ws, (p) => updateDetails(p, wales, { focus: 'Inference <script>alert(1)</script>', learning: 'Little and often.' }, T0));
    ws = change(ws, (p) => completeCycle(p, wales, {}, at('2026-04-01T12:00:00Z')));
    const summary = cycleSummary(ws, plcOf(ws), wales)!;
    expect(summary.impact).to.deep.equal([{ name: 'Inference score', unit: '%', baseline: 42, target: 60, latest: 63, change: 21, targetMet: true }]);
    expect(summary.members[1]).to.deep.equal({ name: 'Tom Evans', role: 'Class teacher', school: 'Ysgol y Bryn' });
    const md = summaryMarkdown(summary, 'en');
    expect(md).to.contain('# Reading for meaning');
    expect(md).to.contain('Inference &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.to.contain('<script>');
    expect(md).to.contain('- [ ] Plan six sessions (Tom Evans) · Innovation and change');
    expect(md).to.contain('[EEF guidance](https://example.org/eef) · Research');
    expect(md).to.contain('| Inference score | 42 % | 63 % | +21 % | 60 % (target reached) |');
    expect(md).to.contain('## What we learned\n\nLittle and often.');
    const cy = summaryMarkdown(summary, 'cy');
    expect(cy).to.contain('## Beth wnaethon ni ei ddysgu');
    expect(cy).to.contain(`Cwblhawyd ar ${formatDay('cy', '2026-04-01T12:00:00Z')}`);
  });
});

describe('state machine properties', () => {
  it('never lets the cycle pass a stage whose criteria are unmet, and writes one history line per accepted move', () => {
    const stageIds = wales.stages.map((s) => s.id);
    const base = plcOf(workspaceWithPlc());
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('move' as const), to: fc.constantFrom(...stageIds) }),
            fc.record({ op: fc.constant('member' as const) }),
            fc.record({ op: fc.constant('evidence' as const) }),
            fc.record({ op: fc.constant('facilitator' as const) }),
          ),
          { maxLength: 40 },
        ),
        (ops) => {
          let plc = base;
          for (const step of ops) {
            if (step.op === 'move') {
              const before = plc;
              const result = moveToStage(plc, wales, { to: step.to }, T0);
              if (result.ok) {
                const from = stageIds.indexOf(before.cycle!.currentStage);
                const to = stageIds.indexOf(step.to);
                for (let i = from; i < to; i++) {
                  for (const c of wales.stages[i]!.criteria) expect(checkMet(c.check, before, before.cycle!, stageIds[i])).to.be.true;
                }
                expect(result.plc.history.length).to.equal(before.history.length + 1);
                plc = result.plc;
              } else {
                expect(result.reason.en.length).to.be.greaterThan(0);
                expect(result.reason.cy!.length).to.be.greaterThan(0);
              }
            } else if (step.op === 'member') {
              plc = { ...plc, members: [...plc.members, `m${plc.members.length + 1}`] };
            } else if (step.op === 'facilitator' && plc.members[0]) {
              plc = ok(setFacilitator(plc, wales, { member: plc.members[0] }, T0));
            } else if (step.op === 'evidence') {
              plc = ok(addEvidence(plc, wales, { stage: plc.cycle!.currentStage, title: 'Item', kind: 'data' }, T0));
            }
            expect(stageIds).to.include(plc.cycle!.currentStage);
            expect(PlcSchema.safeParse(plc).success).to.be.true;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
