/**
 * Where a parsed workspace lost something the stored document held. The schemas strip keys they do
 * not know (a field from a newer kit, a `__proto__` key in a record), so a document can parse
 * "successfully" and still be written back smaller; the store keeps such a document aside first.
 * Keys the parse added (defaults) are not losses. Returns zod-style issues (`unrecognized_keys` once
 * per object that lost keys), paths from the document's root.
 */
export function lostFields(doc: unknown, parsed: unknown): LostField[] {
  // Almost every read loses nothing, and this runs on every page load over some 100,000 values: a
  // walk that only answers yes or no (no paths, no key lists) is about four times cheaper, and the
  // walk that says where runs only when it has something to find.
  if (keepsAll(doc, parsed)) return [];
  const found: LostField[] = [];
  // One path stack for the whole walk: a workspace of 2,000 schools has some 100,000 values.
  const path: PropertyKey[] = [];
  const walk = (d: unknown, p: unknown): void => {
    if (Array.isArray(d)) {
      if (!Array.isArray(p) || p.length !== d.length) found.push({ code: 'invalid_type', expected: 'array', path: [...path] });
      else
        for (let i = 0; i < d.length; i++) {
          path.push(i);
          walk(d[i], p[i]);
          path.pop();
        }
      return;
    }
    if (d !== null && typeof d === 'object') {
      if (p === null || typeof p !== 'object' || Array.isArray(p)) {
        found.push({ code: 'invalid_type', expected: 'object', path: [...path] });
        return;
      }
      const keys: string[] = [];
      for (const key of Object.keys(d)) {
        if (!hasOwn.call(p, key)) keys.push(key);
        else {
          path.push(key);
          walk((d as Record<string, unknown>)[key], (p as Record<string, unknown>)[key]);
          path.pop();
        }
      }
      if (keys.length) found.push({ code: 'unrecognized_keys', keys, path: [...path] });
      return;
    }
    if (d !== p) found.push({ code: 'invalid_value', values: [d], path: [...path] });
  };
  walk(doc, parsed);
  return found;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Whether `parsed` holds everything `doc` does: `lostFields` would find nothing. The same rules as
 * its walk (own enumerable keys of `doc`, arrays of equal length, primitives identical), without
 * allocating, and it stops at the first difference.
 */
function keepsAll(d: unknown, p: unknown): boolean {
  // The same value (a primitive, or a subtree the parse passed through) loses nothing. NaN is not
  // identical to itself, as in the walk, so it counts as changed in both.
  if (d === p) return true;
  if (d === null || typeof d !== 'object' || p === null || typeof p !== 'object') return false;
  if (Array.isArray(d)) {
    if (!Array.isArray(p) || p.length !== d.length) return false;
    for (let i = 0; i < d.length; i++) if (!keepsAll(d[i], p[i])) return false;
    return true;
  }
  if (Array.isArray(p)) return false;
  // for…in allocates no key list; it also visits inherited enumerable keys, which Object.keys (and
  // so the walk) does not, hence the own-key test on `d`.
  for (const key in d) {
    if (!hasOwn.call(d, key)) continue;
    if (!hasOwn.call(p, key) || !keepsAll((d as Record<string, unknown>)[key], (p as Record<string, unknown>)[key])) return false;
  }
  return true;
}

export interface LostField {
  code: 'unrecognized_keys' | 'invalid_type' | 'invalid_value';
  path: PropertyKey[];
  keys?: string[];
  expected?: string;
  values?: unknown[];
  [key: string]: unknown;
}
