// What the result's copy and download buttons of <plc-checklist> do: files and the clipboard, apart
// from the form itself.
import {
  checklistCsv,
  checklistExport,
  checklistSummary,
  localText,
  type ChecklistFramework,
  type ChecklistResponse,
  type ChecklistResult,
  type Lang,
} from '@plc-kit/core';
import { copyText, fileName } from '../base/download.js';

function stem(framework: ChecklistFramework, lang: Lang, plcName: string | undefined): string {
  return `${localText(framework.title, lang)}${plcName ? ` ${plcName}` : ''}`;
}

/** The answers and result as a JSON or CSV file: its name, text and type. */
export function checklistFile(
  format: 'json' | 'csv',
  framework: ChecklistFramework,
  response: ChecklistResponse | undefined,
  lang: Lang,
  plcName?: string,
): [name: string, text: string, type: string] {
  const name = fileName(stem(framework, lang, plcName), format);
  if (format === 'json') return [name, JSON.stringify(checklistExport(framework, response, lang), null, 2), 'application/json'];
  // A byte-order mark, so spreadsheet programs read Welsh letters (ŵ, ŷ) and curly quotes correctly.
  return [name, '\ufeff' + checklistCsv(framework, response?.answers, lang), 'text/csv'];
}

/** Copies the result as plain text; resolves false when the browser refuses. */
export function copyChecklistResult(framework: ChecklistFramework, result: ChecklistResult, lang: Lang, plcName?: string): Promise<boolean> {
  return copyText(checklistSummary(framework, result, lang, plcName));
}
