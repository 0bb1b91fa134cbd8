import type { Lang, LocalText } from '../schema/common.js';
import type { CycleFramework } from '../schema/framework.js';
import type { Plc } from '../schema/plc.js';
import type { Workspace } from '../schema/workspace.js';
import { localText, translator } from '../i18n/catalog.js';
import { enquiryCycleMessages } from '../i18n/messages/enquiry-cycle.js';
import { lastActivity, overdueActions } from './dates.js';

/** One PLC as a school leader sees it in the overview table. */
export interface OverviewRow {
  id: string;
  name: string;
  status: Plc['status'];
  /** The current cycle's model id (the last cycle's when disbanded). */
  model?: string;
  modelTitle?: LocalText;
  /** Where the current cycle stands; undefined when the PLC has no cycle or its model is unknown. */
  stage?: { id: string; label: LocalText; index: number; count: number };
  /** 0 at the first stage, 1 at the last, above 1 once completed; -1 without a cycle. Sorts the stage column. */
  progress: number;
  facilitator?: string;
  members: number;
  lastActivity?: string;
  overdue: number;
}

/**
 * Every PLC in the workspace with its stage, facilitator, last activity and overdue actions.
 * `frameworkFor` finds a cycle model by id (built-ins, plus any the page supplied).
 */
export function overviewRows(workspace: Workspace, frameworkFor: (id: string) => CycleFramework | undefined, now: Date): OverviewRow[] {
  const names = new Map(workspace.members.map((m) => [m.id, m.name]));
  return workspace.plcs.map((plc) => {
    const cycle = plc.cycle ?? plc.pastCycles[plc.pastCycles.length - 1];
    const framework = cycle ? frameworkFor(cycle.model) : undefined;
    const row: OverviewRow = { id: plc.id, name: plc.name, status: plc.status, progress: -1, members: plc.members.length, overdue: overdueActions(plc, now).length };
    const last = lastActivity(plc);
    if (last) row.lastActivity = last;
    if (cycle) row.model = cycle.model;
    if (framework) row.modelTitle = framework.title;
    if (plc.cycle && framework) {
      const index = framework.stages.findIndex((s) => s.id === plc.cycle!.currentStage);
      const stage = framework.stages[index];
      if (stage) {
        const count = framework.stages.length;
        row.stage = { id: stage.id, label: stage.label, index, count };
        row.progress = plc.cycle.status === 'active' ? (count > 1 ? index / (count - 1) : 0) : 2;
      }
    }
    const facilitator = plc.cycle?.facilitator;
    if (facilitator) row.facilitator = names.get(facilitator) ?? facilitator;
    return row;
  });
}

export const OVERVIEW_SORT_KEYS = ['name', 'stage', 'facilitator', 'lastActivity', 'overdue'] as const;
export type OverviewSortKey = (typeof OVERVIEW_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/** Sorts overview rows by a column; rows without a value go last either way, ties fall back to the name. */
export function sortOverview(rows: OverviewRow[], key: OverviewSortKey, direction: SortDirection, lang: Lang): OverviewRow[] {
  const collator = new Intl.Collator(lang === 'cy' ? 'cy-GB' : 'en-GB', { sensitivity: 'base', numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (row: OverviewRow): string | number | undefined => {
    switch (key) {
      case 'name':
        return row.name;
      case 'stage':
        return row.progress < 0 ? undefined : row.progress;
      case 'facilitator':
        return row.facilitator;
      case 'lastActivity':
        return row.lastActivity;
      case 'overdue':
        return row.overdue;
    }
  };
  const compare = (a: string | number, b: string | number) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
  return rows
    .map((row) => ({ row, v: value(row) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) {
        if (a.v !== b.v) return a.v === undefined ? 1 : -1;
      } else {
        const c = compare(a.v, b.v);
        if (c !== 0) return sign * c;
      }
      return collator.compare(a.row.name, b.row.name) || (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
    })
    .map(({ row }) => row);
}

/** The stage column as text: "Stage 3 of 9: Action enquiry", "Cycle completed", "Disbanded". */
export function stageText(row: OverviewRow, lang: Lang): string {
  const t = translator(enquiryCycleMessages, lang);
  if (row.status === 'disbanded') return t('status.disbanded');
  if (!row.stage) return t('overview.noCycle');
  if (row.progress > 1) return t('status.cycleCompleted');
  // Small counts are plain digits in both languages; skipping Intl here keeps 500-row tables quick.
  return t('overview.stageOf', { n: String(row.stage.index + 1), count: String(row.stage.count), stage: localText(row.stage.label, lang) });
}
