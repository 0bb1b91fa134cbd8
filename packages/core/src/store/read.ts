import { Workspace, emptyWorkspace, WORKSPACE_VERSION } from '../schema/workspace.js';
import { School } from '../schema/school.js';
import { Member } from '../schema/member.js';
import { Plc } from '../schema/plc.js';
import { ChecklistResponse, RatingResponse } from '../schema/assessment.js';
import { migrate } from './migrations.js';
import { lostFields } from './lost-fields.js';

export type ReadOutcome =
  /** The document was read whole. */
  | { status: 'ok'; workspace: Workspace; migratedFrom?: number }
  /** Some entries were unreadable and left out; the rest was kept. */
  | {
      status: 'salvaged';
      workspace: Workspace;
      dropped: number;
      problems: string[];
      /** The schema's findings for each dropped entry, paths from the document's root (e.g. `plcs.3.name`). */
      issues: SalvageIssue[];
    }
  /** Nothing could be read: not JSON, not a workspace, or from a newer kit. */
  | { status: 'unreadable'; workspace: Workspace; reason: string };

/** A zod issue, its path taken from the workspace root, for describing to a user (see io/workspace-json). */
export interface SalvageIssue {
  code?: string;
  path: PropertyKey[];
  [key: string]: unknown;
}

const collections = {
  schools: School,
  members: Member,
  plcs: Plc,
  checklistResponses: ChecklistResponse,
  ratingResponses: RatingResponse,
} as const;

/**
 * Parses stored text into a workspace. Never throws: a broken document yields an empty or partial
 * workspace plus the reason, and the caller keeps the original text aside.
 */
export function readWorkspace(text: string): ReadOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { status: 'unreadable', workspace: emptyWorkspace(), reason: `not JSON (${(error as Error)?.message ?? String(error)})` };
  }
  return readWorkspaceValue(raw);
}

/** `readWorkspace` for a value already parsed from JSON (an import, a message, a test). Never throws. */
export function readWorkspaceValue(raw: unknown): ReadOutcome {
  try {
    return readValue(raw);
  } catch (error) {
    return { status: 'unreadable', workspace: emptyWorkspace(), reason: `could not be read (${(error as Error)?.message ?? String(error)})` };
  }
}

function readValue(raw: unknown): ReadOutcome {
  const migrated = migrate(raw);
  if (!migrated.ok) {
    const reason =
      migrated.reason === 'newer'
        ? `written by a newer version of PLC Kit (format ${migrated.version}, this one reads up to ${WORKSPACE_VERSION})`
        : 'not a PLC Kit workspace';
    return { status: 'unreadable', workspace: emptyWorkspace(), reason };
  }
  const whole = Workspace.safeParse(migrated.doc);
  if (whole.success) {
    // Valid, but written back it would be smaller (a field this kit does not know): not "ok", so the
    // store keeps the original aside before anything is saved over it.
    const lost = lostFields(migrated.doc, whole.data);
    if (lost.length) {
      return {
        status: 'salvaged',
        workspace: whole.data,
        dropped: lost.length,
        problems: lost.map((l) => `${l.path.join('.') || '(workspace)'}: ${l.keys ? `unknown ${l.keys.join(', ')}` : 'changed'}`),
        issues: lost,
      };
    }
    return migrated.from === WORKSPACE_VERSION
      ? { status: 'ok', workspace: whole.data }
      : { status: 'ok', workspace: whole.data, migratedFrom: migrated.from };
  }
  return salvage(migrated.doc);
}

/** Keeps every entry that validates on its own, so one bad PLC does not cost all the others. */
function salvage(doc: Record<string, unknown>): ReadOutcome {
  const workspace = emptyWorkspace();
  const problems: string[] = [];
  const issues: SalvageIssue[] = [];
  let dropped = 0;
  for (const [name, itemSchema] of Object.entries(collections)) {
    const list = doc[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push(`${name}: not a list`);
      issues.push({ code: 'invalid_type', expected: 'array', path: [name] });
      dropped++;
      continue;
    }
    const kept: unknown[] = [];
    list.forEach((item, index) => {
      const parsed = (itemSchema as typeof School).safeParse(item);
      if (parsed.success) kept.push(parsed.data);
      else {
        dropped++;
        problems.push(`${name}[${index}]: ${parsed.error.issues.map((i) => i.path.join('.') || '(entry)').join(', ')}`);
        for (const issue of parsed.error.issues) issues.push({ ...issue, path: [name, index, ...issue.path] });
      }
    });
    (workspace as Record<string, unknown>)[name] = kept;
  }
  const pins = Workspace.def.shape.pins.safeParse(doc.pins);
  if (pins.success) workspace.pins = pins.data;
  else if (doc.pins !== undefined) {
    dropped++;
    problems.push('pins');
    for (const issue of pins.error.issues) issues.push({ ...issue, path: ['pins', ...issue.path] });
  }
  return { status: 'salvaged', workspace, dropped, problems, issues };
}

export function serializeWorkspace(workspace: Workspace): string {
  return JSON.stringify(workspace);
}

/** A workspace as JSON text for download or backup; `importWorkspace` reads it back unchanged. */
export function exportWorkspace(workspace: Workspace, options: { pretty?: boolean } = {}): string {
  return JSON.stringify(workspace, null, options.pretty === false ? undefined : 2);
}
