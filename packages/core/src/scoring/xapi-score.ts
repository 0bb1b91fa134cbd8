import * as z from 'zod/mini';

/**
 * A result score in the shape of an xAPI statement's `result.score` (xAPI 1.0.3 §4.1.5.1): `raw`
 * between `min` and `max`, and `scaled` from −1 to 1. PLC Kit's scores are never negative, so
 * `scaled` is `(raw − min) ÷ (max − min)`, from 0 to 1, rounded to four decimals.
 *
 * Shared by every element that reports a score (the checklist, the conditions radar) and by the
 * LMS bridge that turns it into a statement.
 */
export const XapiScore = /* @__PURE__ */ z.object({
  raw: z.number(),
  min: z.number(),
  max: z.number(),
  scaled: z.number().check(z.gte(-1), z.lte(1)),
});
export type XapiScore = z.infer<typeof XapiScore>;

/** Builds an xAPI-shaped score; `scaled` is 0 when `max` equals `min` (nothing to scale by). */
export function xapiScore(raw: number, min: number, max: number): XapiScore {
  const scaled = max > min ? Math.min(1, Math.max(-1, (raw - min) / (max - min))) : 0;
  return { raw, min, max, scaled: Math.round(scaled * 1e4) / 1e4 };
}
