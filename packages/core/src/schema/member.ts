import * as z from 'zod/mini';
import { Id, Name } from './common.js';

/** A person who takes part in PLCs. `school` is a School id when known. */
export const Member = z.object({
  id: Id,
  name: Name,
  role: z.optional(z.string().check(z.maxLength(200))),
  school: z.optional(Id),
});
export type Member = z.infer<typeof Member>;
