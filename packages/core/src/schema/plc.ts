import * as z from 'zod/mini';
import { Id, Name, Text } from './common.js';
import { Cycle, HistoryEntry } from './cycle.js';

export const PlcKind = z.enum(['plc', 'network', 'data-team', 'community-of-practice']);
export type PlcKind = z.infer<typeof PlcKind>;

/**
 * A professional learning community. Members and schools are ids into the workspace. `cycle` is the
 * one under way; `pastCycles` keeps what earlier cycles learned (a PLC disbands and re-forms).
 */
export const Plc = z.object({
  id: Id,
  name: Name,
  kind: z._default(PlcKind, 'plc'),
  focusArea: z.optional(z.string().check(z.maxLength(200))),
  members: z._default(z.array(Id), []),
  schools: z._default(z.array(Id), []),
  status: z._default(z.enum(['forming', 'active', 'completed', 'disbanded']), 'forming'),
  cycle: z.optional(Cycle),
  pastCycles: z._default(z.array(Cycle), []),
  history: z._default(z.array(HistoryEntry), []),
  notes: z._default(Text, ''),
  updatedAt: z.optional(z.string()),
});
export type Plc = z.infer<typeof Plc>;
