import type { CycleFramework } from '../schema/framework.js';
import type { Member } from '../schema/member.js';
import type { Plc } from '../schema/plc.js';
import type { School } from '../schema/school.js';
import type { Workspace } from '../schema/workspace.js';
import type { Cycle } from '../schema/cycle.js';
import { withHistory } from './history.js';
import { nextId, slugId } from './ids.js';
import { refuse, type PlcResult, type WorkspaceResult } from './text.js';

/*
 * The changes that reach beyond one PLC into the workspace: people and schools are shared by every
 * PLC, so adding a member may add a person and a school, and re-forming changes who belongs.
 */

export function findPlc(workspace: Workspace, id: string): Plc | undefined {
  return workspace.plcs.find((p) => p.id === id);
}

/** The workspace with `plc` in place of the PLC of the same id. */
export function replacePlc(workspace: Workspace, plc: Plc): Workspace {
  return { ...workspace, plcs: workspace.plcs.map((p) => (p.id === plc.id ? plc : p)) };
}

/** Adds a new PLC; refuses one whose id is taken. */
export function insertPlc(workspace: Workspace, plc: Plc): WorkspaceResult {
  if (findPlc(workspace, plc.id)) return refuse('refuse.plcExists', { id: plc.id }, 'id');
  return { ok: true, workspace: { ...workspace, plcs: [...workspace.plcs, plc] }, plc };
}

/** A fresh id for a PLC called `name`, unique in the workspace. */
export function newPlcId(workspace: Workspace, name: string): string {
  return slugId(name, workspace.plcs.map((p) => p.id), 'plc');
}

/** Applies a PLC-level change (from the state machine) to the PLC of that id in the workspace. */
export function applyToPlc(workspace: Workspace, id: string, change: (plc: Plc) => PlcResult): WorkspaceResult {
  const plc = findPlc(workspace, id);
  if (!plc) return refuse('refuse.noPlc', { id });
  const result = change(plc);
  if (!result.ok) return result;
  return { ok: true, workspace: replacePlc(workspace, result.plc), plc: result.plc };
}

export interface MemberInput {
  name: string;
  role?: string;
  /** A school's id or name; a name not yet in the workspace adds the school. */
  school?: string;
}

function findSchool(workspace: Workspace, text: string): School | undefined {
  const wanted = text.trim().toLowerCase();
  return workspace.schools.find((s) => s.id.toLowerCase() === wanted || s.name.trim().toLowerCase() === wanted);
}

/**
 * Adds a person to a PLC: an existing workspace member (`{ existing: id }`), or a new one by name,
 * role and school. The school joins the PLC's schools so maps of the network see the tie.
 */
export function addMember(
  workspace: Workspace,
  plcId: string,
  input: MemberInput | { existing: string },
  now: Date,
  by?: string,
): WorkspaceResult {
  const plc = findPlc(workspace, plcId);
  if (!plc) return refuse('refuse.noPlc', { id: plcId });
  let schools = workspace.schools;
  let members = workspace.members;
  let member: Member | undefined;
  if ('existing' in input) {
    member = members.find((m) => m.id === input.existing);
    if (!member) return refuse('refuse.noMember', undefined, 'existing');
  } else {
    const name = input.name.trim();
    if (!name) return refuse('refuse.memberNameEmpty', undefined, 'memberName');
    if (name.length > 500) return refuse('refuse.tooLong', { max: 500 }, 'memberName');
    const role = (input.role ?? '').trim();
    if (role.length > 200) return refuse('refuse.tooLong', { max: 200 }, 'role');
    const schoolText = (input.school ?? '').trim();
    if (schoolText.length > 500) return refuse('refuse.tooLong', { max: 500 }, 'school');
    let school = schoolText ? findSchool(workspace, schoolText) : undefined;
    if (schoolText && !school) {
      school = { id: slugId(schoolText, schools.map((s) => s.id), 'school'), name: schoolText };
      schools = [...schools, school];
    }
    member = { id: slugId(name, members.map((m) => m.id), 'member'), name };
    if (role) member.role = role;
    if (school) member.school = school.id;
    members = [...members, member];
  }
  if (plc.members.includes(member.id)) return refuse('refuse.alreadyMember', { name: member.name }, 'existing');
  const plcSchools = member.school && !plc.schools.includes(member.school) ? [...plc.schools, member.school] : plc.schools;
  const next = withHistory({ ...plc, members: [...plc.members, member.id], schools: plcSchools }, { kind: 'member-joined', what: member.id }, now, by);
  return { ok: true, workspace: replacePlc({ ...workspace, schools, members }, next), plc: next };
}

function openActionsOf(cycle: Cycle | undefined, member: string): number {
  if (!cycle || cycle.status !== 'active') return 0;
  return cycle.stages.reduce((n, r) => n + r.actions.filter((a) => a.owner === member && !a.done).length, 0);
}

/** The PLC's schools once `leaving` have gone: a school stays while anyone from it remains. */
function schoolsWithout(workspace: Workspace, plc: Plc, leaving: string[]): string[] {
  const memberSchool = (id: string) => workspace.members.find((m) => m.id === id)?.school;
  const remaining = new Set(plc.members.filter((id) => !leaving.includes(id)).map(memberSchool));
  const leavingSchools = new Set(leaving.map(memberSchool));
  return plc.schools.filter((s) => remaining.has(s) || !leavingSchools.has(s));
}

/**
 * Takes a person out of a PLC (they stay in the workspace, so past records still name them).
 * Refused while they own open actions or facilitate the current cycle: hand those on first.
 */
export function removeMember(workspace: Workspace, plcId: string, memberId: string, now: Date, by?: string): WorkspaceResult {
  const plc = findPlc(workspace, plcId);
  if (!plc) return refuse('refuse.noPlc', { id: plcId });
  if (!plc.members.includes(memberId)) return refuse('refuse.noMember', undefined, 'members');
  const name = workspace.members.find((m) => m.id === memberId)?.name ?? memberId;
  const open = openActionsOf(plc.cycle, memberId);
  if (open) return refuse('refuse.ownsActions', { name, count: open }, 'members');
  if (plc.cycle?.status === 'active' && plc.cycle.facilitator === memberId) return refuse('refuse.removeFacilitator', { name }, 'members');
  const next = withHistory(
    { ...plc, members: plc.members.filter((id) => id !== memberId), schools: schoolsWithout(workspace, plc, [memberId]) },
    { kind: 'member-left', what: memberId },
    now,
    by,
  );
  return { ok: true, workspace: replacePlc(workspace, next), plc: next };
}

export interface ReformInput {
  /** The new enquiry focus. Required: a PLC re-forms around a new need. */
  focus: string;
  question?: string;
  learnerNeed?: string;
  /** The members who stay; everyone else leaves the PLC. New people are added afterwards. */
  keep: string[];
}

/**
 * Disbands and re-forms: the completed cycle is archived into `pastCycles` (with what it learned),
 * and a new cycle of `framework` starts at its first stage around a new focus, with the members
 * kept. The facilitator is chosen afresh, so facilitation can rotate. History records it all.
 */
export function reformPlc(workspace: Workspace, plcId: string, framework: CycleFramework, input: ReformInput, now: Date, by?: string): WorkspaceResult {
  const plc = findPlc(workspace, plcId);
  if (!plc) return refuse('refuse.noPlc', { id: plcId });
  if (!plc.cycle || plc.cycle.status !== 'completed') return refuse('refuse.completeFirst');
  const focus = input.focus.trim();
  if (!focus) return refuse('refuse.focusEmpty', undefined, 'focus');
  if (focus.length > 20000) return refuse('refuse.tooLong', { max: 20000 }, 'focus');
  const first = framework.stages[0];
  if (!first) return refuse('refuse.unknownStage', { stage: '' });
  const keep = plc.members.filter((id) => input.keep.includes(id));
  const leaving = plc.members.filter((id) => !keep.includes(id));
  const archived: Cycle = { ...plc.cycle, status: 'archived' };
  const pastCycles = [...plc.pastCycles, archived];
  const cycle: Cycle = {
    id: nextId('c', pastCycles.map((c) => c.id)),
    model: framework.id,
    focus,
    learnerNeed: input.learnerNeed?.trim() ?? '',
    needEvidence: '',
    question: input.question?.trim() ?? '',
    currentStage: first.id,
    status: 'active',
    stages: [],
    impact: [],
    learning: '',
  };
  let next: Plc = { ...plc, pastCycles, cycle, status: 'forming', members: keep, schools: schoolsWithout(workspace, plc, leaving) };
  next = withHistory(next, { kind: 'disbanded', what: archived.focus || archived.question }, now, by);
  for (const id of leaving) next = withHistory(next, { kind: 'member-left', what: id }, now, by);
  next = withHistory(next, { kind: 'reformed', what: focus }, now, by);
  return { ok: true, workspace: replacePlc(workspace, next), plc: next };
}

/** Disbands without re-forming: the cycle is archived and the PLC marked disbanded. */
export function disbandPlc(plc: Plc, _framework: CycleFramework, _input: Record<string, never>, now: Date, by?: string): PlcResult {
  if (!plc.cycle) return refuse('refuse.noCycle');
  const archived: Cycle = { ...plc.cycle, status: 'archived' };
  const { cycle: _drop, ...rest } = plc;
  const next: Plc = { ...rest, pastCycles: [...plc.pastCycles, archived], status: 'disbanded' };
  return { ok: true, plc: withHistory(next, { kind: 'disbanded', what: archived.focus || archived.question }, now, by) };
}

/** What earlier cycles learned, newest first: the learning a re-formed PLC carries forward. */
export function carriedLearning(plc: Plc): { cycle: string; focus: string; learning: string; completedAt?: string }[] {
  return plc.pastCycles
    .filter((c) => c.learning.trim())
    .map((c) => (c.completedAt ? { cycle: c.id, focus: c.focus, learning: c.learning, completedAt: c.completedAt } : { cycle: c.id, focus: c.focus, learning: c.learning }))
    .reverse();
}

/** Who facilitated each cycle, oldest first (the current one last): how facilitation has rotated. */
export function facilitationRota(plc: Plc): { cycle: string; facilitator?: string }[] {
  const cycles = plc.cycle ? [...plc.pastCycles, plc.cycle] : plc.pastCycles;
  return cycles.map((c) => (c.facilitator ? { cycle: c.id, facilitator: c.facilitator } : { cycle: c.id }));
}
