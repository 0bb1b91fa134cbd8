import * as z from 'zod/mini';

// Frameworks are strict: a misspelt field in a user's framework (`descripton`) is reported, not silently dropped.
import { Id, LocalText } from './common.js';

/** Where a framework's content comes from. Every built-in framework names its source. */
export const Source = z.strictObject({
  /** The reference alone (authors, year, title, publisher): it stays in the language it was published in. */
  citation: z.string().check(z.minLength(1), z.maxLength(2000)),
  /**
   * Our own words about the source (what else it cites, how it was adapted, what is inferred), kept out
   * of `citation` so a Welsh page can say them in Welsh; shown right after the citation.
   */
  note: z.optional(LocalText),
  url: z.optional(z.string().check(z.maxLength(2000))),
  /** The seed document in `shared/seeds/` this was taken from, when there is one. */
  seed: z.optional(z.string().check(z.maxLength(200))),
});
export type Source = z.infer<typeof Source>;

const base = {
  id: Id,
  title: LocalText,
  description: z.optional(LocalText),
  source: Source,
  /** A reflection aid rather than a validated measurement scale: the elements must say so. */
  heuristic: z._default(z.boolean(), false),
};

/** A checklist row: the PLC pole, and the opposite ("not a PLC") pole when the source gives one. */
export const ChecklistItem = z.strictObject({
  id: Id,
  plc: LocalText,
  not: z.optional(LocalText),
  /** What to strengthen when a group places itself away from the PLC pole. */
  strengthen: LocalText,
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** A band of the checklist's score (share on the PLC side, 0–1); the band whose `min` is highest but ≤ score applies. */
export const Band = z.strictObject({
  id: Id,
  min: z.number().check(z.gte(0), z.lte(1)),
  label: LocalText,
  summary: LocalText,
});
export type Band = z.infer<typeof Band>;

export const ChecklistFramework = z.strictObject({
  ...base,
  kind: z.literal('checklist'),
  items: z.array(ChecklistItem).check(z.minLength(1), z.maxLength(1000)),
  bands: z.array(Band).check(z.minLength(1), z.maxLength(10)),
});
export type ChecklistFramework = z.infer<typeof ChecklistFramework>;

export const ScalePoint = z.strictObject({ value: z.number(), label: LocalText });
export type ScalePoint = z.infer<typeof ScalePoint>;

/** A rating scale with labelled points, e.g. 1 strongly disagree … 4 strongly agree. */
export const Scale = z.strictObject({
  min: z.number(),
  max: z.number(),
  points: z.array(ScalePoint).check(z.minLength(2), z.maxLength(11)),
});
export type Scale = z.infer<typeof Scale>;

export const Axis = z.strictObject({
  id: Id,
  label: LocalText,
  description: LocalText,
  /** Id of a group in `groups`, for frameworks whose axes fall into themes. */
  group: z.optional(Id),
});
export type Axis = z.infer<typeof Axis>;

export const RatingFramework = z.strictObject({
  ...base,
  kind: z.literal('rating'),
  axes: z.array(Axis).check(z.minLength(3), z.maxLength(12)),
  groups: z.optional(z.array(z.strictObject({ id: Id, label: LocalText }))),
  scale: Scale,
  /** A threshold drawn as a ring, e.g. 3.0 read as agreement on a four-point scale. */
  reference: z.optional(z.strictObject({ value: z.number(), label: LocalText })),
});
export type RatingFramework = z.infer<typeof RatingFramework>;

/**
 * A machine-checkable condition for leaving a stage or completing a cycle. The cycle state machine
 * in core/cycles gives each `check` its meaning.
 */
export const CompletionCheck = z.enum([
  'members',
  'facilitator',
  'learner-need',
  'question',
  'notes',
  'evidence',
  'actions',
  'actions-done',
  'decision',
  'impact-recorded',
  'learning',
]);
export type CompletionCheck = z.infer<typeof CompletionCheck>;

export const Criterion = z.strictObject({ check: CompletionCheck, label: LocalText });
export type Criterion = z.infer<typeof Criterion>;

export const Stage = z.strictObject({
  id: Id,
  label: LocalText,
  description: z.optional(LocalText),
  prompts: z.array(LocalText).check(z.maxLength(20)),
  /** What must be true before moving on from this stage. */
  criteria: z._default(z.array(Criterion), []),
});
export type Stage = z.infer<typeof Stage>;

export const CycleFramework = z.strictObject({
  ...base,
  kind: z.literal('cycle'),
  stages: z.array(Stage).check(z.minLength(2), z.maxLength(20)),
  /** What must be true before the whole cycle can be completed (e.g. impact recorded). */
  completion: z._default(z.array(Criterion), []),
});
export type CycleFramework = z.infer<typeof CycleFramework>;

export const Framework = z.discriminatedUnion('kind', [ChecklistFramework, RatingFramework, CycleFramework]);
export type Framework = z.infer<typeof Framework>;
export type FrameworkKind = Framework['kind'];
