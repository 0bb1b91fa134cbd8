import Papa from 'papaparse';
import type { LocalText } from '../schema/common.js';
import { Id } from '../schema/common.js';
import { School, Phase } from '../schema/school.js';
import { Member } from '../schema/member.js';
import { Plc, PlcKind } from '../schema/plc.js';
import { describeIssue } from '../frameworks/problems.js';
import { localMessage, type Param } from '../i18n/catalog.js';
import { ioMessages } from './messages.js';
import { MEMBERSHIP_COLUMNS, SCHOOL_COLUMNS } from './csv-write.js';

const ioText = (key: keyof typeof ioMessages.en & string, params?: Record<string, Param>): LocalText => localMessage(ioMessages, key, params);

/** One thing wrong in a CSV file: the line (1 = the header line), the column when known, and why. */
export interface CsvProblem {
  line: number;
  column?: string;
  reason: LocalText;
  /** Which file, when several were imported together. */
  file?: 'schools' | 'memberships';
}

export interface CsvImport {
  schools: School[];
  plcs: Plc[];
  members: Member[];
  problems: CsvProblem[];
}

export interface CsvImportOptions {
  /** School ids already known (e.g. the workspace's), so memberships may name them. */
  knownSchools?: Iterable<string>;
}

/** Longest cell read; a longer one is reported and its line skipped. */
export const MAX_CSV_CELL = 2000;
/**
 * Largest CSV text read (characters) and most data lines read. A network of 20,000 schools has about
 * five memberships a school, so its memberships file runs past 100,000 lines; read in steps, half a
 * million lines take a few seconds without freezing a page.
 */
export const MAX_CSV_TEXT = 20_000_000;
export const MAX_CSV_ROWS = 500_000;
/** Most broken-quote lines recovered from before the rest of a file is given up on. */
const MAX_CSV_RESTARTS = 1000;

/**
 * Lines read between two pauses when reading in steps (`importCsvSteps`): a few milliseconds of work,
 * so a caller running the steps in slices keeps every task short.
 */
const ROWS_PER_STEP = 400;
/** Text without quote marks is handed to papaparse this much at a time (see `readTableSteps`). */
const WINDOW = 32 * 1024;
/** How much of a file papaparse looks at to guess its line break. */
const LINE_BREAK_GUESS = 1024 * 1024;
type SchoolColumn = (typeof SCHOOL_COLUMNS)[number];
type MembershipColumn = (typeof MEMBERSHIP_COLUMNS)[number];

/** Header spellings accepted for each column, compared after `normaliseHeader`; Welsh names welcome. */
const SCHOOL_HEADERS: Record<SchoolColumn, string[]> = {
  id: ['id', 'school_id', 'schoolid', 'urn', 'id_ysgol', 'cod_ysgol', 'school_code'],
  name: ['name', 'school_name', 'school', 'enw', 'enw_ysgol', 'ysgol'],
  cluster: ['cluster', 'clwstwr', 'consortium', 'consortiwm'],
  local_authority: ['local_authority', 'la', 'authority', 'awdurdod_lleol', 'awdurdod', 'all'],
  phase: ['phase', 'cyfnod', 'sector'],
  lat: ['lat', 'latitude', 'lledred'],
  lon: ['lon', 'lng', 'long', 'longitude', 'hydred'],
};
const MEMBERSHIP_HEADERS: Record<MembershipColumn, string[]> = {
  plc_id: ['plc_id', 'plc', 'plcid', 'cdp_id', 'id_cdp', 'cdp', 'group_id'],
  plc_name: ['plc_name', 'enw_cdp', 'group_name', 'group'],
  kind: ['kind', 'type', 'plc_kind', 'math'],
  school_id: ['school_id', 'school', 'schoolid', 'id_ysgol', 'ysgol', 'urn'],
  member_id: ['member_id', 'memberid', 'person_id', 'id_aelod', 'aelod_id', 'id_person'],
  member_name: ['member_name', 'name', 'member', 'enw_aelod', 'enw', 'aelod'],
  role: ['role', 'rol', 'swydd'],
};

const PHASE_WORDS: Record<string, Phase> = {
  nursery: 'nursery', meithrin: 'nursery',
  primary: 'primary', cynradd: 'primary',
  secondary: 'secondary', uwchradd: 'secondary',
  'all-age': 'all-age', 'all age': 'all-age', 'all-through': 'all-age', 'pob oed': 'all-age', 'pob-oed': 'all-age', 'pob oedran': 'all-age',
  special: 'special', arbennig: 'special',
  further: 'further', 'further education': 'further', 'addysg bellach': 'further',
  other: 'other', arall: 'other',
};
const KIND_WORDS: Record<string, PlcKind> = {
  plc: 'plc', cdp: 'plc',
  network: 'network', rhwydwaith: 'network',
  'data-team': 'data-team', 'data team': 'data-team', 'tim data': 'data-team',
  'community-of-practice': 'community-of-practice', 'community of practice': 'community-of-practice', 'cymuned ymarfer': 'community-of-practice',
};

const stripMarks = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
/** `"Local Authority "` → `local_authority`; accents dropped so `Rôl` matches `rol`. */
export function normaliseHeader(header: string): string {
  return stripMarks(header.replace(/^\uFEFF/, '').trim().toLowerCase()).replace(/[\s\-]+/g, '_');
}
const normaliseWord = (value: string) => stripMarks(value.trim().toLowerCase()).replace(/[\s_]+/g, ' ');

/** Undoes `toCsv`'s formula guard, so an exported file imports back unchanged. */
const unguard = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

interface Row {
  line: number;
  cells: Record<string, string>;
}

interface Table {
  rows: Row[];
  problems: CsvProblem[];
  ok: boolean;
}

/** Counts lines as it goes, so a record's line number costs only the text since the last one. */
function lineCounter(text: string) {
  let pos = 0;
  let line = 1;
  return (offset: number): number => {
    for (; pos < offset && pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++;
    }
    return line;
  };
}

/** The text up to the end of its `count`th line (all of it when it has fewer). */
function firstLines(text: string, newline: string, count: number): string {
  let end = 0;
  for (let i = 0; i < count; i++) {
    const next = text.indexOf(newline, end);
    if (next === -1) return text;
    end = next + newline.length;
  }
  return text.slice(0, end);
}

/** Skips the blank lines papaparse passed over, to find where the next record really starts. */
function recordStart(text: string, from: number): number {
  let pos = from;
  for (;;) {
    const newline = text.indexOf('\n', pos);
    if (newline === -1) return pos;
    if (text.slice(pos, newline).trim() !== '') return pos;
    pos = newline + 1;
  }
}

/**
 * Reads a CSV table a slice at a time, yielding how much of the text is read (0–1) between slices.
 *
 * papaparse reads a string in one go, so the reading is cut into pieces here: after every
 * ROWS_PER_STEP lines the parse is stopped and started again where it stopped, with the delimiter
 * and line break it found at the start, which reads exactly what one pass would. Where the rest of the
 * text has no quote mark, every line break ends a line, so papaparse is given a window of the text
 * instead of all of the rest (which, quote-free, it would split into lines whole, every time).
 */
function* readTableSteps<C extends string>(text: unknown, headers: Record<C, string[]>, required: readonly C[]): Generator<number, Table> {
  const problems: CsvProblem[] = [];
  const fail = (reason: LocalText): Table => ({ rows: [], problems: [{ line: 1, reason }], ok: false });
  if (typeof text !== 'string') return fail(ioText('csv.notText'));
  const unreadable = csvFileProblem(text);
  if (unreadable) return fail(unreadable);
  // A Windows-1252 (or Mac) file read as UTF-8 has lost its accented letters to U+FFFD. Say so
  // instead of importing garbled names silently.
  const garbled = text.indexOf('\uFFFD');
  if (garbled !== -1) problems.push({ line: lineCounter(text)(garbled), reason: ioText('csv.encoding') });

  const lineAt = lineCounter(text);
  let columns: (C | undefined)[] | undefined;
  let headerProblem = false;
  let delimiter: string | undefined;
  const rows: Row[] = [];
  let count = 0;
  let done = false;

  // papaparse lets a broken quote swallow the rest of the file; so after a line with a quote
  // problem, parsing starts afresh on the next line, with the delimiter found at the start (and the
  // line break found again). A slice carries on the parse it continues, line break and all.
  let offset = 0;
  let afresh = true;
  let restarts = 0;
  let newline: Papa.ParseConfig['newline'];
  let quote = 0;
  // papaparse guesses the delimiter and the line break from the text it is given, and text without a
  // quote mark it splits into lines whole for each delimiter it tries: one long task on a large file.
  // Its guesses depend only on the first megabyte (the line break) and the first lines (the
  // delimiter), so for quote-free text they are made on those, and the reading goes by windows.
  if (text.length > WINDOW && text.indexOf('"') === -1) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    newline = Papa.parse(text.slice(0, LINE_BREAK_GUESS + bom), { delimiter: ',', preview: 1 }).meta.linebreak as Papa.ParseConfig['newline'];
    delimiter = Papa.parse(firstLines(text, newline!, 12), { newline, preview: 1, skipEmptyLines: 'greedy' }).meta.delimiter;
    afresh = false;
  }
  while (!done && offset < text.length) {
    if (afresh && restarts > MAX_CSV_RESTARTS) {
      problems.push({ line: lineAt(offset), reason: ioText('csv.malformed', { detail: 'too many broken lines; the rest of the file was not read' }) });
      break;
    }
    let end = text.length;
    if (!afresh && newline) {
      if (quote !== -1 && quote < offset) quote = text.indexOf('"', offset);
      const cut = text.indexOf(newline, offset + WINDOW);
      if (cut !== -1 && (quote === -1 || quote >= cut)) end = cut + newline.length;
    }
    const chunk = offset === 0 && end === text.length ? text : text.slice(offset, end);
    const base = offset;
    // papaparse drops a byte-order mark before it counts, so its positions in the first chunk are one short.
    const bom = offset === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starting = afresh;
    let previousCursor = 0;
    let restartAt = -1;
    let resumeAt = -1;
    let read = 0;
    Papa.parse<string[]>(chunk, {
      skipEmptyLines: 'greedy',
      ...(delimiter ? { delimiter } : {}),
      ...(starting ? {} : { newline }),
      step: (result, parser) => {
        const start = base + recordStart(chunk, previousCursor + bom);
        previousCursor = result.meta.cursor;
        delimiter ??= result.meta.delimiter;
        if (starting) newline = result.meta.linebreak as Papa.ParseConfig['newline'];
        const line = lineAt(start);
        const cells = (result.data ?? []).map((cell) => (typeof cell === 'string' ? cell : String(cell ?? '')));
        const quoteError = (result.errors ?? []).find((e) => e.type === 'Quotes');
        if (quoteError) {
          problems.push({ line, reason: ioText('csv.malformed', { detail: quoteProblem(quoteError.code) }) });
          const newlineAt = text.indexOf('\n', start);
          restartAt = newlineAt === -1 ? text.length : newlineAt + 1;
          parser.abort();
          if (!columns) done = true;
          return;
        }
        if (!columns) {
          columns = readHeader(cells, headers, required, problems);
          headerProblem = columns.every((column) => column === undefined) || problems.some((p) => p.line === 1 && p.column && required.includes(p.column as C));
          if (headerProblem) {
            done = true;
            parser.abort();
          }
          return;
        }
        if (++count > MAX_CSV_ROWS) {
          problems.push({ line, reason: ioText('csv.tooManyRows', { max: MAX_CSV_ROWS }) });
          done = true;
          parser.abort();
          return;
        }
        readRow(line, cells, columns);
        if (++read >= ROWS_PER_STEP) {
          resumeAt = base + bom + result.meta.cursor;
          parser.abort();
        }
      },
    });
    if (done) break;
    if (restartAt >= 0) {
      offset = restartAt;
      afresh = true;
      restarts++;
    } else if (resumeAt >= 0 || end < text.length) {
      offset = resumeAt >= 0 ? resumeAt : end;
      afresh = false;
    } else break;
    yield offset / text.length;
  }
  if (!columns) return problems.length ? { rows: [], problems, ok: false } : fail(ioText('csv.empty'));
  if (headerProblem) {
    if (!problems.some((p) => p.line === 1 && p.column)) problems.unshift({ line: 1, reason: ioText('csv.noHeader', { columns: Object.keys(headers).join(',') }) });
    return { rows: [], problems, ok: false };
  }
  // A header and nothing under it would otherwise import nothing without a word.
  if (count === 0 && !problems.some((p) => p.line > 1)) problems.push({ line: 1, reason: ioText('csv.noRows') });
  return { rows, problems, ok: true };

  function readRow(line: number, cells: string[], columns: (C | undefined)[]): void {
    if (cells.length !== columns.length && !(cells.length < columns.length && cells.length > 0 && onlyTrailingOptional(columns, cells.length, required))) {
      problems.push({ line, reason: ioText('csv.fieldCount', { found: cells.length, expected: columns.length }) });
      return;
    }
    const huge = cells.findIndex((cell) => cell.length > MAX_CSV_CELL);
    if (huge !== -1) {
      problems.push({ line, column: columns[huge], reason: ioText('csv.hugeCell', { length: cells[huge]!.length, max: MAX_CSV_CELL }) });
      return;
    }
    const record: Record<string, string> = {};
    columns.forEach((column, index) => {
      if (column && record[column] === undefined) record[column] = unguard((cells[index] ?? '').trim());
    });
    rows.push({ line, cells: record });
  }
}

/** A short line can stand if everything it lacks is optional (some tools drop trailing empty cells). */
function onlyTrailingOptional(columns: readonly (string | undefined)[], length: number, required: readonly string[]): boolean {
  return columns.slice(length).every((column) => column === undefined || !required.includes(column));
}

function quoteProblem(code: string | undefined): string {
  return code === 'MissingQuotes' ? 'a quoted cell is never closed' : 'a quote mark is out of place';
}

function readHeader<C extends string>(cells: string[], headers: Record<C, string[]>, required: readonly C[], problems: CsvProblem[]): (C | undefined)[] {
  const lookup = new Map<string, C>();
  for (const [column, names] of Object.entries(headers) as [C, string[]][]) for (const name of names) if (!lookup.has(name)) lookup.set(name, column);
  const seen = new Set<C>();
  const columns = cells.map((cell) => {
    const column = lookup.get(normaliseHeader(cell));
    if (column === undefined) {
      if (cell.trim() !== '') problems.push({ line: 1, column: cell.trim().slice(0, 100), reason: ioText('csv.unknownColumn', { column: cell.trim().slice(0, 100) }) });
      return undefined;
    }
    if (seen.has(column)) {
      problems.push({ line: 1, column, reason: ioText('csv.duplicateColumn', { column: cell.trim() }) });
      return undefined;
    }
    seen.add(column);
    return column;
  });
  for (const column of required) if (!seen.has(column)) problems.push({ line: 1, column, reason: ioText('csv.missingColumn', { column }) });
  return columns;
}

const isId = (value: string) => Id.safeParse(value).success;

/** A number cell: empty → undefined; `51,48` (decimal comma) accepted; out of range → problem. */
function numberCell(row: Row, column: SchoolColumn, min: number, max: number, problems: CsvProblem[]): number | undefined {
  const raw = row.cells[column] ?? '';
  if (raw === '') return undefined;
  const text = /^[+-]?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    problems.push({ line: row.line, column, reason: ioText('csv.badNumber', { column, value: raw.slice(0, 100), range: ioText('csv.range', { min, max }) }) });
    return undefined;
  }
  return value;
}

/** Schema issues of a built entry, as CSV problems on its line. */
function schemaProblems(line: number, issues: readonly { path?: PropertyKey[] }[], entry: unknown, problems: CsvProblem[]) {
  for (const issue of issues.slice(0, 5)) {
    const problem = describeIssue(issue, entry);
    problems.push({ line, column: problem.path || undefined, reason: ioText('csv.invalid', { detail: problem.message }) });
  }
}

/**
 * Reads a schools CSV (id,name,cluster,local_authority,phase,lat,lon; headers matched without regard
 * to case, Welsh names accepted). Good lines are imported; every other line is listed with its reason.
 * Never throws.
 */
export function parseSchoolsCsv(text: unknown): CsvImport {
  return finish(parseSchoolsCsvSteps(text));
}

function* parseSchoolsCsvSteps(text: unknown): Generator<number, CsvImport> {
  const out: CsvImport = { schools: [], plcs: [], members: [], problems: [] };
  try {
    const table = yield* scaled(readTableSteps(text, SCHOOL_HEADERS, ['id', 'name']), 0, READ_SHARE);
    out.problems.push(...table.problems);
    const firstLine = new Map<string, number>();
    for (let r = 0; r < table.rows.length; r++) {
      if (r % CHECKS_PER_STEP === CHECKS_PER_STEP - 1) yield READ_SHARE + ((1 - READ_SHARE) * r) / table.rows.length;
      const row = table.rows[r]!;
      const { line, cells } = row;
      const id = cells.id ?? '';
      const name = cells.name ?? '';
      if (id === '') {
        out.problems.push({ line, column: 'id', reason: ioText('csv.required', { column: 'id' }) });
        continue;
      }
      if (!isId(id)) {
        out.problems.push({ line, column: 'id', reason: ioText('csv.badId', { column: 'id', value: id.slice(0, 100) }) });
        continue;
      }
      if (name === '') {
        out.problems.push({ line, column: 'name', reason: ioText('csv.required', { column: 'name' }) });
        continue;
      }
      const other = firstLine.get(id);
      if (other !== undefined) {
        out.problems.push({ line, column: 'id', reason: ioText('csv.duplicateSchool', { id, other }) });
        continue;
      }
      const school: Record<string, unknown> = { id, name };
      if (cells.cluster) school.cluster = cells.cluster;
      if (cells.local_authority) school.localAuthority = cells.local_authority;
      if (cells.phase) {
        const phase = PHASE_WORDS[normaliseWord(cells.phase)] ?? (Phase.options as readonly string[]).find((p) => p === normaliseWord(cells.phase!).replace(/ /g, '-'));
        if (phase) school.phase = phase;
        else out.problems.push({ line, column: 'phase', reason: ioText('csv.badPhase', { value: cells.phase.slice(0, 100), values: Phase.options.join(', ') }) });
      }
      const lat = numberCell(row, 'lat', -90, 90, out.problems);
      const lon = numberCell(row, 'lon', -180, 180, out.problems);
      if (lat !== undefined) school.lat = lat;
      if (lon !== undefined) school.lon = lon;
      const parsed = School.safeParse(school);
      if (!parsed.success) {
        schemaProblems(line, parsed.error.issues, school, out.problems);
        continue;
      }
      firstLine.set(id, line);
      out.schools.push(parsed.data);
    }
  } catch (error) {
    out.problems.push({ line: 1, reason: ioText('csv.invalid', { detail: String((error as Error)?.message ?? error) }) });
  }
  return out;
}

/**
 * Reads a memberships CSV (plc_id,plc_name,kind,school_id,member_id,member_name,role): one line per
 * person (or school) in a PLC. Builds the PLCs with their members and schools, and the members.
 * A school id must be in `knownSchools`; lines naming an unknown school are skipped and listed.
 * Never throws.
 */
export function parseMembershipsCsv(text: unknown, options: CsvImportOptions = {}): CsvImport {
  return finish(parseMembershipsCsvSteps(text, options));
}

function* parseMembershipsCsvSteps(text: unknown, options: CsvImportOptions = {}): Generator<number, CsvImport> {
  const out: CsvImport = { schools: [], plcs: [], members: [], problems: [] };
  try {
    const known = new Set<string>();
    for (const id of options.knownSchools ?? []) if (typeof id === 'string') known.add(id);
    const table = yield* scaled(readTableSteps(text, MEMBERSHIP_HEADERS, ['plc_id']), 0, READ_SHARE);
    out.problems.push(...table.problems);
    const plcs = new Map<string, { line: number; name: string; kind: PlcKind; members: string[]; schools: string[] }>();
    const members = new Map<string, { line: number; member: Member }>();
    const pairs = new Map<string, number>();
    // The rows, then the members and PLCs they made, each checked against its schema.
    const checks = table.rows.length + 2 * CHECKS_PER_STEP;
    for (let r = 0; r < table.rows.length; r++) {
      if (r % CHECKS_PER_STEP === CHECKS_PER_STEP - 1) yield READ_SHARE + ((1 - READ_SHARE) * r) / checks;
      const row = table.rows[r]!;
      const { line, cells } = row;
      const plcId = cells.plc_id ?? '';
      const schoolId = cells.school_id ?? '';
      const memberId = cells.member_id ?? '';
      if (plcId === '') {
        out.problems.push({ line, column: 'plc_id', reason: ioText('csv.required', { column: 'plc_id' }) });
        continue;
      }
      const badId = ([['plc_id', plcId], ['school_id', schoolId], ['member_id', memberId]] as const).find(([, v]) => v !== '' && !isId(v));
      if (badId) {
        out.problems.push({ line, column: badId[0], reason: ioText('csv.badId', { column: badId[0], value: badId[1].slice(0, 100) }) });
        continue;
      }
      if (memberId === '' && schoolId === '') {
        out.problems.push({ line, column: 'member_id', reason: ioText('csv.required', { column: 'member_id' }) });
        continue;
      }
      if (memberId === '' && cells.member_name) {
        out.problems.push({ line, column: 'member_id', reason: ioText('csv.required', { column: 'member_id' }) });
        continue;
      }
      if (schoolId !== '' && !known.has(schoolId)) {
        out.problems.push({ line, column: 'school_id', reason: ioText('csv.unknownSchool', { id: schoolId.slice(0, 100) }) });
        continue;
      }
      const pairKey = `${plcId}\u0000${memberId || `school:${schoolId}`}`;
      const repeat = pairs.get(pairKey);
      if (repeat !== undefined) {
        out.problems.push({ line, reason: ioText('csv.duplicateMembership', { other: repeat }) });
        continue;
      }
      let kind: PlcKind = 'plc';
      if (cells.kind) {
        const found = KIND_WORDS[normaliseWord(cells.kind)];
        if (found) kind = found;
        else out.problems.push({ line, column: 'kind', reason: ioText('csv.badKind', { value: cells.kind.slice(0, 100), values: PlcKind.options.join(', ') }) });
      }
      const plcName = (cells.plc_name || plcId).slice(0, 500);
      let plc = plcs.get(plcId);
      if (!plc) {
        plc = { line, name: plcName, kind, members: [], schools: [] };
        plcs.set(plcId, plc);
      } else if (cells.plc_name && cells.plc_name !== plc.name) {
        out.problems.push({ line, column: 'plc_name', reason: ioText('csv.conflict', { what: 'PLC', id: plcId, other: plc.line, column: 'plc_name', first: plc.name.slice(0, 100) }) });
      }
      if (memberId !== '') {
        const existing = members.get(memberId);
        const name = (cells.member_name || memberId).slice(0, 500);
        if (!existing) {
          const member: Member = { id: memberId, name };
          if (cells.role) member.role = cells.role.slice(0, 200);
          if (schoolId) member.school = schoolId;
          members.set(memberId, { line, member });
        } else if (cells.member_name && cells.member_name !== existing.member.name) {
          out.problems.push({
            line,
            column: 'member_name',
            reason: ioText('csv.conflict', { what: 'member', id: memberId, other: existing.line, column: 'member_name', first: existing.member.name.slice(0, 100) }),
          });
        }
        if (!plc.members.includes(memberId)) plc.members.push(memberId);
      }
      if (schoolId !== '' && !plc.schools.includes(schoolId)) plc.schools.push(schoolId);
      pairs.set(pairKey, line);
    }
    yield READ_SHARE + ((1 - READ_SHARE) * table.rows.length) / checks;
    let checked = 0;
    for (const { line, member } of members.values()) {
      if (++checked % CHECKS_PER_STEP === 0) yield READ_SHARE + ((1 - READ_SHARE) * (table.rows.length + CHECKS_PER_STEP)) / checks;
      const parsed = Member.safeParse(member);
      if (parsed.success) out.members.push(parsed.data);
      else schemaProblems(line, parsed.error.issues, member, out.problems);
    }
    for (const [id, plc] of plcs) {
      if (++checked % CHECKS_PER_STEP === 0) yield READ_SHARE + ((1 - READ_SHARE) * (table.rows.length + CHECKS_PER_STEP)) / checks;
      const input = { id, name: plc.name, kind: plc.kind, members: plc.members, schools: plc.schools };
      const parsed = Plc.safeParse(input);
      if (parsed.success) out.plcs.push(parsed.data);
      else schemaProblems(plc.line, parsed.error.issues, input, out.problems);
    }
  } catch (error) {
    out.problems.push({ line: 1, reason: ioText('csv.invalid', { detail: String((error as Error)?.message ?? error) }) });
  }
  return out;
}

/**
 * Reads a schools file and a memberships file together (either may be missing): memberships may name
 * schools from either the schools file or `knownSchools`. Problems say which file they are in.
 */
export function importCsv(files: { schools?: string; memberships?: string }, options: CsvImportOptions = {}): CsvImport {
  return finish(importCsvSteps(files, options));
}

/**
 * `importCsv` in steps of a few milliseconds each, yielding the share done (0–1) between them, for
 * reading large files without freezing a page: run it in slices (e.g. with `runSliced`) and show
 * the share as progress. The result is the same as `importCsv`'s.
 */
export function* importCsvSteps(files: { schools?: string; memberships?: string }, options: CsvImportOptions = {}): Generator<number, CsvImport> {
  const length = (text: unknown) => (typeof text === 'string' ? text.length : 0);
  const schoolsShare = length(files.schools) / Math.max(1, length(files.schools) + length(files.memberships));
  const schools = files.schools === undefined ? undefined : yield* scaled(parseSchoolsCsvSteps(files.schools), 0, schoolsShare);
  const known = [...(options.knownSchools ?? []), ...(schools?.schools.map((s) => s.id) ?? [])];
  const memberships = files.memberships === undefined ? undefined : yield* scaled(parseMembershipsCsvSteps(files.memberships, { knownSchools: known }), schoolsShare, 1);
  return {
    schools: schools?.schools ?? [],
    plcs: memberships?.plcs ?? [],
    members: memberships?.members ?? [],
    problems: [
      ...(schools?.problems.map((p) => ({ ...p, file: 'schools' as const })) ?? []),
      ...(memberships?.problems.map((p) => ({ ...p, file: 'memberships' as const })) ?? []),
    ],
  };
}

/**
 * Why a file's text cannot be read as CSV at all, before its header is looked at: it is empty, too
 * large, or UTF-16 (which read as UTF-8 has a NUL after nearly every letter, so its header names no
 * column either; this says how to save it instead). Undefined when it can be read.
 */
export function csvFileProblem(text: string): LocalText | undefined {
  if (text.trim() === '') return ioText('csv.empty');
  if (text.length > MAX_CSV_TEXT) return ioText('csv.tooLong', { length: text.length, max: MAX_CSV_TEXT });
  const head = text.slice(0, 1000);
  if (head.split('\u0000').length - 1 >= head.length / 4) return ioText('csv.utf16');
  return undefined;
}

/**
 * Tells a schools CSV from a memberships CSV by its first line: a memberships file names a PLC
 * column, a schools file a school id column. Undefined for neither.
 */
export function csvFileKind(text: string): 'schools' | 'memberships' | undefined {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(/[,;\t]/).map((c) => normaliseHeader(c.replace(/^"|"$/g, '')));
  if (cells.some((c) => MEMBERSHIP_HEADERS.plc_id.includes(c) || c === 'plc_name')) return 'memberships';
  if (cells.some((c) => SCHOOL_HEADERS.id.includes(c))) return 'schools';
  return undefined;
}

/** Share of a file's steps spent reading its lines; the rest is checking them. */
const READ_SHARE = 0.6;
/** Rows checked against the schemas between two pauses. */
const CHECKS_PER_STEP = 200;

/** Steps whose shares (0–1) are mapped onto `from`–`to` of a larger job. */
function* scaled<T>(steps: Generator<number, T>, from: number, to: number): Generator<number, T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield from + (to - from) * next.value;
  }
}

/** Runs steps to the end at once. */
function finish<T>(steps: Generator<number, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
