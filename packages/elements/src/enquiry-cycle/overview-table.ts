import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  enquiryCycleMessages,
  formatDay,
  formatNumber,
  stageText,
  type Lang,
  type OverviewRow,
  type OverviewSortKey,
  type SortDirection,
  type Translate,
} from '@plc-kit/core';
import { fillParts, localPart, type Part } from '../base/local-part.js';

export interface OverviewOptions {
  rows: OverviewRow[];
  sort: { key: OverviewSortKey; direction: SortDirection };
  lang: Lang;
  t: Translate<typeof enquiryCycleMessages.en>;
  onSort: (key: OverviewSortKey) => void;
  onOpen: (id: string) => void;
  /** How many rows to show; the rest wait behind a "Show more" button. */
  shown: number;
  onMore: () => void;
  /** PLCs whose cycle model is still being fetched: their stage reads `loadingText` until it arrives. */
  loading: ReadonlySet<string>;
  loadingText: string;
}

/** Rows shown at first and added by each "Show more": a page of a workspace's PLCs lays out well within a frame budget. */
export const OVERVIEW_PAGE = 100;

/** Counts under 1,000 are plain digits in English and Welsh alike; Intl only where grouping matters. */
const count = (lang: Lang, n: number) => (Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : formatNumber(lang, n));

const COLUMNS: { key: OverviewSortKey; label: keyof typeof enquiryCycleMessages.en & string }[] = [
  { key: 'name', label: 'overview.name' },
  { key: 'stage', label: 'overview.stage' },
  { key: 'facilitator', label: 'overview.facilitator' },
  { key: 'lastActivity', label: 'overview.lastActivity' },
  { key: 'overdue', label: 'overview.overdue' },
];

/**
 * Every PLC in one sortable table for school leaders. Sorting is by real buttons in the column
 * headings, with `aria-sort` on the sorted column; each PLC's name is a button that opens it. A
 * large workspace shows its first rows in the sorted order and more on request, so opening the
 * overview of hundreds of PLCs never holds the page up.
 */
export function overviewTable({ rows, sort, lang, t, onSort, onOpen, shown, onMore, loading, loadingText }: OverviewOptions): TemplateResult {
  const sortedBy = COLUMNS.find((c) => c.key === sort.key)!;
  const visible = rows.length > shown ? rows.slice(0, shown) : rows;
  const rest = rows.length - visible.length;
  return html`<div class="table-wrap" part="overview-table">
    <table class="overview">
      <caption>
        ${t('overview.caption')}
        <span class="visually-hidden">${t('overview.sorted', { column: t(sortedBy.label), direction: t(sort.direction === 'ascending' ? 'overview.ascending' : 'overview.descending') })}</span>
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map(
            (c) => html`<th scope="col" aria-sort=${sort.key === c.key ? sort.direction : 'none'} class=${c.key === 'overdue' ? 'num' : ''}>
              <button type="button" class="sort" data-sort=${c.key} @click=${() => onSort(c.key)}>
                ${t(c.label)}<span class="sort-mark" aria-hidden="true">${sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
              </button>
            </th>`,
          )}
          <th scope="col" class="num">${t('overview.members')}</th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          visible,
          (row) => row.id,
          (row) => html`<tr data-plc=${row.id} class=${row.overdue ? 'has-overdue' : ''}>
            <th scope="row">
              <button type="button" class="link open" aria-label=${t('overview.open', { name: row.name })} @click=${() => onOpen(row.id)}>${row.name}</button>
            </th>
            <td>${loading.has(row.id) ? loadingText : stageCell(row, lang, t)}</td>
            <td>${row.facilitator ?? html`<span class="muted">${t('overview.none')}</span>`}</td>
            <td>${row.lastActivity ? formatDay(lang, row.lastActivity) : t('overview.never')}</td>
            <td class="num">${row.overdue ? html`<strong class="overdue-count">⚠ ${count(lang, row.overdue)}</strong>` : '0'}</td>
            <td class="num">${count(lang, row.members)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length ? nothing : html`<p class="empty">${t('overview.empty')}</p>`}
    ${rest > 0
      ? html`<p class="more">
          <span>${t('overview.showing', { shown: count(lang, visible.length), total: count(lang, rows.length) })}</span>
          <button type="button" class="more-button" @click=${onMore}>${t('overview.more', { count: count(lang, Math.min(rest, OVERVIEW_PAGE)) })}</button>
        </p>`
      : nothing}
  </div>`;
}

/**
 * The stage column: core's text, except that a stage name with no Welsh keeps lang="en" inside the
 * Welsh sentence (WCAG 3.1.2). Only that case is rebuilt; every other cell is `stageText` as it is.
 */
function stageCell(row: OverviewRow, lang: Lang, t: OverviewOptions['t']): Part | Part[] {
  const stage = row.stage;
  if (lang === 'en' || !stage || stage.label.cy || row.status === 'disbanded' || row.progress > 1) return stageText(row, lang);
  return fillParts(t('overview.stageOf'), lang, { n: String(stage.index + 1), count: String(stage.count), stage: localPart(stage.label, lang) });
}
