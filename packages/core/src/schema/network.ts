import * as z from 'zod/mini';
import { Id } from './common.js';

/** Where a tie between two schools sits: inside one school, between schools of one cluster, or across clusters. */
export const TieKind = z.enum(['within', 'between', 'across']);
export type TieKind = z.infer<typeof TieKind>;

/** A tie derived from PLC membership: two schools (or one, for a within-school PLC) sharing PLCs. */
export const Tie = z.object({
  source: Id,
  target: Id,
  kind: TieKind,
  plcs: z.array(Id),
  /** Number of PLCs the two schools share. */
  weight: z.number().check(z.gte(0)),
  /** Number of people from the two schools in those PLCs. */
  members: z.number().check(z.gte(0)),
});
export type Tie = z.infer<typeof Tie>;

/** A node the user pinned on the map, kept so the map looks the same next visit. */
export const Pin = z.object({ x: z.number(), y: z.number() });
export type Pin = z.infer<typeof Pin>;
