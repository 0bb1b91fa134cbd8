import type { Member } from '../schema/member.js';
import type { Plc, PlcKind } from '../schema/plc.js';
import type { Phase, School } from '../schema/school.js';
import type { NetworkData } from './data.js';
import { hashString, seededRandom } from './random.js';

export interface GenerateOptions {
  schools: number;
  clusters?: number;
  /** Ties between schools to aim for (distinct pairs); about four per school by default. */
  ties?: number;
  /** Share of PLCs that pair a school with one in another cluster (default 0.25). */
  across?: number;
  /** Share of PLCs that sit inside one school (default 0.1). */
  within?: number;
  /** Share of schools left with no partner school, the islands (default 0.02). */
  isolated?: number;
  /** Generate people for each PLC (default: yes up to 2,000 schools). */
  members?: boolean;
  seed?: string;
}

const PLACES = [
  'Aber', 'Bryn', 'Cwm', 'Dyffryn', 'Glan', 'Llan', 'Maes', 'Nant', 'Pen', 'Pont', 'Rhos', 'Tref',
  'Afon', 'Coed', 'Castell', 'Ffordd', 'Hafod', 'Mynydd', 'Porth', 'Tal', 'Ty', 'Ynys', 'Caer', 'Bron',
];
const SUFFIXES = ['wen', 'ddu', 'fawr', 'fach', 'gwyn', 'goch', 'isaf', 'uchaf', 'y Môr', 'y Coed', 'Ddewi', 'Fair'];
const KINDS: PlcKind[] = ['plc', 'plc', 'plc', 'network', 'data-team', 'community-of-practice'];
const FOCUS = ['Reading', 'Numeracy', 'Oracy', 'Welsh language', 'Wellbeing', 'Assessment for learning', 'Digital competence', 'Transition'];
const PHASES: Phase[] = ['primary', 'primary', 'primary', 'secondary', 'all-age', 'special', 'nursery'];
const CLUSTER_NAMES = ['Afon', 'Bryniau', 'Coedwig', 'Dyffryn', 'Eryri', 'Ffynnon', 'Glannau', 'Hafren', 'Llyn', 'Mynydd', 'Nentydd', 'Penrhyn'];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * A seeded, realistic-looking network of schools in clusters, joined by PLCs: mostly pairs of
 * schools in one cluster, some across clusters, some inside one school, and a few islands. The same
 * options always give the same network (for stories, benchmarks and tests).
 */
export function generateNetwork(options: GenerateOptions): NetworkData {
  const n = Math.max(0, Math.floor(options.schools));
  const k = Math.max(1, Math.min(n || 1, Math.floor(options.clusters ?? Math.max(1, Math.round(n / 25)))));
  const targetTies = Math.max(0, Math.floor(options.ties ?? n * 4));
  const acrossShare = options.across ?? 0.25;
  const withinShare = options.within ?? 0.1;
  const isolatedShare = options.isolated ?? 0.02;
  const withMembers = options.members ?? n <= 2000;
  const random = seededRandom(hashString(options.seed ?? 'plc-kit', n * 31 + k));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const width = String(Math.max(n, 1)).length;

  const clusterName = (c: number) => {
    const base = CLUSTER_NAMES[c % CLUSTER_NAMES.length]!;
    return c < CLUSTER_NAMES.length ? base : `${base} ${Math.floor(c / CLUSTER_NAMES.length) + 1}`;
  };
  const schools: School[] = [];
  const byCluster: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) {
    const c = Math.floor((i * k) / n);
    const phase = pick(PHASES);
    const kind = phase === 'secondary' ? 'Ysgol Uwchradd' : phase === 'nursery' ? 'Ysgol Feithrin' : phase === 'special' ? 'Ysgol Arbennig' : 'Ysgol';
    schools.push({ id: `s${pad(i + 1, width)}`, name: `${kind} ${pick(PLACES)}${pick(SUFFIXES)} ${i + 1}`, cluster: clusterName(c), phase });
    byCluster[c]!.push(i);
  }
  // Islands: schools that never join a PLC with another school.
  const island = new Uint8Array(n);
  const islands = Math.min(n, Math.round(n * isolatedShare));
  for (let j = 0; j < islands; j++) island[Math.floor(random() * n)] = 1;
  const open = schools.map((_, i) => i).filter((i) => !island[i]);
  const openByCluster = byCluster.map((list) => list.filter((i) => !island[i]));

  const plcs: Plc[] = [];
  const members: Member[] = [];
  const pairs = new Set<number>();
  const addPlc = (schoolIdx: number[]) => {
    const id = `p${plcs.length + 1}`;
    const plcMembers: string[] = [];
    if (withMembers) {
      for (const s of schoolIdx) {
        const people = 1 + Math.floor(random() * 2);
        for (let q = 0; q < people; q++) {
          const memberId = `m${members.length + 1}`;
          members.push({ id: memberId, name: `Teacher ${members.length + 1}`, school: schools[s]!.id });
          plcMembers.push(memberId);
        }
      }
    }
    const focus = pick(FOCUS);
    const kind = pick(KINDS);
    plcs.push({
      id,
      name: `${focus} ${kind === 'network' ? 'network' : 'PLC'} ${plcs.length + 1}`,
      kind,
      focusArea: focus,
      members: plcMembers,
      // With people, the schools come from them; without, they are listed.
      schools: withMembers ? [] : schoolIdx.map((s) => schools[s]!.id),
      status: 'active',
      pastCycles: [],
      history: [],
      notes: '',
    });
  };

  let guard = targetTies * 20 + 100;
  while (pairs.size < targetTies && open.length > 1 && guard-- > 0) {
    const a = pick(open);
    if (random() < withinShare) {
      addPlc([a]);
      continue;
    }
    const c = Math.floor((a * k) / n);
    const across = k > 1 && random() < acrossShare;
    // Partners across clusters are mostly in a neighbouring cluster, as they are in a local authority.
    const other = across ? (random() < 0.8 ? (c + 1 + Math.floor(random() * Math.min(k - 1, 2))) % k : Math.floor(random() * k)) : c;
    const pool = across && other !== c ? openByCluster[other]! : openByCluster[c]!;
    if (pool.length < 1 || (!across && pool.length < 2)) continue;
    const group = [a];
    const size = random() < 0.15 ? 3 : 2;
    let tries = 0;
    while (group.length < size && tries++ < 10) {
      const b = pick(pool);
      if (!group.includes(b)) group.push(b);
    }
    if (group.length < 2) continue;
    for (let x = 0; x < group.length; x++)
      for (let y = x + 1; y < group.length; y++) {
        const lo = Math.min(group[x]!, group[y]!);
        const hi = Math.max(group[x]!, group[y]!);
        pairs.add(lo * n + hi);
      }
    addPlc(group);
  }
  return { schools, plcs, members };
}
