import type { CycleFramework } from '../../schema/framework.js';
import { walesPlc } from './wales-plc.js';
import { spiralOfInquiry } from './spiral-of-inquiry.js';
import { teachingAsInquiry } from './teaching-as-inquiry.js';
import { lessonStudy } from './lesson-study.js';
import { disciplinedCollaboration } from './disciplined-collaboration.js';
import { plcAtWork } from './plc-at-work.js';

export { walesPlc, spiralOfInquiry, teachingAsInquiry, lessonStudy, disciplinedCollaboration, plcAtWork };

/** Built-in enquiry-cycle models by id, default first. Import this module alone to bundle only cycles.
 * Keys are literals, not `framework.id`, so a bundler can drop the registry when a page uses one
 * framework (a test checks each key is its framework's id). */
export const cycleFrameworks: Record<string, CycleFramework> = {
  'wales-plc': walesPlc,
  'spiral-of-inquiry': spiralOfInquiry,
  'teaching-as-inquiry': teachingAsInquiry,
  'lesson-study': lessonStudy,
  'disciplined-collaboration': disciplinedCollaboration,
  'plc-at-work': plcAtWork,
};

export const DEFAULT_CYCLE = 'wales-plc';
