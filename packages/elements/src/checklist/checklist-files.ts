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
import { copyText, download, fileName } from '../base/download.js';

function stem(framework: ChecklistFramework, lang: Lang, plcName: string | undefined): string {
  return `${localText(framework.title, lang)}${plcName ? ` ${plcName}` : ''}`;
}

/** Offers the answers and result as a JSON or CSV file. */
export function downloadChecklist(
  format: 'json' | 'csv',
  framework: ChecklistFramework,
  response: ChecklistResponse | undefined,
  lang: Lang,
  plcName?: string,
): void {
  const name = fileName(stem(framework, lang, plcName), format);
  if (format === 'json') {
    download(name, JSON.stringify(checklistExport(framework, response, lang), null, 2), 'application/json');
    return;
  }
  // A byte-order mark, so spreadsheet programs read Welsh letters (ŵ, ŷ) and curly quotes correctly.
  download(name, '\ufeff' + checklistCsv(framework, response?.answers, lang), 'text/csv');
}

/** Copies the result as plain text; resolves false when the browser refuses. */
export function copyChecklistResult(framework: ChecklistFramework, result: ChecklistResult, lang: Lang, plcName?: string): Promise<boolean> {
  return copyText(checklistSummary(framework, result, lang, plcName));
}
