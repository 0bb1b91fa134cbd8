import type { Band, ChecklistFramework, ChecklistItem } from '../schema/framework.js';
import type { ChecklistResponse } from '../schema/assessment.js';
import type { Workspace } from '../schema/workspace.js';
import type { Lang, LocalText } from '../schema/common.js';
import { Id } from '../schema/common.js';
import { localText, translator } from '../i18n/catalog.js';
import { checklistMessages } from '../i18n/messages/checklist.js';

/**
 * Checklist scoring. A checklist answer sits on a four-point scale between an item's two poles:
 * 1 and 2 are on the "not a PLC" side, 3 and 4 on the PLC side. For an item with one pole the scale
 * is agreement, and 3–4 (agree, strongly agree) count as the PLC side.
 *
 * The score is heuristic (domain.md §1): the number of rows on the PLC side out of all rows, banded
 * by the framework's own bands. It is reported xAPI-style as { raw, min, max, scaled }.
 */

/** The four points of the checklist scale, from the "not" pole (1) to the PLC pole (4). */
export const CHECKLIST_VALUES = [1, 2, 3, 4] as const;
export type ChecklistValue = (typeof CHECKLIST_VALUES)[number];

/** Answers by item id. Anything that is not a whole number from 1 to 4 is not an answer. */
export type ChecklistAnswers = Record<string, number>;

export function isChecklistValue(value: unknown): value is ChecklistValue {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** 3 or 4: on the PLC side (or agreeing, for an item with one pole). */
export function isPlcSide(value: number): boolean {
  return value >= 3;
}

/** An xAPI result score: `raw` rows on the PLC side out of `max` rows; `scaled` = raw ÷ max. */
export interface ChecklistScore {
  raw: number;
  min: 0;
  max: number;
  scaled: number;
}

/**
 * How a row reads: `priority` (1–2, on the "not" side: strengthen first), `next` (3, on the PLC side
 * but not clearly: strengthen next) or `strength` (4).
 */
export type FeedbackLevel = 'priority' | 'next' | 'strength';

export interface ChecklistFeedback {
  item: ChecklistItem;
  /** 0-based position of the item in the framework. */
  index: number;
  answer: ChecklistValue;
  plcSide: boolean;
  level: FeedbackLevel;
  /** What to strengthen, in the framework's own words. */
  strengthen: LocalText;
}

export interface ChecklistResult {
  framework: string;
  answered: number;
  total: number;
  complete: boolean;
  score: ChecklistScore;
  /** The framework's band for `score.scaled`; absent only when a user's framework leaves the score uncovered. */
  band?: Band;
  /** One entry per answered item, weakest first: lowest answer first, then framework order. */
  feedback: ChecklistFeedback[];
  /** Ids of the items not answered yet, in framework order. */
  unanswered: string[];
}

/** The answers that belong to this framework: known item ids with a 1–4 value; anything else is ignored. */
export function checklistAnswers(framework: ChecklistFramework, answers: ChecklistAnswers | undefined): Record<string, ChecklistValue> {
  const kept: Record<string, ChecklistValue> = {};
  if (!answers) return kept;
  for (const item of framework.items) {
    const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (isChecklistValue(value)) kept[item.id] = value;
  }
  return kept;
}

/** The band whose `min` is the highest at or below `scaled` (bands may come in any order). */
export function bandFor(bands: readonly Band[], scaled: number): Band | undefined {
  let best: Band | undefined;
  for (const band of bands) {
    if (band.min <= scaled + 1e-9 && (!best || band.min > best.min)) best = band;
  }
  return best;
}

function levelOf(value: ChecklistValue): FeedbackLevel {
  return value <= 2 ? 'priority' : value === 3 ? 'next' : 'strength';
}

/** Scores a set of answers against a checklist framework. Pure; never throws on odd answers. */
export function scoreChecklist(framework: ChecklistFramework, answers: ChecklistAnswers | undefined): ChecklistResult {
  const valid = checklistAnswers(framework, answers);
  const total = framework.items.length;
  const feedback: ChecklistFeedback[] = [];
  const unanswered: string[] = [];
  let raw = 0;
  framework.items.forEach((item, index) => {
    const answer = valid[item.id];
    if (answer === undefined) {
      unanswered.push(item.id);
      return;
    }
    const plcSide = isPlcSide(answer);
    if (plcSide) raw++;
    feedback.push({ item, index, answer, plcSide, level: levelOf(answer), strengthen: item.strengthen });
  });
  feedback.sort((a, b) => a.answer - b.answer || a.index - b.index);
  const scaled = total === 0 ? 0 : raw / total;
  const result: ChecklistResult = {
    framework: framework.id,
    answered: feedback.length,
    total,
    complete: total > 0 && feedback.length === total,
    score: { raw, min: 0, max: total, scaled },
    feedback,
    unanswered,
  };
  const band = bandFor(framework.bands, scaled);
  if (band) result.band = band;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Responses in the workspace: one per (framework, PLC) or, without a PLC, per (framework, key).

/** Which saved response an element reads and writes. */
export interface ChecklistTarget {
  /** The response's id in `workspace.checklistResponses`. */
  id: string;
  framework: string;
  plc?: string;
}

const MAX_ID = 200;

/**
 * Plain-ASCII ids are checked without Unicode property escapes: the first use of a `\p{L}` pattern
 * costs milliseconds (ICU tables), which would land on an element's first paint.
 */
const ASCII_ID = /^[\w.:-]{1,200}$/;

/** Whether a text is a valid `Id` (letters, digits, `_ . : -`). */
export function isId(value: string): boolean {
  return ASCII_ID.test(value) || Id.safeParse(value).success;
}

/**
 * The response for a framework and either a PLC id (preferred) or a storage key. A PLC id that is
 * not a valid `Id` is not used; the caller is expected to say so and pass the key instead.
 */
export function checklistTarget(framework: string, owner: { plc?: string | null; key?: string | null }): ChecklistTarget {
  const plc = owner.plc && isId(owner.plc) ? owner.plc : undefined;
  const raw = owner.key || 'plc-kit';
  const key = ASCII_ID.test(raw) ? raw : raw.replace(/[^\p{L}\p{N}_.:-]+/gu, '-');
  const id = (plc ? `checklist:${framework}:plc:${plc}` : `checklist:${framework}:key:${key}`).slice(0, MAX_ID);
  return plc ? { id, framework, plc } : { id, framework };
}

/** The saved response for a target: by id, else (for a PLC) any response to the same framework for that PLC. */
export function findChecklistResponse(workspace: Workspace, target: ChecklistTarget): ChecklistResponse | undefined {
  const list = workspace.checklistResponses;
  return (
    list.find((r) => r.id === target.id) ??
    (target.plc ? list.find((r) => r.framework === target.framework && r.plc === target.plc) : undefined)
  );
}

/**
 * A recipe for `store.update`: records one answer, creating the response when needed. When the
 * framework is given and this answer completes it, `completedAt` is set (once).
 */
export function answerChecklist(
  workspace: Workspace,
  target: ChecklistTarget,
  item: string,
  value: ChecklistValue,
  options: { now?: string; framework?: ChecklistFramework } = {},
): Workspace {
  if (!isChecklistValue(value)) return workspace;
  const now = options.now ?? new Date().toISOString();
  const existing = findChecklistResponse(workspace, target);
  if (existing && existing.answers[item] === value) return workspace;
  const base: ChecklistResponse = existing ?? {
    id: target.id,
    framework: target.framework,
    ...(target.plc ? { plc: target.plc } : {}),
    answers: {},
    startedAt: now,
    updatedAt: now,
  };
  const next: ChecklistResponse = { ...base, answers: { ...base.answers, [item]: value }, updatedAt: now };
  if (options.framework && !next.completedAt && scoreChecklist(options.framework, next.answers).complete) next.completedAt = now;
  const list = existing
    ? workspace.checklistResponses.map((r) => (r === existing ? next : r))
    : [...workspace.checklistResponses, next];
  return { ...workspace, checklistResponses: list };
}

/** A recipe for `store.update`: removes the target's saved response ("start again"). */
export function removeChecklistResponse(workspace: Workspace, target: ChecklistTarget): Workspace {
  const existing = findChecklistResponse(workspace, target);
  if (!existing) return workspace;
  return { ...workspace, checklistResponses: workspace.checklistResponses.filter((r) => r !== existing) };
}

// ---------------------------------------------------------------------------------------------
// Wording, and the exports (CSV, JSON, the copied summary), which live in a module of their own.

export { checklistCsv, checklistExport, checklistSummary } from './checklist-export.js';

/** The label of a point on an item's scale: between two poles, or agreement for a single pole. */
export function checklistValueLabel(item: ChecklistItem, value: ChecklistValue, lang: Lang): string {
  const t = translator(checklistMessages, lang);
  return t(item.not ? `scale.contrast.${value}` : `scale.agree.${value}`);
}

/** `plc-change` detail: every answer so far, and how many of how many are answered. */
export interface ChecklistChangeDetail {
  framework: string;
  plc?: string;
  /** The item just answered and its value; both absent when every answer was cleared ("start again"). */
  item?: string;
  value?: ChecklistValue;
  answers: Record<string, ChecklistValue>;
  answered: number;
  total: number;
}

/** `plc-complete` detail: the result (score as raw, min, max, scaled) and the saved response. */
export interface ChecklistCompleteDetail {
  framework: string;
  plc?: string;
  result: ChecklistResult;
  response: ChecklistResponse;
}
