import * as z from 'zod/mini';
import { Id, Name } from './common.js';

export const Phase = z.enum(['nursery', 'primary', 'secondary', 'all-age', 'special', 'further', 'other']);
export type Phase = z.infer<typeof Phase>;

/** A school. `cluster` is the group it belongs to: a cluster, consortium or local authority. */
export const School = z.object({
  id: Id,
  name: Name,
  cluster: z.optional(z.string().check(z.maxLength(200))),
  localAuthority: z.optional(z.string().check(z.maxLength(200))),
  phase: z.optional(Phase),
  lat: z.optional(z.number().check(z.gte(-90), z.lte(90))),
  lon: z.optional(z.number().check(z.gte(-180), z.lte(180))),
});
export type School = z.infer<typeof School>;
