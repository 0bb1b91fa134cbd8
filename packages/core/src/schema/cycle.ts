import * as z from 'zod/mini';
import { Id, IsoDate, Name, SafeUrl, Text } from './common.js';

export const EvidenceKind = z.enum(['data', 'observation', 'research', 'learner-work', 'other']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const Evidence = z.object({
  id: Id,
  title: Name,
  url: z.optional(SafeUrl),
  date: z.optional(IsoDate),
  kind: EvidenceKind,
});
export type Evidence = z.infer<typeof Evidence>;

export const Action = z.object({
  id: Id,
  what: Name,
  owner: z.optional(Id),
  due: z.optional(IsoDate),
  done: z.boolean(),
});
export type Action = z.infer<typeof Action>;

export const Decision = z.object({ id: Id, text: Name, date: z.optional(IsoDate) });
export type Decision = z.infer<typeof Decision>;

/** What a PLC recorded at one stage of its cycle. */
export const StageRecord = z.object({
  stage: Id,
  notes: z._default(Text, ''),
  evidence: z._default(z.array(Evidence), []),
  actions: z._default(z.array(Action), []),
  decisions: z._default(z.array(Decision), []),
});
export type StageRecord = z.infer<typeof StageRecord>;

/** A measure of impact on learners: where they started, where the PLC aims, where they are now. */
export const ImpactMeasure = z.object({
  id: Id,
  name: Name,
  unit: z.optional(z.string().check(z.maxLength(50))),
  baseline: z.optional(z.number()),
  target: z.optional(z.number()),
  latest: z.optional(z.number()),
  baselineDate: z.optional(IsoDate),
  latestDate: z.optional(IsoDate),
});
export type ImpactMeasure = z.infer<typeof ImpactMeasure>;

/** One line of a PLC's history: every move and change is written here. */
export const HistoryEntry = z.object({
  at: z.string(),
  what: z.string().check(z.maxLength(2000)),
  kind: z.optional(z.string().check(z.maxLength(50))),
  by: z.optional(z.string().check(z.maxLength(200))),
  from: z.optional(Id),
  to: z.optional(Id),
  reason: z.optional(Text),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** One run of an enquiry cycle, from forming the group to sharing the outcomes. */
export const Cycle = z.object({
  id: Id,
  model: Id,
  focus: z._default(Text, ''),
  learnerNeed: z._default(Text, ''),
  needEvidence: z._default(Text, ''),
  question: z._default(Text, ''),
  facilitator: z.optional(Id),
  start: z.optional(IsoDate),
  review: z.optional(IsoDate),
  currentStage: Id,
  status: z._default(z.enum(['active', 'completed', 'archived']), 'active'),
  stages: z._default(z.array(StageRecord), []),
  impact: z._default(z.array(ImpactMeasure), []),
  learning: z._default(Text, ''),
  completedAt: z.optional(z.string()),
});
export type Cycle = z.infer<typeof Cycle>;
