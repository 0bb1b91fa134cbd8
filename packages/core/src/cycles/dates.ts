import type { Lang } from '../schema/common.js';
import type { Action, Cycle } from '../schema/cycle.js';
import type { Plc } from '../schema/plc.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar day of `now` where the user is (`2026-03-10`), which due dates are compared against. */
export function dayOf(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The `YYYY-MM-DD` part of an ISO date or date-time, or undefined when it is not a real calendar date. */
export function dayPart(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const match = DATE.exec(iso.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Reject 2026-02-30 and friends, which Date quietly rolls over.
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return `${y}-${m}-${d}`;
}

/** An action is overdue when it is not done and its due day is before today. Due today is not overdue. */
export function isOverdue(action: Action, now: Date): boolean {
  if (action.done) return false;
  const due = dayPart(action.due);
  return due !== undefined && due < dayOf(now);
}

export interface OverdueAction {
  stage: string;
  action: Action;
}

/** Every overdue action in a cycle (the PLC's current one by default), in stage order. */
export function overdueActions(plc: Plc, now: Date, cycle: Cycle | undefined = plc.cycle): OverdueAction[] {
  if (!cycle || cycle.status !== 'active') return [];
  const out: OverdueAction[] = [];
  for (const record of cycle.stages) {
    for (const action of record.actions) if (isOverdue(action, now)) out.push({ stage: record.stage, action });
  }
  return out;
}

/** When the PLC last changed: its newest history entry, else its `updatedAt`. */
export function lastActivity(plc: Plc): string | undefined {
  let latest = plc.updatedAt;
  for (const entry of plc.history) if (!latest || entry.at > latest) latest = entry.at;
  return latest;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', options);
    formats.set(key, format);
  }
  return format;
}

/**
 * A date for people to read, e.g. "14 Mar 2026". A plain calendar day (`2026-03-14`) is that day
 * wherever the reader is (not midnight UTC, which is the day before west of Greenwich); a date-time
 * is shown in the reader's time zone. Formatters are reused, so long lists stay fast.
 */
export function formatDay(lang: Lang, iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const key = `${lang}|${iso}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}|${Object.keys(options).length}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatOnce(lang, iso, options);
    if (formatted.size >= 5000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** The same dates are shown again on every render (lists, tables): remember their text. */
const formatted = new Map<string, string>();

function formatOnce(lang: Lang, iso: string, options: Intl.DateTimeFormatOptions): string {
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim()) ? dayPart(iso) : undefined;
  const date = plain ? new Date(Number(plain.slice(0, 4)), Number(plain.slice(5, 7)) - 1, Number(plain.slice(8, 10))) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'cy' && !hasWelsh()) return welshDate(date, options);
  return formatter(lang, options).format(date);
}

const WELSH_MONTHS = ['Ion', 'Chwef', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gorff', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];
let welsh: boolean | undefined;

/** Some browsers ship without Welsh locale data and would fall back to US English ("Mar 14, 2026"). */
function hasWelsh(): boolean {
  welsh ??= Intl.DateTimeFormat.supportedLocalesOf(['cy']).length > 0;
  return welsh;
}

/** "14 Maw 2026" (and ", 14:05" with a time), as cy-GB formats a medium date, for browsers without it. */
function welshDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  const day = `${date.getDate()} ${WELSH_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
  if (!options.timeStyle) return day;
  return `${day}, ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
