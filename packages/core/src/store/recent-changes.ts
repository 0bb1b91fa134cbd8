import type { Workspace } from '../schema/workspace.js';

// Two tabs that save within the moment a `storage` event takes to reach the other each write over
// the other's save: one tab's change is lost, and each tab then shows the other's workspace. So a
// store keeps the workspace as it was before its last few seconds of changes (`before`). When
// another tab's save arrives still holding an entry as it was before this tab changed it, that save
// was made without seeing the change, and the change is carried into it. An entry both tabs changed
// goes to the same side in both, so they agree: one that still exists over a removal, else the later
// `updatedAt`, else the greater text. Entries are an id in a list, or a map's pins.
//
// Nothing is compared when changes are made, only when another tab's save arrives within those
// seconds: a change costs the store nothing, an import of 20,000 schools included.

const LISTS = ['schools', 'members', 'plcs', 'checklistResponses', 'ratingResponses'] as const;
type List = (typeof LISTS)[number];
type Part = List | 'pins';

/**
 * Another tab's saved workspace (`theirs`) with this tab's changes since `before` carried into it
 * where it still holds the entry as `before` did. `carried` says whether anything was, so this tab
 * saves the result; `before` is then the new point to compare from: their save, with the carried
 * entries as they were, so a later save of theirs that still lacks them gets them too.
 */
export function carryRecent(before: Workspace, ours: Workspace, theirs: Workspace): { workspace: Workspace; carried: boolean; before: Workspace } {
  const workspace: Workspace = { ...theirs };
  const base: Workspace = { ...theirs };
  let carried = false;
  for (const part of [...LISTS, 'pins'] as const) {
    if (before[part] === ours[part]) continue; // updates keep what they did not change
    const changed = part === 'pins' ? changes(Object.entries(before.pins), Object.entries(ours.pins), pinId, pinOf) : changes(before[part], ours[part], idOf, itself);
    const their = part === 'pins' ? new Map(Object.entries(theirs.pins)) : find(theirs[part], changed);
    const take = new Map<string, unknown>();
    const from = new Map<string, unknown>();
    for (const [id, [b, m]] of changed) {
      const t = their.get(id);
      if (same(t, m)) continue; // their save has it already
      if (same(t, b) || wins(m, t)) {
        take.set(id, m);
        from.set(id, b);
      }
    }
    if (!take.size) continue;
    carried = true;
    if (part === 'pins') {
      workspace.pins = withEntries(theirs.pins, take) as Workspace['pins'];
      base.pins = withEntries(theirs.pins, from) as Workspace['pins'];
    } else {
      const list: readonly { id: string }[] = theirs[part];
      (workspace as Record<List, unknown>)[part] = withItems(list, ours[part], take);
      (base as Record<List, unknown>)[part] = withItems(list, before[part], from);
    }
  }
  return carried ? { workspace, carried, before: base } : { workspace: theirs, carried, before: theirs };
}

const idOf = (item: { id: string }) => item.id;
const itself = (item: unknown) => item;
const pinId = ([id]: [string, unknown]) => id;
const pinOf = ([, pins]: [string, unknown]) => pins;

/**
 * The entries that differ, by id: [before, now], `undefined` for one added or removed. Most changes
 * keep every other entry where it was, so positions are compared first, and ids only when an entry
 * was added, removed or moved.
 */
function changes<T>(was: readonly T[], now: readonly T[], id: (t: T) => string, value: (t: T) => unknown): Map<string, [unknown, unknown]> {
  const out = new Map<string, [unknown, unknown]>();
  if (was.length === now.length) {
    let i = 0;
    for (; i < was.length; i++) {
      const [w, n] = [was[i]!, now[i]!];
      if (value(w) === value(n)) continue;
      if (id(w) !== id(n)) break;
      out.set(id(n), [value(w), value(n)]);
    }
    if (i === was.length) return out;
    out.clear();
  }
  const old = new Map(was.map((w) => [id(w), value(w)]));
  for (const n of now) {
    if (old.get(id(n)) !== value(n)) out.set(id(n), [old.get(id(n)), value(n)]);
    old.delete(id(n));
  }
  for (const [key, entry] of old) out.set(key, [entry, undefined]);
  return out;
}

/** The items of `list` with the given ids, in one pass. */
function find(list: readonly { id: string }[], ids: Map<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const item of list) if (ids.has(item.id)) out.set(item.id, item);
  return out;
}

function withEntries(record: Record<string, unknown>, take: Map<string, unknown>): Record<string, unknown> {
  const out = { ...record };
  for (const [id, value] of take) {
    if (value === undefined) delete out[id];
    else out[id] = value;
  }
  return out;
}

/** `theirs` with the taken items replaced or removed, and those it lacks appended in `order`'s order. */
function withItems<E extends { id: string }>(theirs: readonly E[], order: readonly E[], take: Map<string, unknown>): E[] {
  const out: E[] = [];
  const found = new Set<string>();
  for (const item of theirs) {
    if (!take.has(item.id)) out.push(item);
    else {
      found.add(item.id);
      if (take.get(item.id) !== undefined) out.push(take.get(item.id) as E);
    }
  }
  if (found.size < take.size) for (const item of order) if (take.get(item.id) !== undefined && !found.has(item.id)) out.push(take.get(item.id) as E);
  return out;
}

/** Whether this tab's `mine` wins over the other's `their` when both changed an entry; the other tab decides the same. */
function wins(mine: unknown, their: unknown): boolean {
  if (mine === undefined || their === undefined) return their === undefined; // nothing is lost to a removal
  const stamp = (v: unknown) => (typeof (v as { updatedAt?: unknown }).updatedAt === 'string' ? (v as { updatedAt: string }).updatedAt : '');
  if (stamp(mine) !== stamp(their)) return stamp(mine) > stamp(their);
  return canonical(mine) > canonical(their);
}

/** JSON with keys in order and `undefined` left out (as once saved), so both tabs compare the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
    .join(',')}}`;
}

/**
 * Same data, whatever the key order: a workspace read from storage has its schema's key order and
 * the defaults it filled in, one built in this page has its code's order.
 */
function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));
}
