import type { CycleFramework } from '../../schema/framework.js';
import { walesPlc } from './wales-plc.js';

/**
 * The built-in enquiry-cycle models for an element that should not carry them all: the default as
 * data, every other one as a loader that a bundler splits into its own chunk, so a page downloads a
 * model's bilingual text only when it shows a PLC on that model. Same ids and objects as
 * `cycleFrameworks` (a test checks).
 */
export const cycleFrameworkLoaders: Record<string, CycleFramework | (() => Promise<CycleFramework>)> = {
  'wales-plc': walesPlc,
  'spiral-of-inquiry': () => import('./spiral-of-inquiry.js').then((m) => m.spiralOfInquiry),
  'teaching-as-inquiry': () => import('./teaching-as-inquiry.js').then((m) => m.teachingAsInquiry),
  'lesson-study': () => import('./lesson-study.js').then((m) => m.lessonStudy),
  'disciplined-collaboration': () => import('./disciplined-collaboration.js').then((m) => m.disciplinedCollaboration),
  'plc-at-work': () => import('./plc-at-work.js').then((m) => m.plcAtWork),
};

/** The built-in model ids, default first, known without loading any model (for pickers and messages). */
export const cycleModelIds: readonly string[] = Object.keys(cycleFrameworkLoaders);
