import * as z from 'zod/mini';
import { School } from '../schema/school.js';
import { Member } from '../schema/member.js';
import { Plc } from '../schema/plc.js';

/**
 * What the network map draws: schools, PLCs (or networks) and the people in them. The same shape as
 * the workspace's `schools`, `plcs` and `members`, so a workspace can be passed as it is.
 */
export interface NetworkData {
  schools: School[];
  plcs: Plc[];
  members: Member[];
}

export const NETWORK_PROBLEM_CODES = [
  'not-json',
  'not-object',
  'invalid-school',
  'invalid-plc',
  'invalid-member',
  'duplicate-school',
  'duplicate-plc',
  'duplicate-member',
  'unknown-school',
  'unknown-member',
  'csv',
] as const;
export type NetworkProblemCode = (typeof NETWORK_PROBLEM_CODES)[number];

/**
 * One row or reference that could not be used. `where` names the place (`schools[3]`, `plcs[0].schools[1]`,
 * or a CSV line); `id` is the offending id when there is one; `detail` is the fields that failed or
 * the reason a CSV reader gave. The rest of the data is still used.
 */
export interface NetworkProblem {
  code: NetworkProblemCode;
  where: string;
  line?: number;
  id?: string;
  detail?: string;
}

export interface NetworkRead {
  data: NetworkData;
  problems: NetworkProblem[];
  /**
   * The rows kept, each with its links as given (before links to unknown ids were dropped from
   * `data`). Dropping them is for drawing only: what is saved or merged into (a CSV import) starts
   * from these, so a link to an id that arrives later is not lost. Absent when nothing was read.
   */
  rows?: NetworkData;
}

export function emptyNetworkData(): NetworkData {
  return { schools: [], plcs: [], members: [] };
}

function fields(error: z.core.$ZodError): string {
  const paths = new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(row)'));
  return [...paths].slice(0, 5).join(', ');
}

function rowId(row: unknown): string | undefined {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 200) : undefined;
}

/**
 * Reads network data from anything (a `data` property, parsed JSON): every row is checked on its own,
 * so one bad school or PLC is reported and left out while the rest is shown. Duplicate ids keep the
 * first row; references to unknown schools or members are dropped and reported.
 */
export function readNetworkData(input: unknown): NetworkRead {
  return drain(readNetworkDataSteps(input));
}

/**
 * `readNetworkData` as steps (a yield every few dozen rows, with the share of rows read so far), for
 * running in slices off long tasks.
 */
export function* readNetworkDataSteps(input: unknown): Generator<number, NetworkRead> {
  const problems: NetworkProblem[] = [];
  // The envelope is checked by hand: a schema over three arrays of unknowns would copy every row once
  // more before each row gets its own check below.
  const record = input as Record<string, unknown> | null;
  const list = (value: unknown) => value === undefined || Array.isArray(value);
  if (record === null || typeof record !== 'object' || Array.isArray(record) || !list(record.schools) || !list(record.plcs) || !list(record.members)) {
    return { data: emptyNetworkData(), problems: [{ code: 'not-object', where: '(data)' }] };
  }
  const envelope = { data: record as { schools?: unknown[]; plcs?: unknown[]; members?: unknown[] } };
  const total = Math.max(1, (envelope.data.schools?.length ?? 0) + (envelope.data.plcs?.length ?? 0) + (envelope.data.members?.length ?? 0));
  let done = 0;
  function* take<T>(rows: unknown[] | undefined, schema: z.ZodMiniType<T>, list: 'schools' | 'plcs' | 'members'): Generator<number, T[]> {
    const out: T[] = [];
    const seen = new Set<string>();
    const code = list === 'schools' ? 'school' : list === 'plcs' ? 'plc' : 'member';
    const all = rows ?? [];
    for (let i = 0; i < all.length; i++) {
      if (i % 50 === 49) yield (0.9 * (done + i)) / total;
      const row = all[i];
      const parsed = schema.safeParse(row);
      const where = `${list}[${i}]`;
      if (!parsed.success) {
        problems.push({ code: `invalid-${code}`, where, id: rowId(row), detail: fields(parsed.error) });
        continue;
      }
      const id = (parsed.data as { id: string }).id;
      if (seen.has(id)) {
        problems.push({ code: `duplicate-${code}`, where, id });
        continue;
      }
      seen.add(id);
      out.push(parsed.data);
    }
    done += all.length;
    return out;
  }
  const schools = yield* take(envelope.data.schools, School, 'schools');
  const members = yield* take(envelope.data.members, Member, 'members');
  const plcs = yield* take(envelope.data.plcs, Plc, 'plcs');
  yield 0.9;
  const references = checkReferencesSteps({ schools, plcs, members });
  let checked: IteratorResult<number, NetworkRead>;
  while (!(checked = references.next()).done) yield 0.9 + 0.1 * checked.value;
  return { data: checked.value.data, problems: [...problems, ...checked.value.problems], rows: { schools, plcs, members } };
}

/** Runs steps to the end at once. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Parses JSON text and reads it as network data; text that is not JSON is one problem, not an exception. */
export function readNetworkJson(text: string): NetworkRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { data: emptyNetworkData(), problems: [{ code: 'not-json', where: '(JSON)', detail: (error as Error).message }] };
  }
  return readNetworkData(value);
}

/**
 * Drops references to schools and members that do not exist (reporting each one), keeping every row.
 * Used for data that is already schema-valid, such as the workspace.
 */
export function checkReferences(data: NetworkData): NetworkRead {
  return drain(checkReferencesSteps(data));
}

/** `checkReferences` as steps (a yield every thousand rows, with the share checked so far). */
export function* checkReferencesSteps(data: NetworkData): Generator<number, NetworkRead> {
  const problems: NetworkProblem[] = [];
  const schoolIds = new Set(data.schools.map((s) => s.id));
  const memberIds = new Set(data.members.map((m) => m.id));
  const total = Math.max(1, data.members.length + data.plcs.length);
  yield 0;
  const members: NetworkData['members'] = [];
  for (let i = 0; i < data.members.length; i++) {
    if (i % 1000 === 999) yield i / total;
    const member = data.members[i]!;
    if (member.school === undefined || schoolIds.has(member.school)) {
      members.push(member);
      continue;
    }
    problems.push({ code: 'unknown-school', where: `members[${i}].school`, id: member.school });
    const { school: _dropped, ...rest } = member;
    members.push(rest);
  }
  const plcs: NetworkData['plcs'] = [];
  for (let i = 0; i < data.plcs.length; i++) {
    if (i % 1000 === 999) yield (data.members.length + i) / total;
    const plc = data.plcs[i]!;
    const badSchools = plc.schools.filter((id) => !schoolIds.has(id));
    const badMembers = plc.members.filter((id) => !memberIds.has(id));
    if (!badSchools.length && !badMembers.length) {
      plcs.push(plc);
      continue;
    }
    for (const id of badSchools) problems.push({ code: 'unknown-school', where: `plcs[${i}].schools`, id });
    for (const id of badMembers) problems.push({ code: 'unknown-member', where: `plcs[${i}].members`, id });
    plcs.push({
      ...plc,
      schools: plc.schools.filter((id) => schoolIds.has(id)),
      members: plc.members.filter((id) => memberIds.has(id)),
    });
  }
  return { data: { schools: data.schools, plcs, members }, problems, rows: data };
}

/** The cluster key of a school: its cluster name trimmed, or '' when it has none. */
export function clusterOf(school: { cluster?: string }): string {
  return school.cluster?.trim() ?? '';
}

/**
 * The schools of each PLC: its own `schools` plus the schools of its members, each once, in the
 * order first met. Unknown ids are ignored.
 */
export function plcSchoolIds(data: NetworkData): Map<string, string[]> {
  const schoolIds = new Set(data.schools.map((s) => s.id));
  const memberSchool = new Map<string, string>();
  for (const m of data.members) if (m.school && schoolIds.has(m.school)) memberSchool.set(m.id, m.school);
  const out = new Map<string, string[]>();
  for (const plc of data.plcs) {
    const set = new Set<string>();
    for (const id of plc.schools) if (schoolIds.has(id)) set.add(id);
    for (const id of plc.members) {
      const school = memberSchool.get(id);
      if (school) set.add(school);
    }
    out.set(plc.id, [...set]);
  }
  return out;
}
