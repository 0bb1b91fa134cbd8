import type { LocalText } from '../schema/common.js';
import type { Plc } from '../schema/plc.js';
import type { Workspace } from '../schema/workspace.js';
import { localText, translator } from '../i18n/catalog.js';
import { enquiryCycleMessages } from '../i18n/messages/enquiry-cycle.js';

export type CycleMessageKey = keyof typeof enquiryCycleMessages.en & string;

const en = translator(enquiryCycleMessages, 'en');
const cy = translator(enquiryCycleMessages, 'cy');

/** A placeholder value: plain, or worded in both languages (a stage label, a formatted date). */
export type TextParam = string | number | LocalText;
export type TextParams = Record<string, TextParam>;

function pick(params: TextParams | undefined, lang: 'en' | 'cy'): Record<string, string | number> | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === 'object' ? localText(value, lang) : value;
  return out;
}

/** A message from the enquiry-cycle catalog in both languages, so a refusal can be shown in either. */
export function say(key: CycleMessageKey, params?: TextParams): LocalText {
  return { en: en(key, pick(params, 'en')), cy: cy(key, pick(params, 'cy')) };
}

/** Joins two-language texts into one two-language list, e.g. the criteria still unmet. */
export function joinText(items: LocalText[], separator = '; '): LocalText {
  return { en: items.map((t) => localText(t, 'en')).join(separator), cy: items.map((t) => localText(t, 'cy')).join(separator) };
}

/** Why a change was not made, and (for forms) which field it concerns. */
export interface Refusal {
  ok: false;
  reason: LocalText;
  /** The input the reason is about, e.g. `due`, `title`, `name`: forms show the reason beside it. */
  field?: string;
}

export type PlcResult = { ok: true; plc: Plc } | Refusal;
export type WorkspaceResult = { ok: true; workspace: Workspace; plc: Plc } | Refusal;

export function refuse(key: CycleMessageKey, params?: TextParams, field?: string): Refusal {
  return field === undefined ? { ok: false, reason: say(key, params) } : { ok: false, reason: say(key, params), field };
}
