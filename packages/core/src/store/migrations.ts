import { WORKSPACE_VERSION } from '../schema/workspace.js';

type Doc = Record<string, unknown>;

/**
 * Each step lifts a document from version N to N+1. Version 0 is the pre-release shape, which had
 * no `version` field and kept every response in one `responses` list told apart by `type`.
 */
const steps: Record<number, (doc: Doc) => Doc> = {
  0: (doc) => {
    const { responses, ...rest } = doc;
    // A "list" that is not a list is left in place for the schema to refuse, so the read keeps the
    // original aside instead of silently dropping it here.
    if ([responses, rest.checklistResponses, rest.ratingResponses].some((l) => l !== undefined && !Array.isArray(l))) return { ...doc, version: 1 };
    const list = Array.isArray(responses) ? (responses as Doc[]) : [];
    return {
      ...rest,
      version: 1,
      checklistResponses: [
        ...(Array.isArray(rest.checklistResponses) ? rest.checklistResponses : []),
        ...list.filter((r) => r?.type === 'checklist').map(({ type: _t, ...r }) => r),
      ],
      ratingResponses: [
        ...(Array.isArray(rest.ratingResponses) ? rest.ratingResponses : []),
        ...list.filter((r) => r?.type === 'rating').map(({ type: _t, ...r }) => r),
      ],
    };
  },
};

const PRE_RELEASE_KEYS = ['schools', 'members', 'plcs', 'responses', 'checklistResponses', 'ratingResponses', 'pins'];

export type MigrationResult = { ok: true; doc: Doc; from: number } | { ok: false; reason: 'newer' | 'not-an-object'; version?: number };

/** Brings any older workspace document up to the current version; refuses one from a newer kit. */
export function migrate(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, reason: 'not-an-object' };
  let doc = input as Doc;
  // No version is the pre-release shape; a version that is not a number is not ours to guess at.
  if (doc.version !== undefined && typeof doc.version !== 'number') return { ok: false, reason: 'not-an-object' };
  // Without a version, the pre-release shape still had at least one of its lists: `{"hello": 1}` is not one.
  if (doc.version === undefined && !PRE_RELEASE_KEYS.some((key) => key in doc)) return { ok: false, reason: 'not-an-object' };
  const from = typeof doc.version === 'number' ? doc.version : 0;
  if (from > WORKSPACE_VERSION) return { ok: false, reason: 'newer', version: from };
  for (let v = from; v < WORKSPACE_VERSION; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: 'not-an-object', version: v };
    doc = step(doc);
  }
  return { ok: true, doc, from };
}
