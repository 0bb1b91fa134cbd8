import type { LocalText } from '../schema/common.js';
import { Id, SafeUrl } from '../schema/common.js';
import { EvidenceKind, type Action, type Cycle, type Decision, type Evidence, type ImpactMeasure, type StageRecord } from '../schema/cycle.js';
import type { CycleFramework } from '../schema/framework.js';
import type { Plc } from '../schema/plc.js';
import { completionCriteria, emptyStageRecord, stageCriteria } from './checks.js';
import { dayPart, formatDay } from './dates.js';
import { withHistory } from './history.js';
import { nextId } from './ids.js';
import { joinText, refuse, type PlcResult, type Refusal } from './text.js';

/*
 * The enquiry-cycle state machine. Every function is pure: it takes the PLC, the cycle model, the
 * input, the time and (when known) who is acting, and returns either a new PLC with a history line
 * written, or a refusal with its reason in English and Welsh. Nothing here reads the clock.
 */

const MAX_TEXT = 20000;
const MAX_NAME = 500;

const blank = (text: string | undefined) => (text ?? '').trim() === '';

function dateText(iso: string): LocalText {
  return { en: formatDay('en', iso), cy: formatDay('cy', iso) };
}

/** Checks a date typed into a form: empty means "none"; anything else must be a real calendar day. */
function readDate(value: string | undefined, field: string): { ok: true; value: string | undefined } | Refusal {
  if (value === undefined || value.trim() === '') return { ok: true, value: undefined };
  const day = dayPart(value);
  if (!day) return refuse('refuse.badDate', undefined, field);
  return { ok: true, value: value.trim().length === 10 ? day : value.trim() };
}

function readNumber(value: number | string | undefined | null, field: string): { ok: true; value: number | undefined } | Refusal {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: undefined };
  const n = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
  if (!Number.isFinite(n)) return refuse('refuse.badNumber', undefined, field);
  return { ok: true, value: n };
}

function readName(value: string | undefined, field: string, emptyKey: Parameters<typeof refuse>[0]): { ok: true; value: string } | Refusal {
  const text = (value ?? '').trim();
  if (!text) return refuse(emptyKey, undefined, field);
  if (text.length > MAX_NAME) return refuse('refuse.tooLong', { max: MAX_NAME }, field);
  return { ok: true, value: text };
}

/** The PLC's cycle when it can still be changed; a refusal when there is none or it is closed. */
function openCycle(plc: Plc): { ok: true; cycle: Cycle } | Refusal {
  if (!plc.cycle) return refuse('refuse.noCycle');
  if (plc.cycle.status !== 'active') return refuse('refuse.cycleClosed');
  return { ok: true, cycle: plc.cycle };
}

function knownStage(framework: CycleFramework, stage: string): Refusal | undefined {
  return framework.stages.some((s) => s.id === stage) ? undefined : refuse('refuse.unknownStage', { stage });
}

function withCycle(plc: Plc, cycle: Cycle): Plc {
  return { ...plc, cycle };
}

function updateRecord(cycle: Cycle, stage: string, recipe: (record: StageRecord) => StageRecord): Cycle {
  const index = cycle.stages.findIndex((r) => r.stage === stage);
  const current = index >= 0 ? cycle.stages[index]! : emptyStageRecord(stage);
  const next = recipe(current);
  return { ...cycle, stages: index >= 0 ? cycle.stages.map((r, i) => (i === index ? next : r)) : [...cycle.stages, next] };
}

function allIds(cycle: Cycle, pick: (r: StageRecord) => { id: string }[]): string[] {
  return cycle.stages.flatMap((r) => pick(r).map((item) => item.id));
}

function findIn<T extends { id: string }>(cycle: Cycle, stage: string, pick: (r: StageRecord) => T[], id: string): T | undefined {
  return pick(cycle.stages.find((r) => r.stage === stage) ?? emptyStageRecord(stage)).find((item) => item.id === id);
}

// ————————————————————————————————————————————— forming

export interface NewPlcInput {
  id: string;
  name: string;
  focusArea?: string;
}

/** A new PLC, forming, at the first stage of a fresh cycle of `framework`. */
export function createPlc(framework: CycleFramework, input: NewPlcInput, now: Date, by?: string): PlcResult {
  const name = readName(input.name, 'name', 'refuse.nameEmpty');
  if (!name.ok) return name;
  if (!Id.safeParse(input.id).success) return refuse('refuse.badId', undefined, 'id');
  const first = framework.stages[0];
  if (!first) return refuse('refuse.unknownStage', { stage: '' });
  const plc: Plc = {
    id: input.id,
    name: name.value,
    kind: 'plc',
    members: [],
    schools: [],
    status: 'forming',
    cycle: newCycle('c1', framework),
    pastCycles: [],
    history: [],
    notes: '',
  };
  if (input.focusArea?.trim()) plc.focusArea = input.focusArea.trim().slice(0, 200);
  return { ok: true, plc: withHistory(plc, { kind: 'created', what: name.value }, now, by) };
}

function newCycle(id: string, framework: CycleFramework): Cycle {
  return {
    id,
    model: framework.id,
    focus: '',
    learnerNeed: '',
    needEvidence: '',
    question: '',
    currentStage: framework.stages[0]!.id,
    status: 'active',
    stages: [],
    impact: [],
    learning: '',
  };
}

/** Starts a cycle for a PLC that has none (e.g. one imported without a cycle). */
export function startCycle(plc: Plc, framework: CycleFramework, _input: Record<string, never>, now: Date, by?: string): PlcResult {
  if (plc.cycle && plc.cycle.status !== 'archived') return refuse('refuse.cycleExists');
  const id = nextId('c', plc.pastCycles.map((c) => c.id));
  return { ok: true, plc: withHistory({ ...plc, cycle: newCycle(id, framework), status: 'forming' }, { kind: 'created', what: plc.name }, now, by) };
}

// ————————————————————————————————————————————— details

export interface DetailsInput {
  name?: string;
  focus?: string;
  learnerNeed?: string;
  needEvidence?: string;
  question?: string;
  /** `YYYY-MM-DD`; an empty string clears it. */
  start?: string;
  review?: string;
  learning?: string;
}

const TEXT_FIELDS = ['focus', 'learnerNeed', 'needEvidence', 'question', 'learning'] as const;

/**
 * Changes the PLC's name and its cycle's set-up: focus, learner need and its evidence, question,
 * start and review dates, and what was learned. One history line per field changed; continuing edits
 * to the same field update that line.
 */
export function updateDetails(plc: Plc, _framework: CycleFramework, input: DetailsInput, now: Date, by?: string): PlcResult {
  let next = plc;
  const changed: string[] = [];
  if (input.name !== undefined) {
    const name = readName(input.name, 'name', 'refuse.nameEmpty');
    if (!name.ok) return name;
    if (name.value !== plc.name) {
      next = { ...next, name: name.value };
      changed.push('name');
    }
  }
  const cycleFields = TEXT_FIELDS.some((f) => input[f] !== undefined) || input.start !== undefined || input.review !== undefined;
  if (cycleFields) {
    const open = openCycle(plc);
    if (!open.ok) return open;
    let cycle = open.cycle;
    for (const field of TEXT_FIELDS) {
      const value = input[field];
      if (value === undefined || value === cycle[field]) continue;
      if (value.length > MAX_TEXT) return refuse('refuse.tooLong', { max: MAX_TEXT }, field);
      cycle = { ...cycle, [field]: value };
      changed.push(field);
    }
    const start = input.start === undefined ? { ok: true as const, value: cycle.start } : readDate(input.start, 'start');
    if (!start.ok) return start;
    const review = input.review === undefined ? { ok: true as const, value: cycle.review } : readDate(input.review, 'review');
    if (!review.ok) return review;
    const startDay = dayPart(start.value);
    const reviewDay = dayPart(review.value);
    if (startDay && reviewDay && reviewDay < startDay) {
      return refuse('refuse.reviewBeforeStart', { start: dateText(startDay) }, input.review !== undefined ? 'review' : 'start');
    }
    if (input.start !== undefined && startDay) {
      const early = cycle.stages.flatMap((r) => r.actions).filter((a) => !a.done && (dayPart(a.due) ?? '9999') < startDay);
      if (early.length) return refuse('refuse.startAfterDue', { count: early.length }, 'start');
    }
    for (const [field, value] of [
      ['start', start.value],
      ['review', review.value],
    ] as const) {
      if (value === cycle[field]) continue;
      const { [field]: _drop, ...rest } = cycle;
      cycle = value === undefined ? (rest as Cycle) : { ...cycle, [field]: value };
      changed.push(field);
    }
    next = withCycle(next, cycle);
  }
  for (const field of changed) next = withHistory(next, { kind: 'edit', what: field }, now, by);
  return { ok: true, plc: next };
}

/** Chooses this cycle's facilitator from the members (or clears the choice with `member: undefined`). */
export function setFacilitator(plc: Plc, _framework: CycleFramework, input: { member?: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const member = input.member || undefined;
  if (member !== undefined && !plc.members.includes(member)) return refuse('refuse.facilitatorNotMember', undefined, 'facilitator');
  const from = open.cycle.facilitator;
  if (from === member) return { ok: true, plc };
  const { facilitator: _drop, ...rest } = open.cycle;
  const cycle: Cycle = member === undefined ? (rest as Cycle) : { ...open.cycle, facilitator: member };
  const entry: { kind: 'facilitator'; what: string; from?: string; to?: string } = { kind: 'facilitator', what: member ?? '' };
  if (from) entry.from = from;
  if (member) entry.to = member;
  return { ok: true, plc: withHistory(withCycle(plc, cycle), entry, now, by) };
}

// ————————————————————————————————————————————— stage records

/** Saves a stage's notes as typed. Continuing edits update one history line rather than adding many. */
export function setNotes(plc: Plc, framework: CycleFramework, input: { stage: string; notes: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const unknown = knownStage(framework, input.stage);
  if (unknown) return unknown;
  if (input.notes.length > MAX_TEXT) return refuse('refuse.tooLong', { max: MAX_TEXT }, 'notes');
  const current = open.cycle.stages.find((r) => r.stage === input.stage)?.notes ?? '';
  if (current === input.notes) return { ok: true, plc };
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, notes: input.notes }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'notes', what: input.stage }, now, by) };
}

export interface EvidenceInput {
  stage: string;
  title: string;
  url?: string;
  date?: string;
  kind?: string;
}

export function addEvidence(plc: Plc, framework: CycleFramework, input: EvidenceInput, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const unknown = knownStage(framework, input.stage);
  if (unknown) return unknown;
  const title = readName(input.title, 'title', 'refuse.titleEmpty');
  if (!title.ok) return title;
  const url = (input.url ?? '').trim();
  if (url && !SafeUrl.safeParse(url).success) return refuse('refuse.badUrl', undefined, 'url');
  const date = readDate(input.date, 'date');
  if (!date.ok) return date;
  const kind = EvidenceKind.safeParse(input.kind ?? 'other');
  if (!kind.success) return refuse('refuse.badKind', undefined, 'kind');
  const evidence: Evidence = { id: nextId('e', allIds(open.cycle, (r) => r.evidence)), title: title.value, kind: kind.data };
  if (url) evidence.url = url;
  if (date.value) evidence.date = date.value;
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, evidence: [...r.evidence, evidence] }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'evidence-added', what: title.value }, now, by) };
}

export function removeEvidence(plc: Plc, _framework: CycleFramework, input: { stage: string; id: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const found = findIn(open.cycle, input.stage, (r) => r.evidence, input.id);
  if (!found) return refuse('refuse.notFound');
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, evidence: r.evidence.filter((e) => e.id !== input.id) }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'evidence-removed', what: found.title }, now, by) };
}

export interface ActionInput {
  stage: string;
  what: string;
  /** A member id; empty for nobody yet. */
  owner?: string;
  due?: string;
}

function checkOwnerAndDue(plc: Plc, cycle: Cycle, owner: string | undefined, due: string | undefined): { ok: true; owner?: string; due?: string } | Refusal {
  const who = owner?.trim() || undefined;
  if (who !== undefined && !plc.members.includes(who)) return refuse('refuse.ownerNotMember', undefined, 'owner');
  const date = readDate(due, 'due');
  if (!date.ok) return date;
  const startDay = dayPart(cycle.start);
  const dueDay = dayPart(date.value);
  if (startDay && dueDay && dueDay < startDay) return refuse('refuse.dueBeforeStart', { start: dateText(startDay) }, 'due');
  const out: { ok: true; owner?: string; due?: string } = { ok: true };
  if (who) out.owner = who;
  if (date.value) out.due = date.value;
  return out;
}

export function addAction(plc: Plc, framework: CycleFramework, input: ActionInput, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const unknown = knownStage(framework, input.stage);
  if (unknown) return unknown;
  const what = readName(input.what, 'what', 'refuse.actionEmpty');
  if (!what.ok) return what;
  const checked = checkOwnerAndDue(plc, open.cycle, input.owner, input.due);
  if (!checked.ok) return checked;
  const action: Action = { id: nextId('a', allIds(open.cycle, (r) => r.actions)), what: what.value, done: false };
  if (checked.owner) action.owner = checked.owner;
  if (checked.due) action.due = checked.due;
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, actions: [...r.actions, action] }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'action-added', what: what.value }, now, by) };
}

/** Changes an action: mark it done or not, give it to another member, move its due date, reword it. */
export function updateAction(
  plc: Plc,
  _framework: CycleFramework,
  input: { stage: string; id: string; done?: boolean; owner?: string; due?: string; what?: string },
  now: Date,
  by?: string,
): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const found = findIn(open.cycle, input.stage, (r) => r.actions, input.id);
  if (!found) return refuse('refuse.notFound');
  let action: Action = { ...found };
  if (input.what !== undefined) {
    const what = readName(input.what, 'what', 'refuse.actionEmpty');
    if (!what.ok) return what;
    action.what = what.value;
  }
  if (input.owner !== undefined || input.due !== undefined) {
    const checked = checkOwnerAndDue(plc, open.cycle, input.owner ?? found.owner, input.due ?? found.due);
    if (!checked.ok) return checked;
    const { owner: _o, due: _d, ...rest } = action;
    action = { ...rest };
    if (checked.owner) action.owner = checked.owner;
    if (checked.due) action.due = checked.due;
  }
  if (input.done !== undefined) action.done = input.done;
  if (JSON.stringify(action) === JSON.stringify(found)) return { ok: true, plc };
  const kind = input.done !== undefined && input.done !== found.done ? (input.done ? 'action-done' : 'action-reopened') : 'action-updated';
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, actions: r.actions.map((a) => (a.id === input.id ? action : a)) }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind, what: action.what }, now, by) };
}

export function removeAction(plc: Plc, _framework: CycleFramework, input: { stage: string; id: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const found = findIn(open.cycle, input.stage, (r) => r.actions, input.id);
  if (!found) return refuse('refuse.notFound');
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, actions: r.actions.filter((a) => a.id !== input.id) }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'action-removed', what: found.what }, now, by) };
}

export function addDecision(plc: Plc, framework: CycleFramework, input: { stage: string; text: string; date?: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const unknown = knownStage(framework, input.stage);
  if (unknown) return unknown;
  const text = readName(input.text, 'text', 'refuse.decisionEmpty');
  if (!text.ok) return text;
  const date = readDate(input.date, 'date');
  if (!date.ok) return date;
  const decision: Decision = { id: nextId('d', allIds(open.cycle, (r) => r.decisions)), text: text.value };
  if (date.value) decision.date = date.value;
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, decisions: [...r.decisions, decision] }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'decision-added', what: text.value }, now, by) };
}

export function removeDecision(plc: Plc, _framework: CycleFramework, input: { stage: string; id: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const found = findIn(open.cycle, input.stage, (r) => r.decisions, input.id);
  if (!found) return refuse('refuse.notFound');
  const cycle = updateRecord(open.cycle, input.stage, (r) => ({ ...r, decisions: r.decisions.filter((d) => d.id !== input.id) }));
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'decision-removed', what: found.text }, now, by) };
}

// ————————————————————————————————————————————— impact

export interface ImpactInput {
  name?: string;
  unit?: string;
  baseline?: number | string | null;
  target?: number | string | null;
  latest?: number | string | null;
  baselineDate?: string;
  latestDate?: string;
}

function readImpact(input: ImpactInput, base: ImpactMeasure): { ok: true; measure: ImpactMeasure } | Refusal {
  const measure: ImpactMeasure = { ...base };
  if (input.name !== undefined) {
    const name = readName(input.name, 'name', 'refuse.measureEmpty');
    if (!name.ok) return name;
    measure.name = name.value;
  }
  if (input.unit !== undefined) {
    const unit = input.unit.trim();
    if (unit.length > 50) return refuse('refuse.tooLong', { max: 50 }, 'unit');
    if (unit) measure.unit = unit;
    else delete measure.unit;
  }
  for (const field of ['baseline', 'target', 'latest'] as const) {
    if (input[field] === undefined) continue;
    const n = readNumber(input[field], field);
    if (!n.ok) return n;
    if (n.value === undefined) delete measure[field];
    else measure[field] = n.value;
  }
  for (const field of ['baselineDate', 'latestDate'] as const) {
    if (input[field] === undefined) continue;
    const d = readDate(input[field], field);
    if (!d.ok) return d;
    if (d.value === undefined) delete measure[field];
    else measure[field] = d.value;
  }
  return { ok: true, measure };
}

/** Adds a measure of impact on learners: a name, a unit, and (when known) baseline, target and latest values. */
export function addImpact(plc: Plc, _framework: CycleFramework, input: ImpactInput, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const read = readImpact({ name: '', ...input }, { id: nextId('m', open.cycle.impact.map((m) => m.id)), name: '-' });
  if (!read.ok) return read;
  const cycle = { ...open.cycle, impact: [...open.cycle.impact, read.measure] };
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'impact-added', what: read.measure.name }, now, by) };
}

export function updateImpact(plc: Plc, _framework: CycleFramework, input: ImpactInput & { id: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const found = open.cycle.impact.find((m) => m.id === input.id);
  if (!found) return refuse('refuse.notFound');
  const { id: _id, ...changes } = input;
  const read = readImpact(changes, found);
  if (!read.ok) return read;
  if (JSON.stringify(read.measure) === JSON.stringify(found)) return { ok: true, plc };
  const cycle = { ...open.cycle, impact: open.cycle.impact.map((m) => (m.id === input.id ? read.measure : m)) };
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'impact-updated', what: read.measure.name }, now, by) };
}

export function removeImpact(plc: Plc, _framework: CycleFramework, input: { id: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const found = open.cycle.impact.find((m) => m.id === input.id);
  if (!found) return refuse('refuse.notFound');
  const cycle = { ...open.cycle, impact: open.cycle.impact.filter((m) => m.id !== input.id) };
  return { ok: true, plc: withHistory(withCycle(plc, cycle), { kind: 'impact-removed', what: found.name }, now, by) };
}

// ————————————————————————————————————————————— moving through the cycle

export interface MoveCheck {
  ok: boolean;
  /** Why the move is refused, when it is. */
  reason?: LocalText;
}

function unmetBefore(plc: Plc, framework: CycleFramework, cycle: Cycle, fromIndex: number, toIndex: number): Refusal | undefined {
  for (let i = Math.max(0, fromIndex); i < toIndex; i++) {
    const stage = framework.stages[i]!;
    const missing = stageCriteria(plc, framework, stage.id, cycle).filter((c) => !c.met);
    if (missing.length) {
      return refuse('refuse.criteriaUnmet', { stage: stage.label, missing: joinText(missing.map((c) => c.label)) });
    }
  }
  return undefined;
}

/** Whether the PLC may move to `to` now, and why not. Moving back is always allowed; moving on needs each passed stage's criteria. */
export function canMoveTo(plc: Plc, framework: CycleFramework, to: string): MoveCheck {
  const result = moveToStage(plc, framework, { to }, new Date(0));
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

/**
 * Moves the cycle to another stage, with an optional reason. Moving forward needs the criteria of
 * every stage being left behind; moving back is always allowed (a team revisits a stage when the
 * evidence says so). The PLC is "forming" at the first stage and "active" after it.
 */
export function moveToStage(plc: Plc, framework: CycleFramework, input: { to: string; reason?: string }, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const cycle = open.cycle;
  const unknown = knownStage(framework, input.to);
  if (unknown) return unknown;
  if (input.to === cycle.currentStage) return refuse('refuse.sameStage');
  const fromIndex = framework.stages.findIndex((s) => s.id === cycle.currentStage);
  const toIndex = framework.stages.findIndex((s) => s.id === input.to);
  if (toIndex > fromIndex) {
    const refused = unmetBefore(plc, framework, cycle, fromIndex, toIndex);
    if (refused) return refused;
  }
  const reason = input.reason?.trim();
  if (reason && reason.length > MAX_TEXT) return refuse('refuse.tooLong', { max: MAX_TEXT }, 'reason');
  const moved: Plc = { ...withCycle(plc, { ...cycle, currentStage: input.to }), status: toIndex === 0 ? 'forming' : 'active' };
  const entry: { kind: 'stage'; what: string; from: string; to: string; reason?: string } = { kind: 'stage', what: '', from: cycle.currentStage, to: input.to };
  if (reason) entry.reason = reason;
  return { ok: true, plc: withHistory(moved, entry, now, by) };
}

/** The stage after the current one, if any. */
export function nextStage(plc: Plc, framework: CycleFramework): string | undefined {
  const index = framework.stages.findIndex((s) => s.id === plc.cycle?.currentStage);
  return framework.stages[index + 1]?.id;
}

/** The stage before the current one, if any. */
export function previousStage(plc: Plc, framework: CycleFramework): string | undefined {
  const index = framework.stages.findIndex((s) => s.id === plc.cycle?.currentStage);
  return index > 0 ? framework.stages[index - 1]?.id : undefined;
}

/**
 * Completes the cycle: only from its last stage, and only when the last stage's criteria and the
 * model's completion criteria hold (for the Wales model, impact on learners must be recorded).
 */
export function completeCycle(plc: Plc, framework: CycleFramework, _input: Record<string, never>, now: Date, by?: string): PlcResult {
  const open = openCycle(plc);
  if (!open.ok) return open;
  const last = framework.stages[framework.stages.length - 1]!;
  if (open.cycle.currentStage !== last.id) return refuse('refuse.notAtLastStage', { stage: last.label });
  const missing = completionCriteria(plc, framework).filter((c) => !c.met);
  if (missing.length) return refuse('refuse.cannotComplete', { missing: joinText(missing.map((c) => c.label)) });
  const at = now.toISOString();
  const cycle: Cycle = { ...open.cycle, status: 'completed', completedAt: at };
  return { ok: true, plc: withHistory({ ...withCycle(plc, cycle), status: 'completed' }, { kind: 'completed', what: '' }, now, by) };
}

/** Opens a completed cycle again, e.g. to correct its impact figures before sharing. */
export function reopenCycle(plc: Plc, _framework: CycleFramework, input: { reason?: string }, now: Date, by?: string): PlcResult {
  if (!plc.cycle || plc.cycle.status !== 'completed') return refuse('refuse.notCompleted');
  const { completedAt: _c, ...rest } = plc.cycle;
  const cycle: Cycle = { ...rest, status: 'active' };
  const entry: { kind: 'reopened'; what: string; reason?: string } = { kind: 'reopened', what: '' };
  if (input.reason?.trim()) entry.reason = input.reason.trim();
  return { ok: true, plc: withHistory({ ...withCycle(plc, cycle), status: 'active' }, entry, now, by) };
}
