import * as z from 'zod/mini';
import { School } from './school.js';
import { Member } from './member.js';
import { Plc } from './plc.js';
import { ChecklistResponse, RatingResponse } from './assessment.js';
import { Pin } from './network.js';

export const WORKSPACE_VERSION = 1;

/** Everything a page's elements share: schools, people, PLCs, responses, and map pins. */
export const Workspace = z.object({
  version: z.literal(WORKSPACE_VERSION),
  schools: z._default(z.array(School), []),
  members: z._default(z.array(Member), []),
  plcs: z._default(z.array(Plc), []),
  checklistResponses: z._default(z.array(ChecklistResponse), []),
  ratingResponses: z._default(z.array(RatingResponse), []),
  pins: z._default(z.record(z.string(), z.record(z.string(), Pin)), {}),
  updatedAt: z.optional(z.string()),
});
export type Workspace = z.infer<typeof Workspace>;
export type WorkspaceInput = z.input<typeof Workspace>;

export function emptyWorkspace(): Workspace {
  return {
    version: WORKSPACE_VERSION,
    schools: [],
    members: [],
    plcs: [],
    checklistResponses: [],
    ratingResponses: [],
    pins: {},
  };
}
