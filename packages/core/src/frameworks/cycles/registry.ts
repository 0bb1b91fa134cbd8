import type { CycleFramework } from '../../schema/framework.js';
import { walesPlc } from './wales-plc.js';
import { spiralOfInquiry } from './spiral-of-inquiry.js';
import { teachingAsInquiry } from './teaching-as-inquiry.js';
import { lessonStudy } from './lesson-study.js';
import { disciplinedCollaboration } from './disciplined-collaboration.js';
import { plcAtWork } from './plc-at-work.js';

/**
 * Built-in enquiry-cycle models by id, default first. Exported from `@plc-kit/core/frameworks`, not
 * the barrel, so the enquiry cycle's bundle can load all but its default on demand (loaders.ts).
 * Keys are literals, not `framework.id` (a test checks each key is its framework's id).
 */
export const cycleFrameworks: Record<string, CycleFramework> = {
  'wales-plc': walesPlc,
  'spiral-of-inquiry': spiralOfInquiry,
  'teaching-as-inquiry': teachingAsInquiry,
  'lesson-study': lessonStudy,
  'disciplined-collaboration': disciplinedCollaboration,
  'plc-at-work': plcAtWork,
};
