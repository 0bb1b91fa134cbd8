import type { Phase } from '../schema/school.js';
import type { Plc, PlcKind } from '../schema/plc.js';
import type { Tie, TieKind } from '../schema/network.js';
import { clusterOf, drain, type NetworkData } from './data.js';

/**
 * What to show. Empty or missing lists mean "all". `clusters` keeps the schools of those clusters
 * ('' stands for schools with no cluster); `kinds` and `focus` keep the PLCs of those kinds and
 * focus areas ('' stands for PLCs with no focus area).
 */
export interface NetworkFilter {
  clusters?: readonly string[];
  /** Keep only these schools (e.g. one school and its partners). */
  schools?: readonly string[];
  kinds?: readonly PlcKind[];
  focus?: readonly string[];
}

export interface SchoolNode {
  id: string;
  name: string;
  /** The school's cluster, '' when it has none. */
  cluster: string;
  phase?: Phase;
  lat?: number;
  lon?: number;
  /** Every shown PLC this school takes part in. */
  plcs: string[];
  /** The PLCs entirely inside this school: counted here, on the node, rather than lost. */
  withinPlcs: string[];
  /** People in those within-school PLCs. */
  withinMembers: number;
}

/** Compressed adjacency of the ties between schools (no self-ties), for the graph algorithms. */
export interface Adjacency {
  /** Neighbours of node i are `targets[offsets[i] .. offsets[i + 1])`. */
  offsets: Uint32Array;
  targets: Uint32Array;
  /** The tie (index into `ties`) each neighbour entry comes from. */
  ties: Uint32Array;
}

export interface ShownPlc {
  plc: Plc;
  /** All the PLC's schools (its `schools` plus its members' schools), before the cluster filter. */
  allSchools: string[];
  /** Those of its schools that are shown. */
  schools: string[];
  /** Where it reaches: one school, one cluster, or across clusters. */
  reach: TieKind;
}

/**
 * Schools joined by the PLCs they share. `ties` holds one tie per pair of schools sharing at least
 * one PLC (`between` or `across`) and one self-tie (`source === target`, kind `within`) per school
 * that has PLCs of its own.
 */
export interface SchoolGraph {
  nodes: SchoolNode[];
  index: Map<string, number>;
  ties: Tie[];
  /** Node index of each tie's source and target. */
  tieSource: Uint32Array;
  tieTarget: Uint32Array;
  adjacency: Adjacency;
  plcs: Map<string, ShownPlc>;
  /** Distinct cluster keys of the shown schools, sorted ('' last). */
  clusters: string[];
}

function keep<T>(list: readonly T[] | undefined, value: T): boolean {
  return !list || list.length === 0 || list.includes(value);
}

function compareClusters(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
}

/** The PLCs the filter keeps, each with its schools and reach. */
export function shownPlcs(data: NetworkData, filter: NetworkFilter = {}, shownSchools?: Set<string>): Map<string, ShownPlc> {
  return drain(shownPlcsSteps(data, filter, shownSchools));
}

function* shownPlcsSteps(data: NetworkData, filter: NetworkFilter, shownSchools?: Set<string>): Generator<void, Map<string, ShownPlc>> {
  const clusterById = new Map<string, string>();
  for (const s of data.schools) if (!clusterById.has(s.id)) clusterById.set(s.id, clusterOf(s));
  const memberSchool = new Map<string, string>();
  for (const m of data.members) if (m.school && clusterById.has(m.school)) memberSchool.set(m.id, m.school);
  const out = new Map<string, ShownPlc>();
  let count = 0;
  for (const plc of data.plcs) {
    if (++count % 500 === 0) yield;
    if (!keep(filter.kinds, plc.kind)) continue;
    if (!keep(filter.focus, plc.focusArea?.trim() ?? '')) continue;
    if (out.has(plc.id)) continue;
    const allSchools: string[] = [];
    for (const id of plc.schools) if (clusterById.has(id) && !allSchools.includes(id)) allSchools.push(id);
    for (const id of plc.members) {
      const school = memberSchool.get(id);
      if (school && !allSchools.includes(school)) allSchools.push(school);
    }
    const schools = shownSchools ? allSchools.filter((id) => shownSchools.has(id)) : allSchools;
    if (schools.length === 0) continue;
    let reach: TieKind = 'within';
    if (allSchools.length > 1) {
      const first = clusterById.get(allSchools[0]!)!;
      reach = first !== '' && allSchools.every((id) => clusterById.get(id) === first) ? 'between' : 'across';
    }
    out.set(plc.id, { plc, allSchools, schools, reach });
  }
  return out;
}

/**
 * Builds the weighted school graph from PLC membership. A PLC's schools are its `schools` plus the
 * schools of its members. Each pair of schools in a PLC gets a tie (weight = PLCs shared, members =
 * distinct people from the two schools in those PLCs); a PLC whose schools are just one school is
 * counted on that school (`withinPlcs`) and as its `within` self-tie. The cluster filter removes
 * schools but never changes what a PLC is: a PLC across two clusters stays a cross-cluster PLC.
 */
export function buildSchoolGraph(data: NetworkData, filter: NetworkFilter = {}): SchoolGraph {
  return drain(buildSchoolGraphSteps(data, filter));
}

/** `buildSchoolGraph` as steps (a yield every thousand or so PLCs), for running in slices. */
export function* buildSchoolGraphSteps(data: NetworkData, filter: NetworkFilter = {}): Generator<void, SchoolGraph> {
  const nodes: SchoolNode[] = [];
  const index = new Map<string, number>();
  const only = filter.schools ? new Set(filter.schools) : undefined;
  let seen = 0;
  for (const school of data.schools) {
    if (++seen % 1000 === 0) yield;
    const cluster = clusterOf(school);
    if (index.has(school.id) || !keep(filter.clusters, cluster) || (only && !only.has(school.id))) continue;
    index.set(school.id, nodes.length);
    nodes.push({
      id: school.id,
      name: school.name,
      cluster,
      ...(school.phase ? { phase: school.phase } : {}),
      ...(school.lat !== undefined ? { lat: school.lat } : {}),
      ...(school.lon !== undefined ? { lon: school.lon } : {}),
      plcs: [],
      withinPlcs: [],
      withinMembers: 0,
    });
  }
  const n = nodes.length;
  yield;
  const plcs = yield* shownPlcsSteps(data, filter, new Set(index.keys()));
  const memberSchool = new Map<string, number>();
  for (const m of data.members) {
    const i = m.school === undefined ? undefined : index.get(m.school);
    if (i !== undefined) memberSchool.set(m.id, i);
  }

  interface Acc {
    a: number;
    b: number;
    plcs: string[];
    people?: Set<string>;
  }
  const pairs = new Map<number, Acc>();
  const within = new Map<number, Acc>();
  const addPeople = (acc: Acc, list: string[] | undefined) => {
    if (!list) return;
    acc.people ??= new Set();
    for (const p of list) acc.people.add(p);
  };

  let count = 0;
  for (const { plc, allSchools, schools } of plcs.values()) {
    if (++count % 250 === 0) yield;
    const idx = schools.length === 1 ? [index.get(schools[0]!)!] : schools.map((id) => index.get(id)!).sort((x, y) => x - y);
    for (const i of idx) nodes[i]!.plcs.push(plc.id);
    // People of this PLC by school (most large generated or imported networks list schools only).
    let people: Map<number, string[]> | undefined;
    for (const memberId of plc.members) {
      const i = memberSchool.get(memberId);
      if (i === undefined) continue;
      people ??= new Map();
      let list = people.get(i);
      if (!list) people.set(i, (list = []));
      list.push(memberId);
    }
    if (allSchools.length === 1) {
      const i = idx[0]!;
      let acc = within.get(i);
      if (!acc) within.set(i, (acc = { a: i, b: i, plcs: [] }));
      acc.plcs.push(plc.id);
      addPeople(acc, people?.get(i));
      nodes[i]!.withinPlcs.push(plc.id);
      continue;
    }
    for (let x = 0; x < idx.length; x++) {
      const a = idx[x]!;
      for (let y = x + 1; y < idx.length; y++) {
        const b = idx[y]!;
        const key = a * n + b;
        let acc = pairs.get(key);
        if (!acc) pairs.set(key, (acc = { a, b, plcs: [] }));
        acc.plcs.push(plc.id);
        if (people) {
          addPeople(acc, people.get(a));
          addPeople(acc, people.get(b));
        }
      }
    }
  }

  yield;
  const ties: Tie[] = [];
  const src: number[] = [];
  const dst: number[] = [];
  const withinKeys = [...within.keys()].sort((x, y) => x - y);
  for (const i of withinKeys) {
    const acc = within.get(i)!;
    const members = acc.people?.size ?? 0;
    nodes[i]!.withinMembers = members;
    ties.push({ source: nodes[i]!.id, target: nodes[i]!.id, kind: 'within', plcs: acc.plcs, weight: acc.plcs.length, members });
    src.push(i);
    dst.push(i);
  }
  const pairKeys = [...pairs.keys()].sort((x, y) => x - y);
  let made = 0;
  for (const key of pairKeys) {
    if (++made % 4000 === 0) yield;
    const acc = pairs.get(key)!;
    const sa = nodes[acc.a]!;
    const sb = nodes[acc.b]!;
    const kind: TieKind = sa.cluster !== '' && sa.cluster === sb.cluster ? 'between' : 'across';
    ties.push({ source: sa.id, target: sb.id, kind, plcs: acc.plcs, weight: acc.plcs.length, members: acc.people?.size ?? 0 });
    src.push(acc.a);
    dst.push(acc.b);
  }
  yield;
  const tieSource = Uint32Array.from(src);
  const tieTarget = Uint32Array.from(dst);
  const clusters = [...new Set(nodes.map((node) => node.cluster))].sort(compareClusters);
  yield;
  return { nodes, index, ties, tieSource, tieTarget, adjacency: buildAdjacency(n, tieSource, tieTarget), plcs, clusters };
}

/** CSR adjacency of the undirected ties, leaving out self-ties. */
export function buildAdjacency(n: number, source: Uint32Array, target: Uint32Array): Adjacency {
  const count = new Uint32Array(n + 1);
  for (let t = 0; t < source.length; t++) {
    if (source[t] === target[t]) continue;
    count[source[t]!]!++;
    count[target[t]!]!++;
  }
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + count[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Uint32Array(offsets[n]!);
  const ties = new Uint32Array(offsets[n]!);
  for (let t = 0; t < source.length; t++) {
    const a = source[t]!;
    const b = target[t]!;
    if (a === b) continue;
    targets[fill[a]!] = b;
    ties[fill[a]!++] = t;
    targets[fill[b]!] = a;
    ties[fill[b]!++] = t;
  }
  return { offsets, targets, ties };
}

export interface TwoModeNode {
  kind: 'school' | 'plc';
  id: string;
  name: string;
  /** A school's cluster; for a PLC, the cluster most of its shown schools belong to. */
  cluster: string;
  plcKind?: PlcKind;
}

export interface TwoModeEdge {
  /** Index of the school node. */
  school: number;
  /** Index of the PLC node. */
  plc: number;
  /** People from that school in that PLC. */
  members: number;
  /** The PLC's reach: within one school, between schools of one cluster, or across clusters. */
  kind: TieKind;
}

/** The two-mode (bipartite) graph: schools and PLCs as nodes, an edge where a school takes part in a PLC. */
export interface TwoModeGraph {
  nodes: TwoModeNode[];
  edges: TwoModeEdge[];
  index: Map<string, number>;
  /** How many of `nodes` are schools: schools come first, then PLCs. */
  schoolCount: number;
}

/** Node key of a PLC in the two-mode graph (schools use their own id). */
export const plcNodeKey = (id: string): string => `plc:${id}`;

export function buildTwoModeGraph(data: NetworkData, filter: NetworkFilter = {}): TwoModeGraph {
  const schools = buildSchoolGraph(data, filter);
  const nodes: TwoModeNode[] = schools.nodes.map((s) => ({ kind: 'school', id: s.id, name: s.name, cluster: s.cluster }));
  const index = new Map<string, number>(schools.nodes.map((s, i) => [s.id, i]));
  const memberSchool = new Map<string, string>();
  for (const m of data.members) if (m.school) memberSchool.set(m.id, m.school);
  const edges: TwoModeEdge[] = [];
  for (const { plc, schools: ids, reach } of schools.plcs.values()) {
    const tally = new Map<string, number>();
    for (const id of ids) {
      const c = schools.nodes[schools.index.get(id)!]!.cluster;
      tally.set(c, (tally.get(c) ?? 0) + 1);
    }
    let cluster = '';
    let best = -1;
    for (const [c, k] of [...tally].sort((x, y) => compareClusters(x[0], y[0]))) {
      if (k > best) (best = k), (cluster = c);
    }
    const p = nodes.length;
    index.set(plcNodeKey(plc.id), p);
    nodes.push({ kind: 'plc', id: plc.id, name: plc.name, cluster, plcKind: plc.kind });
    const people = new Map<string, number>();
    for (const memberId of plc.members) {
      const school = memberSchool.get(memberId);
      if (school) people.set(school, (people.get(school) ?? 0) + 1);
    }
    for (const id of ids) edges.push({ school: schools.index.get(id)!, plc: p, members: people.get(id) ?? 0, kind: reach });
  }
  return { nodes, edges, index, schoolCount: schools.nodes.length };
}
