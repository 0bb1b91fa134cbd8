import type { LocalText } from '../schema/common.js';
import type { Cycle, StageRecord } from '../schema/cycle.js';
import type { CompletionCheck, Criterion, CycleFramework } from '../schema/framework.js';
import type { Plc } from '../schema/plc.js';
import { say } from './text.js';

/** The size of group the PLC guidance recommends; fewer or more is allowed but gets a gentle warning. */
export const RECOMMENDED_MEMBERS = { min: 3, max: 8 } as const;

/** An empty record for a stage nothing has been written at yet. */
export function emptyStageRecord(stage: string): StageRecord {
  return { stage, notes: '', evidence: [], actions: [], decisions: [] };
}

/** What the PLC recorded at a stage (an empty record when nothing yet). */
export function stageRecord(cycle: Cycle, stage: string): StageRecord {
  return cycle.stages.find((record) => record.stage === stage) ?? emptyStageRecord(stage);
}

const filled = (text: string | undefined) => (text ?? '').trim().length > 0;

/**
 * Whether one check holds. `stage` scopes the record-based checks (notes, evidence, actions,
 * actions-done, decision) to one stage; without it (completion of the whole cycle) they look at
 * every stage of the cycle.
 *
 * - `members`: at least one member (a warning, not a refusal, covers the recommended 3–8).
 * - `facilitator`: a facilitator is chosen and is still a member.
 * - `learner-need`, `question`, `learning`: the text is written.
 * - `notes`: notes are written (at this stage).
 * - `evidence`, `actions`, `decision`: at least one item (at this stage).
 * - `actions-done`: no action left open (at this stage); nothing planned counts as done.
 * - `impact-recorded`: at least one measure with both a baseline and a latest value.
 */
export function checkMet(check: CompletionCheck, plc: Plc, cycle: Cycle, stage?: string): boolean {
  const records = stage === undefined ? cycle.stages : [stageRecord(cycle, stage)];
  switch (check) {
    case 'members':
      return plc.members.length >= 1;
    case 'facilitator':
      return cycle.facilitator !== undefined && plc.members.includes(cycle.facilitator);
    case 'learner-need':
      return filled(cycle.learnerNeed);
    case 'question':
      return filled(cycle.question);
    case 'learning':
      return filled(cycle.learning);
    case 'notes':
      return records.some((r) => filled(r.notes));
    case 'evidence':
      return records.some((r) => r.evidence.length > 0);
    case 'actions':
      return records.some((r) => r.actions.length > 0);
    case 'decision':
      return records.some((r) => r.decisions.length > 0);
    case 'actions-done':
      return records.every((r) => r.actions.every((a) => a.done));
    case 'impact-recorded':
      return cycle.impact.some((m) => m.baseline !== undefined && m.latest !== undefined);
  }
}

export interface CriterionStatus {
  check: CompletionCheck;
  label: LocalText;
  met: boolean;
}

function statusOf(criteria: Criterion[], plc: Plc, cycle: Cycle, stage?: string): CriterionStatus[] {
  return criteria.map((c) => ({ check: c.check, label: c.label, met: checkMet(c.check, plc, cycle, stage) }));
}

/** The criteria for leaving a stage, each with whether it is met now. */
export function stageCriteria(plc: Plc, framework: CycleFramework, stage: string, cycle: Cycle | undefined = plc.cycle): CriterionStatus[] {
  if (!cycle) return [];
  const found = framework.stages.find((s) => s.id === stage);
  return found ? statusOf(found.criteria, plc, cycle, stage) : [];
}

/** What must hold to complete the cycle: the last stage's own criteria, then the model's completion criteria. */
export function completionCriteria(plc: Plc, framework: CycleFramework, cycle: Cycle | undefined = plc.cycle): CriterionStatus[] {
  if (!cycle) return [];
  const last = framework.stages[framework.stages.length - 1];
  return [...(last ? stageCriteria(plc, framework, last.id, cycle) : []), ...statusOf(framework.completion, plc, cycle)];
}

/** A gentle word when the group is smaller or larger than PLC guidance suggests; undefined when it is within. */
export function membershipAdvice(plc: Plc): LocalText | undefined {
  const n = plc.members.length;
  if (n === 0) return undefined;
  if (n < RECOMMENDED_MEMBERS.min) return say('advice.fewMembers', { count: n, min: RECOMMENDED_MEMBERS.min, max: RECOMMENDED_MEMBERS.max });
  if (n > RECOMMENDED_MEMBERS.max) return say('advice.manyMembers', { count: n, min: RECOMMENDED_MEMBERS.min, max: RECOMMENDED_MEMBERS.max });
  return undefined;
}
