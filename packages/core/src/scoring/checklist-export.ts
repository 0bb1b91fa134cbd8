// A checklist's answers and result as files and text: CSV, the JSON a school leader keeps, and the
// plain-text summary for copying. Apart from scoring: showing and answering a checklist never needs them.
import type { ChecklistFramework } from '../schema/framework.js';
import type { ChecklistResponse } from '../schema/assessment.js';
import type { Lang } from '../schema/common.js';
import { formatNumber, localText, translator } from '../i18n/catalog.js';
import { checklistMessages } from '../i18n/messages/checklist.js';
import { toCsv } from '../io/csv-write.js';
import { checklistAnswers, checklistValueLabel, isPlcSide, scoreChecklist, type ChecklistAnswers, type ChecklistResult } from './checklist.js';

/** The answers as CSV, one line per item in framework order, headings in the given language. */
export function checklistCsv(framework: ChecklistFramework, answers: ChecklistAnswers | undefined, lang: Lang): string {
  const t = translator(checklistMessages, lang);
  const valid = checklistAnswers(framework, answers);
  const lines: (string | number)[][] = [
    [t('csv.row'), t('csv.item'), t('csv.not'), t('csv.plc'), t('csv.value'), t('csv.answer'), t('csv.side'), t('csv.strengthen')],
  ];
  framework.items.forEach((item, index) => {
    const value = valid[item.id];
    lines.push([
      index + 1,
      item.id,
      localText(item.not, lang),
      localText(item.plc, lang),
      value ?? '',
      value === undefined ? '' : checklistValueLabel(item, value, lang),
      value === undefined ? '' : t(isPlcSide(value) ? 'side.plc' : 'side.not'),
      localText(item.strengthen, lang),
    ]);
  });
  return toCsv(lines);
}

/** Everything a school leader needs to keep or re-import: the framework, the answers and the result. */
export function checklistExport(framework: ChecklistFramework, response: ChecklistResponse | undefined, lang: Lang) {
  const result = scoreChecklist(framework, response?.answers);
  return {
    kind: 'plc-kit/checklist-result' as const,
    version: 1,
    framework: { id: framework.id, title: framework.title, heuristic: framework.heuristic, source: framework.source },
    response: response ?? null,
    result: {
      complete: result.complete,
      answered: result.answered,
      total: result.total,
      score: result.score,
      band: result.band ? { id: result.band.id, label: localText(result.band.label, lang) } : null,
      feedback: result.feedback.map((f) => ({
        item: f.item.id,
        answer: f.answer,
        side: f.plcSide ? 'plc' : 'not',
        level: f.level,
        strengthen: localText(f.strengthen, lang),
      })),
      unanswered: result.unanswered,
    },
  };
}

/** The result as plain text, for copying into an email or a meeting's notes. */
export function checklistSummary(framework: ChecklistFramework, result: ChecklistResult, lang: Lang, plcName?: string): string {
  const t = translator(checklistMessages, lang);
  const percent = formatNumber(lang, result.score.scaled, { style: 'percent', maximumFractionDigits: 0 });
  const lines = [localText(framework.title, lang)];
  if (plcName) lines.push(t('for', { name: plcName }));
  lines.push(result.band ? t('result.band', { band: localText(result.band.label, lang) }) : t('result.noBand'));
  lines.push(t('result.score', { raw: result.score.raw, max: result.score.max, percent }));
  lines.push('', t('result.feedback'));
  for (const f of result.feedback) {
    lines.push(
      `${f.index + 1}. ${localText(f.item.plc, lang)}`,
      `   ${t('feedback.answer', { answer: checklistValueLabel(f.item, f.answer, lang) })}`,
      `   ${t('feedback.strengthen', { text: localText(f.strengthen, lang) })}`,
    );
  }
  for (const id of result.unanswered) {
    const index = framework.items.findIndex((i) => i.id === id);
    const item = framework.items[index];
    if (item) lines.push(`${index + 1}. ${localText(item.plc, lang)} (${t('summary.unanswered')})`);
  }
  return lines.join('\n');
}
