import type { LocalText } from '../schema/common.js';
import type { RatingFramework } from '../schema/framework.js';
import type { RatingResponse } from '../schema/assessment.js';
import { xapiScore, type XapiScore } from './xapi-score.js';
import { toCsv } from '../io/csv-write.js';

/**
 * Rating aggregation for the conditions radar, after the PLCA-R's reporting conventions (domain.md
 * §3): per axis, the number of answers (n), the mean and the standard deviation, plus the lowest and
 * highest answer; per subgroup, per PLC or per time point (wave).
 *
 * - The SD is the **sample** standard deviation (divisor n − 1), as survey reports give it; it is
 *   `null` when an axis has fewer than two answers.
 * - A missing answer (`null`, or the axis left out) counts in `missing`, never as a value.
 * - A response is left out whole, with its reasons, when it is not a rating response, rates another
 *   framework, names an axis the framework does not have, or gives a value that is not a number in
 *   the scale's range (`scale.min` ≤ value ≤ `scale.max`; values between labelled points are
 *   allowed, for scales whose points are not all labelled).
 *
 * The work is one pass over the responses with the running sums in typed arrays (Welford's method,
 * which stays exact where sum-of-squares loses digits), so 100,000 responses take a few
 * milliseconds and create no object per response.
 */

export const COMPARE_BY = ['none', 'wave', 'plc', 'subgroup'] as const;
/** How responses are split into series: not at all, by time point, by PLC, or by subgroup. */
export type CompareBy = (typeof COMPARE_BY)[number];

export const SPREADS = ['sd', 'range', 'none'] as const;
/** The band drawn around a mean: ±1 SD, the lowest–highest answer, or none. */
export type Spread = (typeof SPREADS)[number];

export interface AxisStats {
  axis: string;
  /** Answers given on this axis. */
  n: number;
  /** Responses in the group that left this axis unanswered. */
  missing: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); `null` below two answers. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export interface RatingGroup {
  /** The wave, PLC id or subgroup shared by the group; `''` for responses that give none (and for `none`). */
  key: string;
  /** Responses in the group. */
  responses: number;
  /** The earliest `at` in the group, which orders time points. */
  firstAt: string;
  /** One entry per framework axis, in the framework's order. */
  axes: AxisStats[];
}

export interface RejectedResponse {
  /** Position in the list that was checked. */
  index: number;
  /** The response's id, or `#<index + 1>` when it has none. */
  id: string;
  reasons: LocalText[];
}

export interface RatingSummary {
  framework: string;
  by: CompareBy;
  /** Time points in order of their earliest response; PLCs and subgroups by size, then key. */
  groups: RatingGroup[];
  /** Responses counted. */
  accepted: number;
  rejected: RejectedResponse[];
}

export interface AggregateOptions {
  by?: CompareBy;
  /** Counts only this PLC's responses (others are passed over, not rejected). */
  plc?: string;
  /**
   * What to do with a response for another framework: `reject` lists it (the default, for data
   * handed in on purpose); `skip` passes over it (for a workspace, which holds every framework's).
   */
  otherFrameworks?: 'reject' | 'skip';
}

type Loose = Record<string, unknown>;

const clip = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

const NOT_A_RESPONSE: LocalText = {
  en: 'This is not a rating response: it needs an id, a framework and a set of ratings.',
  cy: 'Nid ymateb sgorio yw hwn: mae angen id, fframwaith a set o sgorau arno.',
};

const isOptionalText = (value: unknown) => value === undefined || typeof value === 'string';

/** The fast check: true when a response can be counted as it is. Allocates nothing. */
function fits(r: unknown, framework: RatingFramework, axes: Map<string, number>): boolean {
  const response = r as Loose | null;
  if (typeof response !== 'object' || response === null) return false;
  const ratings = response.ratings as Loose | null;
  if (
    typeof response.id !== 'string' ||
    response.framework !== framework.id ||
    typeof ratings !== 'object' ||
    ratings === null ||
    Array.isArray(ratings) ||
    !isOptionalText(response.plc) ||
    !isOptionalText(response.wave) ||
    !isOptionalText(response.subgroup)
  )
    return false;
  const { min, max } = framework.scale;
  for (const key in ratings) {
    if (!axes.has(key)) return false;
    const v = ratings[key];
    if (v !== null && v !== undefined && !(typeof v === 'number' && v >= min && v <= max)) return false;
  }
  return true;
}

/** Everything wrong with a response that did not fit, in words. */
function problemsOf(r: unknown, framework: RatingFramework, axes: Map<string, number>): LocalText[] {
  const response = r as Loose | null;
  const ratings = response?.ratings as Loose | null | undefined;
  if (
    typeof response !== 'object' ||
    response === null ||
    typeof response.id !== 'string' ||
    typeof response.framework !== 'string' ||
    typeof ratings !== 'object' ||
    ratings === null ||
    Array.isArray(ratings) ||
    !isOptionalText(response.plc) ||
    !isOptionalText(response.wave) ||
    !isOptionalText(response.subgroup)
  )
    return [NOT_A_RESPONSE];
  const { min, max } = framework.scale;
  const reasons: LocalText[] = [];
  if (response.framework !== framework.id)
    reasons.push({
      en: `It rates the “${clip(response.framework)}” framework, not “${framework.id}”.`,
      cy: `Mae’n sgorio’r fframwaith “${clip(response.framework)}”, nid “${framework.id}”.`,
    });
  for (const key in ratings) {
    const value = ratings[key];
    const index = axes.get(key);
    if (index === undefined) {
      reasons.push({ en: `“${clip(key)}” is not one of this framework’s aspects.`, cy: `Nid yw “${clip(key)}” yn un o agweddau’r fframwaith hwn.` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const label = framework.axes[index]!.label;
    if (typeof value !== 'number' || Number.isNaN(value))
      reasons.push({ en: `${label.en}: “${clip(value)}” is not a number.`, cy: `${label.cy || label.en}: nid yw “${clip(value)}” yn rhif.` });
    else if (value < min || value > max)
      reasons.push({
        en: `${label.en}: ${value} is outside the scale ${min}–${max}.`,
        cy: `${label.cy || label.en}: mae ${value} y tu allan i’r raddfa ${min}–${max}.`,
      });
  }
  return reasons;
}

function axisIndex(framework: RatingFramework): Map<string, number> {
  return new Map(framework.axes.map((axis, i) => [axis.id, i]));
}

function rejection(r: unknown, index: number, reasons: LocalText[]): RejectedResponse {
  const id = (r as Loose | null)?.id;
  return { index, id: typeof id === 'string' ? id : `#${index + 1}`, reasons };
}

/**
 * Sorts responses into those that can be charted and those that cannot, with every reason for
 * each. Accepts anything (data from a property, a file or another tool): only what passes is typed.
 */
export function checkResponses(
  responses: readonly unknown[],
  framework: RatingFramework,
): { valid: RatingResponse[]; rejected: RejectedResponse[] } {
  const axes = axisIndex(framework);
  const valid: RatingResponse[] = [];
  const rejected: RejectedResponse[] = [];
  responses.forEach((r, index) => {
    if (fits(r, framework, axes)) valid.push(r as RatingResponse);
    else rejected.push(rejection(r, index, problemsOf(r, framework, axes)));
  });
  return { valid, rejected };
}

/**
 * Aggregates rating responses per axis, split into groups (see the module comment). Bad responses
 * are left out and listed in `rejected`; the good ones are still counted.
 */
export function aggregateRatings(responses: readonly unknown[], framework: RatingFramework, options: AggregateOptions = {}): RatingSummary {
  const by = options.by ?? 'none';
  const skipOthers = options.otherFrameworks === 'skip';
  const axes = axisIndex(framework);
  const ids = framework.axes.map((a) => a.id);
  const A = ids.length;
  const groupOf = new Map<string, number>();
  const keys: string[] = [];
  const firstAt: string[] = [];
  let capacity = 8;
  let count = new Uint32Array(capacity);
  let n = new Uint32Array(capacity * A);
  let missing = new Uint32Array(capacity * A);
  let mean = new Float64Array(capacity * A);
  let m2 = new Float64Array(capacity * A);
  let lo = new Float64Array(capacity * A);
  let hi = new Float64Array(capacity * A);
  const rejected: RejectedResponse[] = [];
  let accepted = 0;

  for (let i = 0; i < responses.length; i++) {
    const r = responses[i] as Loose;
    if (skipOthers && r?.framework !== framework.id) continue;
    if (!fits(r, framework, axes)) {
      rejected.push(rejection(r, i, problemsOf(r, framework, axes)));
      continue;
    }
    if (options.plc !== undefined && r.plc !== options.plc) continue;
    const key = by === 'none' ? '' : ((r[by] as string | undefined) ?? '');
    let g = groupOf.get(key);
    if (g === undefined) {
      g = keys.length;
      if (g === capacity) {
        capacity *= 2;
        const grow = <T extends Uint32Array | Float64Array>(a: T): T => {
          const b = new (a.constructor as new (size: number) => T)(capacity * (a === count ? 1 : A));
          b.set(a);
          return b;
        };
        count = grow(count);
        n = grow(n);
        missing = grow(missing);
        mean = grow(mean);
        m2 = grow(m2);
        lo = grow(lo);
        hi = grow(hi);
      }
      groupOf.set(key, g);
      keys.push(key);
      firstAt.push(typeof r.at === 'string' ? r.at : '');
    } else if (typeof r.at === 'string' && r.at < firstAt[g]!) firstAt[g] = r.at;
    accepted++;
    count[g]!++;
    const ratings = r.ratings as Record<string, number | null | undefined>;
    const base = g * A;
    for (let a = 0; a < A; a++) {
      const v = ratings[ids[a]!];
      const at = base + a;
      if (v === null || v === undefined) {
        missing[at]!++;
        continue;
      }
      const k = ++n[at]!;
      const delta = v - mean[at]!;
      mean[at]! += delta / k;
      m2[at]! += delta * (v - mean[at]!);
      if (k === 1 || v < lo[at]!) lo[at] = v;
      if (k === 1 || v > hi[at]!) hi[at] = v;
    }
  }

  const groups: RatingGroup[] = keys.map((key, g) => ({
    key,
    responses: count[g]!,
    firstAt: firstAt[g]!,
    axes: ids.map((axis, a) => {
      const at = g * A + a;
      const k = n[at]!;
      return {
        axis,
        n: k,
        missing: missing[at]!,
        mean: k ? mean[at]! : null,
        sd: k > 1 ? Math.sqrt(m2[at]! / (k - 1)) : null,
        min: k ? lo[at]! : null,
        max: k ? hi[at]! : null,
      };
    }),
  }));
  groups.sort(
    by === 'wave'
      ? (a, b) => (a.firstAt < b.firstAt ? -1 : a.firstAt > b.firstAt ? 1 : a.key < b.key ? -1 : 1)
      : (a, b) => b.responses - a.responses || (a.key < b.key ? -1 : 1),
  );
  return { framework: framework.id, by, groups, accepted, rejected };
}

/**
 * The band drawn around an axis mean, as [lower, upper] kept inside the scale: mean ± 1 SD (just the
 * mean when there is no SD), or the lowest–highest answer. `null` when nothing is drawn.
 */
export function spreadBand(stats: AxisStats, spread: Spread, scale: RatingFramework['scale']): [number, number] | null {
  if (stats.mean === null || spread === 'none') return null;
  if (spread === 'range') return [stats.min!, stats.max!];
  const sd = stats.sd ?? 0;
  return [Math.max(scale.min, stats.mean - sd), Math.min(scale.max, stats.mean + sd)];
}

/**
 * An xAPI-shaped score for one rating: `raw` is the sum of the answered axes, `min` and `max` are
 * the number of answered axes times the scale's ends (every axis, for a complete rating).
 */
export function ratingScore(ratings: Record<string, number | null | undefined>, framework: RatingFramework): XapiScore {
  let raw = 0;
  let answered = 0;
  for (const axis of framework.axes) {
    const v = ratings[axis.id];
    if (typeof v === 'number') {
      raw += v;
      answered++;
    }
  }
  return xapiScore(raw, answered * framework.scale.min, answered * framework.scale.max);
}

/** `plc-change` detail of `<plc-conditions-radar>`: one aspect was just rated. */
export interface RadarChangeDetail {
  framework: string;
  plc?: string;
  axis: string;
  value: number;
  /** Every axis, `null` where not rated yet. */
  ratings: Record<string, number | null>;
  answered: number;
  total: number;
}

/** `plc-complete` detail of `<plc-conditions-radar>`: the saved response and its xAPI-shaped score. */
export interface RadarCompleteDetail {
  framework: string;
  plc?: string;
  response: RatingResponse;
  score: XapiScore;
}

/** A new rating response with a fresh id, ready to add to a workspace. */
export function newRatingResponse(
  framework: RatingFramework,
  ratings: Record<string, number | null>,
  about: Partial<Pick<RatingResponse, 'plc' | 'respondent' | 'subgroup' | 'wave'>> = {},
  at = new Date().toISOString(),
): RatingResponse {
  const response: RatingResponse = {
    id: `rating-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    framework: framework.id,
    ratings: Object.fromEntries(framework.axes.map((a) => [a.id, ratings[a.id] ?? null])),
    at,
  };
  for (const key of ['plc', 'respondent', 'subgroup', 'wave'] as const) {
    const value = about[key]?.trim().slice(0, 200);
    if (value) response[key] = value;
  }
  return response;
}

/** The results table as CSV: the same writer, and the same guard against formulas, as every export. */
export function ratingsCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return toCsv(rows);
}
