import { XapiScore } from '@plc-kit/core';
import { elementInfo } from '../elements.js';
import type { Actor, LrsConfig } from './config.js';

/** An xAPI 1.0.3 statement as PLC Kit sends it (the parts it uses). */
export interface Statement {
  id: string;
  actor: Actor;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name?: Record<string, string> };
  };
  result: {
    score?: XapiScore;
    completion: true;
    duration: string;
    response?: string;
  };
  context: {
    platform: string;
    language: string;
    registration?: string;
    contextActivities?: { grouping?: { objectType: 'Activity'; id: string }[] };
    extensions: Record<string, string>;
  };
  timestamp: string;
  version: '1.0.0';
}

const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-GB': 'answered', 'cy-GB': 'atebodd' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-GB': 'completed', 'cy-GB': 'cwblhaodd' } },
} as const;

export interface Completion {
  /** The element's tag, e.g. `plc-checklist`. */
  tag: string;
  /** The `plc-complete` detail as the element sent it. */
  detail: unknown;
  /** The element's `framework` attribute, used when the detail names none. */
  frameworkAttribute?: string | null;
  /** The framework's title in both languages, when the element exposes it. */
  title?: { en: string; cy?: string };
  lang: 'en' | 'cy';
  /** When the learner started: from the detail, else the element's first change, else page load. */
  startedAt: number;
  now: number;
}

/** Builds the statement for one completion. Pure: ids and times come in through `completion`/`id`. */
export function buildStatement(config: LrsConfig, completion: Completion, id: string): Statement {
  const info = elementInfo(completion.tag);
  const detail = (completion.detail && typeof completion.detail === 'object' ? completion.detail : {}) as Record<string, unknown>;
  const framework = frameworkId(detail) ?? completion.frameworkAttribute ?? completion.tag;
  const plc = typeof detail.plc === 'string' ? detail.plc : undefined;
  const score = findScore(detail);
  const verb = VERBS[config.verb ?? info.verb];
  const base = config.activityBase;
  const name = completion.title ? { 'en-GB': completion.title.en, ...(completion.title.cy ? { 'cy-GB': completion.title.cy } : {}) } : undefined;
  const started = startedAt(detail) ?? completion.startedAt;
  const extensions: Record<string, string> = { [activityId(base, 'extension', 'element')]: completion.tag };
  if (plc) extensions[activityId(base, 'extension', 'plc')] = plc;
  return {
    id,
    actor: config.actor,
    verb: { id: verb.id, display: { ...verb.display } },
    object: {
      objectType: 'Activity',
      id: activityId(base, 'framework', framework),
      definition: { type: info.activityType, ...(name ? { name } : {}) },
    },
    result: {
      ...(score ? { score } : {}),
      completion: true,
      duration: isoDuration(Math.max(0, completion.now - started)),
    },
    context: {
      platform: 'PLC Kit',
      language: completion.lang === 'cy' ? 'cy-GB' : 'en-GB',
      ...(config.registration ? { registration: config.registration } : {}),
      ...(plc ? { contextActivities: { grouping: [{ objectType: 'Activity' as const, id: activityId(base, 'plc', plc) }] } } : {}),
      extensions,
    },
    timestamp: new Date(completion.now).toISOString(),
    version: '1.0.0',
  };
}

/** `urn:plc-kit:` + `framework:plc-or-not`, or `https://site/plc/` + `framework/plc-or-not`. */
export function activityId(base: string, kind: string, id: string): string {
  const safe = encodeURIComponent(id);
  return base.startsWith('urn:') ? `${base}${base.endsWith(':') ? '' : ':'}${kind}:${safe}` : `${base}${base.endsWith('/') ? '' : '/'}${kind}/${safe}`;
}

/** The score wherever the element put it: `detail.score`, or `detail.result.score`. Checked, never trusted. */
export function findScore(detail: Record<string, unknown>): XapiScore | undefined {
  const result = detail.result && typeof detail.result === 'object' ? (detail.result as Record<string, unknown>) : {};
  for (const candidate of [detail.score, result.score]) {
    const parsed = XapiScore.safeParse(candidate);
    if (parsed.success && parsed.data.min <= parsed.data.raw && parsed.data.raw <= parsed.data.max) {
      const { raw, min, max, scaled } = parsed.data;
      return { scaled, raw, min, max };
    }
  }
  return undefined;
}

function frameworkId(detail: Record<string, unknown>): string | undefined {
  const f = detail.framework;
  if (typeof f === 'string' && f) return f;
  if (f && typeof f === 'object' && typeof (f as { id?: unknown }).id === 'string') return (f as { id: string }).id;
  const result = detail.result as { framework?: unknown } | undefined;
  return typeof result?.framework === 'string' ? result.framework : undefined;
}

function startedAt(detail: Record<string, unknown>): number | undefined {
  const response = detail.response as { startedAt?: unknown } | undefined;
  for (const value of [detail.startedAt, response?.startedAt]) {
    if (typeof value === 'string') {
      const t = Date.parse(value);
      if (Number.isFinite(t)) return t;
    }
  }
  return undefined;
}

/** ISO 8601 duration to the hundredth of a second, as xAPI asks (`PT1H2M3.45S`). */
export function isoDuration(ms: number): string {
  const total = Math.round(ms / 10) / 100;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total - h * 3600) / 60);
  const s = Math.round((total - h * 3600 - m * 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
