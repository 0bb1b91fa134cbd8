import type { School } from '../schema/school.js';
import type { Workspace } from '../schema/workspace.js';

// Writing CSV, apart from reading it: the map's exports need this, and must not bring the reader
// (papaparse and its messages) into the map's bundle.

export const SCHOOL_COLUMNS = ['id', 'name', 'cluster', 'local_authority', 'phase', 'lat', 'lon'] as const;
export const MEMBERSHIP_COLUMNS = ['plc_id', 'plc_name', 'kind', 'school_id', 'member_id', 'member_name', 'role'] as const;

/** A cell as CSV text. Text that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading `'`. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text: string;
  // A text that already starts with quotes before a formula sign gets one more, so import undoes exactly one.
  if (typeof value === 'string') text = /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString();
  else {
    const json = JSON.stringify(value) ?? '';
    text = /^[=+\-@\t\r]/.test(json) ? `'${json}` : json;
  }
  return /[",\r\n;\t|]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first usually the header) as RFC 4180 CSV with CRLF line ends, guarded against formula injection. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}

/** Schools as a CSV that `parseSchoolsCsv` reads back. */
export function schoolsToCsv(schools: readonly School[]): string {
  return toCsv([
    SCHOOL_COLUMNS,
    ...schools.map((s) => [s.id, s.name, s.cluster, s.localAuthority, s.phase, s.lat, s.lon]),
  ]);
}

/** A workspace's PLC memberships as a CSV that `parseMembershipsCsv` reads back. */
export function membershipsToCsv(workspace: Pick<Workspace, 'plcs' | 'members'>): string {
  const members = new Map(workspace.members.map((m) => [m.id, m]));
  const rows: unknown[][] = [];
  for (const plc of workspace.plcs) {
    const covered = new Set<string>();
    for (const id of plc.members) {
      const member = members.get(id);
      if (member?.school) covered.add(member.school);
      rows.push([plc.id, plc.name, plc.kind, member?.school, id, member?.name, member?.role]);
    }
    for (const school of plc.schools) if (!covered.has(school)) rows.push([plc.id, plc.name, plc.kind, school, '', '', '']);
  }
  return toCsv([MEMBERSHIP_COLUMNS, ...rows]);
}
