import type { Workspace } from '../schema/workspace.js';

// Two tabs that save within the moment a `storage` event takes to reach the other each write over
// the other's save: one tab's change is lost, and each tab then shows the other's workspace. So a
// store remembers, for a few seconds, which entries it changed and what they were before. When
// another tab's save arrives still holding an entry as it was before this tab changed it, that save
// was made without seeing the change, and the change is carried into it. An entry both tabs changed
// goes to the same side in both, so they agree: one that still exists over a removal, else the later
// `updatedAt`, else the greater text. Entries are an id in a list, or a map's pins.

const LISTS = ['schools', 'members', 'plcs', 'checklistResponses', 'ratingResponses'] as const;
type List = (typeof LISTS)[number];
type Part = List | 'pins';

/** What this tab changed lately: per entry (`list`, id), its value before the first change, and when. */
export type RecentChanges = Map<string, { part: Part; id: string; before: unknown; at: number }>;

const keyOf = (part: Part, id: string) => `${part}\u0000${id}`;

/** Notes the entries `next` changed from `prev`, keeping each one's value from before the first change. */
export function noteChanges(recent: RecentChanges, prev: Workspace, next: Workspace, at: number): void {
  const note = (part: Part, id: string, before: unknown) => {
    const key = keyOf(part, id);
    const known = recent.get(key);
    recent.set(key, { part, id, before: known ? known.before : before, at });
  };
  for (const list of LISTS) {
    // Updates keep what they did not change, so an untouched list is the same array.
    if (prev[list] === next[list]) continue;
    const old = new Map<string, unknown>(prev[list].map((e) => [e.id, e]));
    for (const entry of next[list]) {
      const was = old.get(entry.id);
      if (was !== entry) note(list, entry.id, was);
      old.delete(entry.id);
    }
    for (const [id, was] of old) note(list, id, was);
  }
  if (prev.pins !== next.pins) {
    for (const id of new Set([...Object.keys(prev.pins), ...Object.keys(next.pins)])) {
      if (prev.pins[id] !== next.pins[id]) note('pins', id, prev.pins[id]);
    }
  }
}

/** Forgets changes made before `since`: any other tab has long seen them. */
export function forgetBefore(recent: RecentChanges, since: number): void {
  for (const [key, change] of recent) if (change.at < since) recent.delete(key);
}

/**
 * Another tab's saved workspace with this tab's recent changes carried into it where it still holds
 * the entry as it was before them. `carried` says whether anything was, so this tab saves the result.
 */
export function carryRecent(recent: RecentChanges, ours: Workspace, theirs: Workspace): { workspace: Workspace; carried: boolean } {
  if (!recent.size) return { workspace: theirs, carried: false };
  const lookup = lookups(ours, theirs);
  const carry = new Map<Part, Map<string, unknown>>();
  for (const [key, { part, id, before }] of recent) {
    const mine = lookup.ours(part, id);
    const their = lookup.theirs(part, id);
    if (same(their, mine) || (!same(their, before) && !wins(mine, their))) {
      // Seen by the other tab, or changed there too and its change wins: its save stands.
      recent.delete(key);
      continue;
    }
    if (!carry.has(part)) carry.set(part, new Map());
    carry.get(part)!.set(id, mine);
  }
  if (!carry.size) return { workspace: theirs, carried: false };
  const workspace: Workspace = { ...theirs };
  for (const [part, entries] of carry) {
    if (part === 'pins') {
      const pins = { ...theirs.pins };
      for (const [id, value] of entries) {
        if (value === undefined) delete pins[id];
        else pins[id] = value as Workspace['pins'][string];
      }
      workspace.pins = pins;
    } else {
      const list: readonly { id: string }[] = theirs[part];
      (workspace as Record<List, unknown>)[part] = carried(list, ours[part], entries);
    }
  }
  return { workspace, carried: true };
}

/** `theirs` with the carried entries replaced, removed, or (added here) appended in this tab's order. */
function carried<E extends { id: string }>(theirs: readonly E[], ours: readonly E[], entries: Map<string, unknown>): E[] {
  const out: E[] = [];
  const present = new Set<string>();
  for (const entry of theirs) {
    present.add(entry.id);
    if (!entries.has(entry.id)) out.push(entry);
    else if (entries.get(entry.id) !== undefined) out.push(entries.get(entry.id) as E);
  }
  for (const entry of ours) if (entries.has(entry.id) && !present.has(entry.id)) out.push(entry);
  return out;
}

function lookups(ours: Workspace, theirs: Workspace) {
  const index = (ws: Workspace) => {
    const maps = new Map<List, Map<string, unknown>>();
    return (part: Part, id: string): unknown => {
      if (part === 'pins') return Object.prototype.hasOwnProperty.call(ws.pins, id) ? ws.pins[id] : undefined;
      if (!maps.has(part)) maps.set(part, new Map(ws[part].map((e) => [e.id, e])));
      return maps.get(part)!.get(id);
    };
  };
  return { ours: index(ours), theirs: index(theirs) };
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
