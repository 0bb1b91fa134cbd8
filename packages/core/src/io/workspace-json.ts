import { emptyWorkspace, Workspace, WORKSPACE_VERSION } from '../schema/workspace.js';
import type { LocalText } from '../schema/common.js';
import { migrate } from '../store/migrations.js';
import { readWorkspaceValue } from '../store/read.js';
import { parseJsonText } from '../frameworks/parse.js';
import { capProblems, describeIssues, formatPath, type Problem } from '../frameworks/problems.js';
import { localMessage, type Param } from '../i18n/catalog.js';
import { ioMessages } from './messages.js';

export const ioText = (key: keyof typeof ioMessages.en & string, params?: Record<string, Param>): LocalText => localMessage(ioMessages, key, params);

/** Largest workspace file read (characters): well above 500 PLCs and 2,000 schools. */
export const MAX_WORKSPACE_JSON = 50_000_000;

export type ImportWorkspaceResult =
  /** Read, migrated to the current format if older; `problems` lists entries left out (`dropped` of them). */
  | { ok: true; workspace: Workspace; migratedFrom?: number; dropped: number; problems: Problem[] }
  /** Nothing usable: `workspace` is empty and `problems` says why. */
  | { ok: false; workspace: Workspace; problems: Problem[] };

// Writing a workspace (`exportWorkspace`) lives with the store: a bundle that only saves never
// reaches this module, whose reader brings the parser and its messages.

/** The words of an element's backup controls travel with the reader they use, loaded on demand. */
export { workspaceBackupMessages } from '../i18n/messages/workspace-backup.js';

/**
 * Reads an exported (or older) workspace file: JSON syntax, format version and every entry are
 * checked; an older format is migrated; unreadable entries are left out and listed by path while
 * the rest is kept. Never throws.
 */
export function importWorkspace(text: unknown): ImportWorkspaceResult {
  try {
    const json = parseJsonText(text, MAX_WORKSPACE_JSON);
    if (!json.ok) return { ok: false, workspace: emptyWorkspace(), problems: json.problems };
    return importWorkspaceValue(json.value);
  } catch (error) {
    return { ok: false, workspace: emptyWorkspace(), problems: [{ path: '', message: ioText('workspace.unreadable', { detail: String((error as Error)?.message ?? error) }) }] };
  }
}

/** `importWorkspace` for a value already parsed from JSON. Never throws. */
export function importWorkspaceValue(value: unknown): ImportWorkspaceResult {
  try {
    const migrated = migrate(value);
    if (!migrated.ok) {
      const message =
        migrated.reason === 'newer'
          ? ioText('workspace.newer', { version: String(migrated.version ?? '?'), current: String(WORKSPACE_VERSION) })
          : ioText('workspace.notObject');
      return { ok: false, workspace: emptyWorkspace(), problems: [{ path: migrated.reason === 'newer' ? 'version' : '', message }] };
    }
    const outcome = readWorkspaceValue(value);
    switch (outcome.status) {
      case 'ok':
        return outcome.migratedFrom === undefined
          ? { ok: true, workspace: outcome.workspace, dropped: 0, problems: [] }
          : { ok: true, workspace: outcome.workspace, migratedFrom: outcome.migratedFrom, dropped: 0, problems: [] };
      case 'salvaged': {
        const problems = describeIssues(outcome.issues, migrated.doc);
        // Say once per dropped entry that it was left out, so nobody wonders where it went.
        const entries = new Set(outcome.issues.map((issue) => formatPath(issue.path.slice(0, 2))));
        for (const entry of entries) problems.push({ path: entry, message: ioText('workspace.dropped') });
        const result: ImportWorkspaceResult = { ok: true, workspace: outcome.workspace, dropped: outcome.dropped, problems: capProblems(problems) };
        if (migrated.from !== WORKSPACE_VERSION) result.migratedFrom = migrated.from;
        return result;
      }
      case 'unreadable':
        return { ok: false, workspace: emptyWorkspace(), problems: [{ path: '', message: ioText('workspace.unreadable', { detail: outcome.reason }) }] };
    }
  } catch (error) {
    return { ok: false, workspace: emptyWorkspace(), problems: [{ path: '', message: ioText('workspace.unreadable', { detail: String((error as Error)?.message ?? error) }) }] };
  }
}
