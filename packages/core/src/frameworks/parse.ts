import {
  ChecklistFramework,
  CycleFramework,
  Framework,
  RatingFramework,
  type FrameworkKind,
} from '../schema/framework.js';
import { locateJsonError } from './json-locate.js';
import { capProblems, describeIssues, problemText, type Problem } from './problems.js';

export type { Problem } from './problems.js';

/** A framework of the kind asked for, or every problem found, by path. */
export type ParseFrameworkResult<F extends Framework = Framework> = { ok: true; framework: F } | { ok: false; problems: Problem[] };

export interface ParseFrameworkOptions<K extends FrameworkKind = FrameworkKind> {
  /** The kind the caller can use; a framework of another kind is a problem at `kind`. */
  kind?: K;
}

/** Longest framework JSON text read: far beyond any real framework, short of freezing a page. */
export const MAX_FRAMEWORK_JSON = 2_000_000;

const schemas = { checklist: ChecklistFramework, rating: RatingFramework, cycle: CycleFramework } as const;
const KINDS = Object.keys(schemas) as FrameworkKind[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (value: unknown, key: string): unknown[] => {
  if (!isRecord(value)) return [];
  const list = value[key];
  return Array.isArray(list) ? list : [];
};
const fieldOf = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Reads a framework supplied by a user (parsed JSON, an attribute, a file) and either returns it
 * typed, with defaults filled in, or lists every problem by path in English and Welsh. Checks more
 * than the schema can say: unique ids, a scale whose points fit it, bands that start at 0 and do not
 * share a start. Never throws.
 */
export function parseFramework<K extends FrameworkKind = FrameworkKind>(
  input: unknown,
  options: ParseFrameworkOptions<K> = {},
): ParseFrameworkResult<Extract<Framework, { kind: K }>> {
  try {
    return parseUnsafe(input, options) as ParseFrameworkResult<Extract<Framework, { kind: K }>>;
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: problemText('unexpected', { detail: errorText(error) }) }] };
  }
}

function parseUnsafe(input: unknown, options: ParseFrameworkOptions): ParseFrameworkResult {
  if (!isRecord(input)) return { ok: false, problems: [{ path: '', message: problemText('root.notObject') }] };
  const problems: Problem[] = [];
  const kind = input.kind;
  if (typeof kind !== 'string' || !(KINDS as string[]).includes(kind)) {
    problems.push({ path: 'kind', message: problemText('kind.unknown') });
    // Without a kind only the fields every framework shares can be checked, so say so and stop.
    return { ok: false, problems };
  }
  const wanted = options.kind;
  if (wanted && wanted !== kind) {
    problems.push({
      path: 'kind',
      message: problemText('kind.wrong', { wanted: problemText(`kind.${wanted}`), found: problemText(`kind.${kind as FrameworkKind}`) }),
    });
  }
  const parsed = schemas[kind as FrameworkKind].safeParse(input);
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues, input));
  problems.push(...extraChecks(input, kind as FrameworkKind));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: capProblems(problems) };
  return { ok: true, framework: parsed.data as Framework };
}

/** The rules the schema cannot express, checked on the raw document so they are listed with the rest. */
function extraChecks(doc: Record<string, unknown>, kind: FrameworkKind): Problem[] {
  const problems: Problem[] = [];
  const uniqueIds = (key: string) => {
    const first = new Map<string, number>();
    listAt(doc, key).forEach((entry, index) => {
      const id = fieldOf(entry, 'id');
      if (typeof id !== 'string') return;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else problems.push({ path: `${key}[${index}].id`, message: problemText('duplicate', { id, other: `${key}[${earlier}]` }) });
    });
  };
  if (kind === 'checklist') {
    uniqueIds('items');
    uniqueIds('bands');
    const mins = new Map<number, number>();
    const bands = listAt(doc, 'bands');
    bands.forEach((band, index) => {
      const min = fieldOf(band, 'min');
      if (!finite(min)) return;
      const earlier = mins.get(min);
      if (earlier === undefined) mins.set(min, index);
      else problems.push({ path: `bands[${index}].min`, message: problemText('band.duplicateMin', { min, other: `bands[${earlier}]` }) });
    });
    if (bands.length > 0 && mins.size === bands.length && !mins.has(0)) problems.push({ path: 'bands', message: problemText('band.noZero') });
  }
  if (kind === 'rating') {
    uniqueIds('axes');
    uniqueIds('groups');
    const groups = fieldOf(doc, 'groups');
    const groupIds = new Set(listAt(doc, 'groups').map((g) => fieldOf(g, 'id')));
    listAt(doc, 'axes').forEach((axis, index) => {
      const group = fieldOf(axis, 'group');
      if (typeof group !== 'string') return;
      if (!Array.isArray(groups)) problems.push({ path: `axes[${index}].group`, message: problemText('groups.none', { group }) });
      else if (!groupIds.has(group)) problems.push({ path: `axes[${index}].group`, message: problemText('group.unknown', { group }) });
    });
    const scale = fieldOf(doc, 'scale');
    const min = fieldOf(scale, 'min');
    const max = fieldOf(scale, 'max');
    if (finite(min) && finite(max)) {
      if (min >= max) problems.push({ path: 'scale.max', message: problemText('scale.order', { min, max }) });
      else {
        const seen = new Map<number, number>();
        listAt(scale, 'points').forEach((point, index) => {
          const value = fieldOf(point, 'value');
          if (!finite(value)) return;
          if (value < min || value > max) problems.push({ path: `scale.points[${index}].value`, message: problemText('scale.point', { value, min, max }) });
          const earlier = seen.get(value);
          if (earlier === undefined) seen.set(value, index);
          else problems.push({ path: `scale.points[${index}].value`, message: problemText('scale.pointDuplicate', { value, other: `scale.points[${earlier}]` }) });
        });
        const reference = fieldOf(fieldOf(doc, 'reference'), 'value');
        if (finite(reference) && (reference < min || reference > max)) {
          problems.push({ path: 'reference.value', message: problemText('reference.outside', { value: reference, min, max }) });
        }
      }
    }
  }
  if (kind === 'cycle') uniqueIds('stages');
  return problems;
}

function errorText(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return 'unknown error';
  }
}

/** Parses JSON text, reporting a syntax error as a problem (with line and column) rather than throwing. */
export function parseJsonText(text: unknown, max = MAX_FRAMEWORK_JSON): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  if (typeof text !== 'string') return { ok: false, problems: [{ path: '', message: problemText('json.notText') }] };
  if (text.trim() === '') return { ok: false, problems: [{ path: '', message: problemText('json.empty') }] };
  if (text.length > max) return { ok: false, problems: [{ path: '', message: problemText('json.tooLong', { length: text.length, max }) }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const at = locateJsonError(text);
    const message = at
      ? problemText(at.what === 'end' ? 'json.end' : 'json.syntax', { line: at.line, column: at.column, char: JSON.stringify(text.slice(at.offset, at.offset + 1)) })
      : problemText('json.syntaxNoPosition', { detail: errorText(error) });
    return { ok: false, problems: [{ path: '', message, ...(at ? { line: at.line, column: at.column } : {}) }] };
  }
}

/** `parseFramework` for JSON text, e.g. an inline `<script type="application/json">` or a fetched file. */
export function parseFrameworkJson<K extends FrameworkKind = FrameworkKind>(
  text: unknown,
  options: ParseFrameworkOptions<K> = {},
): ParseFrameworkResult<Extract<Framework, { kind: K }>> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseFramework(json.value, options);
}
