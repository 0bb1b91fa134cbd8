import type { LocalText } from '../schema/common.js';
import { localMessage, translator, type Messages, type Catalog, type Param } from '../i18n/catalog.js';
import { problemMessages } from './messages.js';

/** One thing wrong with a framework or an imported document: where, and what, in both languages. */
export interface Problem {
  /** Where the problem is, e.g. `items[3].plc.en`; `''` for the whole document. */
  path: string;
  message: LocalText;
  /** For problems in text (JSON syntax): where in the text, counting from 1. */
  line?: number;
  column?: number;
}


export const problemText = (key: keyof typeof problemMessages.en & string, params?: Record<string, Param>): LocalText =>
  localMessage(problemMessages, key, params);

/** The most problems ever listed; past this a final line says how many more there were. */
export const MAX_PROBLEMS = 200;

/** `['items', 3, 'plc', 'en']` → `items[3].plc.en`; keys that are not plain names are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** A zod issue as far as we read it; typed loosely so core does not depend on zod's internal types. */
interface IssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  expected?: string;
  received?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: unknown[];
  keys?: string[];
  format?: string;
  pattern?: string;
  errors?: IssueLike[][];
  note?: string;
  options?: unknown[];
}

const ID_PATTERN_SOURCE = String.raw`^[\p{L}\p{N}_.:-]+$`;

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return { found: false, value: undefined };
    try {
      if (!Object.prototype.hasOwnProperty.call(current, part)) return { found: false, value: undefined };
      current = (current as Record<PropertyKey, unknown>)[part];
    } catch {
      return { found: false, value: undefined };
    }
  }
  return { found: current !== undefined, value: current };
}

function typeWord(expected: string | undefined): LocalText {
  switch (expected) {
    case 'string':
      return problemText('word.text');
    case 'number':
      return problemText('word.number');
    case 'int':
      return problemText('word.int');
    case 'boolean':
      return problemText('word.boolean');
    case 'array':
      return problemText('word.list');
    case 'object':
    case 'record':
      return problemText('word.object');
    case 'null':
      return problemText('word.null');
    default:
      return problemText('word.value');
  }
}

function describeValue(value: unknown): LocalText {
  if (value === null) return problemText('word.null');
  if (Array.isArray(value)) return problemText('word.list');
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return problemText('word.nan');
    if (!Number.isFinite(value)) return problemText('word.infinity');
    return problemText('word.number');
  }
  if (typeof value === 'string') return problemText('word.text');
  if (typeof value === 'boolean') return problemText('word.boolean');
  if (typeof value === 'object') return problemText('word.object');
  return problemText('word.value');
}

function lengthOf(value: unknown): number {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return 0;
}

const listOf = (values: unknown[] | undefined): string =>
  (values ?? []).map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ');

/** Turns one zod issue into our sentence. `input` is the raw document, read to tell "missing" from "wrong type". */
export function describeIssue(issue: IssueLike, input: unknown): Problem {
  const path = issue.path ?? [];
  const where = formatPath(path);
  const at = valueAt(input, path);
  const message = ((): LocalText => {
    switch (issue.code) {
      case 'invalid_type':
        if (!at.found) return problemText('missing');
        return problemText('type', { expected: typeWord(issue.expected), found: describeValue(at.value) });
      case 'too_small': {
        const min = Number(issue.minimum ?? 0);
        const length = lengthOf(at.value);
        if (issue.origin === 'string') return min <= 1 ? problemText('text.empty') : problemText('text.short', { min });
        if (issue.origin === 'array' || issue.origin === 'set') return problemText('list.short', { min, length });
        return problemText(issue.inclusive === false ? 'number.smallExclusive' : 'number.small', { min });
      }
      case 'too_big': {
        const max = Number(issue.maximum ?? 0);
        const length = lengthOf(at.value);
        if (issue.origin === 'string') return problemText('text.long', { max, length });
        if (issue.origin === 'array' || issue.origin === 'set') return problemText('list.long', { max, length });
        return problemText(issue.inclusive === false ? 'number.bigExclusive' : 'number.big', { max });
      }
      case 'invalid_value': {
        if (!at.found) return problemText('missing');
        const values = issue.values ?? [];
        return values.length === 1 ? problemText('value.exact', { values: listOf(values) }) : problemText('value.oneOf', { values: listOf(values) });
      }
      case 'invalid_format':
        if (issue.format === 'regex' && issue.pattern?.includes(ID_PATTERN_SOURCE)) return problemText('id.format');
        if (issue.format === 'regex' && issue.pattern?.includes(String.raw`\d{4}-\d{2}-\d{2}`)) return problemText('date.format');
        return problemText('format');
      case 'unrecognized_keys':
        return problemText('keys.unknown', { keys: listOf(issue.keys) });
      case 'invalid_key':
        return problemText('key.invalid', { key: String(path[path.length - 1] ?? '') });
      case 'invalid_union':
        if (issue.note === 'No matching discriminator') {
          if (!at.found) return problemText('missing');
          return problemText('value.oneOf', { values: listOf(issue.options) });
        }
        return problemText('union');
      case 'custom': {
        const detail = issue.message ?? '';
        if (/http/.test(detail) && /mailto/.test(detail)) return problemText('url.unsafe');
        return detail && detail !== 'Invalid input' ? problemText('custom', { detail }) : problemText('invalid');
      }
      default:
        return problemText('invalid');
    }
  })();
  return { path: where, message };
}

/** All issues as problems, at most MAX_PROBLEMS of them, one per path and sentence. */
export function describeIssues(issues: readonly IssueLike[], input: unknown, prefix: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const problem = describeIssue({ ...issue, path: [...prefix, ...(issue.path ?? [])] }, input);
    const key = problem.path + '\u0000' + problem.message.en;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(problem);
  }
  return capProblems(out);
}

/** Keeps a problem list readable: the first MAX_PROBLEMS, then one line counting the rest. */
export function capProblems<P extends { message: LocalText }>(problems: P[], more: (text: LocalText) => P = (message) => ({ path: '', message }) as unknown as P): P[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), more(problemText('tooMany', { count: problems.length - MAX_PROBLEMS }))];
}
