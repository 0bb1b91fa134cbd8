import * as z from 'zod/mini';
import { Id, Text } from './common.js';

/** An answer on a checklist's four-point scale: 1 = fully the "not a PLC" pole, 4 = fully the PLC pole. */
export const ChecklistAnswer = z.number().check(z.int(), z.gte(1), z.lte(4));

/** One respondent's (or one team's) answers to a checklist framework. */
export const ChecklistResponse = z.object({
  id: Id,
  framework: Id,
  plc: z.optional(Id),
  respondent: z.optional(z.string().check(z.maxLength(200))),
  answers: z.record(Id, ChecklistAnswer),
  startedAt: z.optional(z.string()),
  updatedAt: z.string(),
  completedAt: z.optional(z.string()),
});
export type ChecklistResponse = z.infer<typeof ChecklistResponse>;

/**
 * One rating of a rating framework's axes. Values are checked against the framework's scale in
 * core's aggregation, not here, so a response stays readable even if its framework changes.
 */
export const RatingResponse = z.object({
  id: Id,
  framework: Id,
  plc: z.optional(Id),
  respondent: z.optional(z.string().check(z.maxLength(200))),
  subgroup: z.optional(z.string().check(z.maxLength(200))),
  wave: z.optional(z.string().check(z.maxLength(200))),
  ratings: z.record(z.string(), z.nullable(z.number())),
  comment: z.optional(Text),
  at: z.string(),
});
export type RatingResponse = z.infer<typeof RatingResponse>;
