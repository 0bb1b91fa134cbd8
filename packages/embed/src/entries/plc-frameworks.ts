// The built-in frameworks as a list for tools (the embed-code builder, `plc-kit scorm`): id, kind
// and title in both languages. DOM-free, so Node can import it too.
import { checklistFrameworks } from '@plc-kit/core';
import { cycleFrameworks, ratingFrameworks } from '@plc-kit/core/frameworks';

export interface FrameworkSummary {
  id: string;
  kind: 'checklist' | 'rating' | 'cycle';
  title: { en: string; cy?: string };
}

export const frameworks: FrameworkSummary[] = [checklistFrameworks, ratingFrameworks, cycleFrameworks].flatMap((registry) =>
  Object.values(registry).map((f) => ({ id: f.id, kind: f.kind, title: { en: f.title.en, ...(f.title.cy ? { cy: f.title.cy } : {}) } })),
);
