import type { Lang } from '../schema/common.js';
import type { HistoryEntry } from '../schema/cycle.js';
import type { CycleFramework } from '../schema/framework.js';
import type { Member } from '../schema/member.js';
import type { Plc } from '../schema/plc.js';
import { localText, translator } from '../i18n/catalog.js';
import { formatDay } from './dates.js';
import { enquiryCycleMessages } from '../i18n/messages/enquiry-cycle.js';

/**
 * What a history entry records. `what` holds the entry's subject: the item's own text for records
 * (an evidence title, an action), a member id for membership and facilitation, a stage id for notes,
 * a field name for edits, the focus for re-forming. `from`/`to` hold stage ids for moves and member
 * ids for a change of facilitator.
 */
export const HISTORY_KINDS = [
  'created',
  'edit',
  'facilitator',
  'member-joined',
  'member-left',
  'notes',
  'evidence-added',
  'evidence-removed',
  'action-added',
  'action-done',
  'action-reopened',
  'action-updated',
  'action-removed',
  'decision-added',
  'decision-removed',
  'impact-added',
  'impact-updated',
  'impact-removed',
  'stage',
  'completed',
  'reopened',
  'disbanded',
  'reformed',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Edits to the same text by the same person within this window update one history line, not one per pause. */
export const COALESCE_MS = 15 * 60 * 1000;

const COALESCING: ReadonlySet<string> = new Set<HistoryKind>(['edit', 'notes', 'impact-updated']);

/** Adds a history line (or refreshes the last one for a continuing edit), returning a new PLC. */
export function withHistory(
  plc: Plc,
  entry: { kind: HistoryKind; what: string; from?: string; to?: string; reason?: string },
  now: Date,
  by?: string,
): Plc {
  const at = now.toISOString();
  const line: HistoryEntry = { at, kind: entry.kind, what: entry.what.slice(0, 2000) };
  if (by) line.by = by.slice(0, 200);
  if (entry.from !== undefined) line.from = entry.from;
  if (entry.to !== undefined) line.to = entry.to;
  if (entry.reason) line.reason = entry.reason;
  const last = plc.history[plc.history.length - 1];
  if (
    last &&
    COALESCING.has(entry.kind) &&
    last.kind === entry.kind &&
    last.what === line.what &&
    last.by === line.by &&
    now.getTime() - Date.parse(last.at) < COALESCE_MS
  ) {
    return { ...plc, history: [...plc.history.slice(0, -1), { ...last, at }], updatedAt: at };
  }
  return { ...plc, history: [...plc.history, line], updatedAt: at };
}

export interface HistoryContext {
  framework?: CycleFramework;
  members: Member[];
}

/** One history line as a sentence in the wanted language. */
export function describeHistory(entry: HistoryEntry, context: HistoryContext, lang: Lang): string {
  const t = translator(enquiryCycleMessages, lang);
  const stage = (id: string | undefined) => {
    if (!id) return '';
    const found = context.framework?.stages.find((s) => s.id === id);
    return found ? localText(found.label, lang) : id;
  };
  const member = (id: string | undefined) => (id ? (context.members.find((m) => m.id === id)?.name ?? id) : '');
  const what = entry.what;
  switch (entry.kind as HistoryKind | undefined) {
    case 'created':
      return t('history.created', { what });
    case 'edit':
      return t('history.edit', { field: fieldName(what, lang) });
    case 'facilitator':
      return entry.to ? t('history.facilitator', { name: member(entry.to) }) : t('history.facilitatorCleared');
    case 'member-joined':
      return t('history.memberJoined', { name: member(what) });
    case 'member-left':
      return t('history.memberLeft', { name: member(what) });
    case 'notes':
      return t('history.notes', { stage: stage(what) });
    case 'evidence-added':
      return t('history.evidenceAdded', { what });
    case 'evidence-removed':
      return t('history.evidenceRemoved', { what });
    case 'action-added':
      return t('history.actionAdded', { what });
    case 'action-done':
      return t('history.actionDone', { what });
    case 'action-reopened':
      return t('history.actionReopened', { what });
    case 'action-updated':
      return t('history.actionUpdated', { what });
    case 'action-removed':
      return t('history.actionRemoved', { what });
    case 'decision-added':
      return t('history.decisionAdded', { what });
    case 'decision-removed':
      return t('history.decisionRemoved', { what });
    case 'impact-added':
      return t('history.impactAdded', { what });
    case 'impact-updated':
      return t('history.impactUpdated', { what });
    case 'impact-removed':
      return t('history.impactRemoved', { what });
    case 'stage':
      return t('history.stage', { from: stage(entry.from), to: stage(entry.to) });
    case 'completed':
      return t('history.completed');
    case 'reopened':
      return t('history.reopened');
    case 'disbanded':
      return t('history.disbanded', { what });
    case 'reformed':
      return t('history.reformed', { what });
    default:
      return what;
  }
}

/** A history line's time and author, e.g. "10 Mar 2026, 14:05 · Siân". */
export function historyMeta(entry: HistoryEntry, lang: Lang): string {
  const when = formatDay(lang, entry.at, { dateStyle: 'medium', timeStyle: 'short' });
  return entry.by ? `${when} · ${entry.by}` : when;
}

const FIELD_KEYS = {
  name: 'field.name',
  focus: 'field.focus',
  learnerNeed: 'field.learnerNeed',
  needEvidence: 'field.needEvidence',
  question: 'field.question',
  start: 'field.start',
  review: 'field.review',
  learning: 'field.learning',
} as const;

/** The label of a PLC or cycle field, for history lines and messages. */
export function fieldName(field: string, lang: Lang): string {
  const key = FIELD_KEYS[field as keyof typeof FIELD_KEYS];
  return key ? translator(enquiryCycleMessages, lang)(key) : field;
}
