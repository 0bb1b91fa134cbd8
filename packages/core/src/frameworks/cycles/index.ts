import type { CycleFramework } from '../../schema/framework.js';
import { walesPlc } from './wales-plc.js';
import { spiralOfInquiry } from './spiral-of-inquiry.js';
import { teachingAsInquiry } from './teaching-as-inquiry.js';
import { lessonStudy } from './lesson-study.js';
import { disciplinedCollaboration } from './disciplined-collaboration.js';
import { plcAtWork } from './plc-at-work.js';

export { walesPlc, spiralOfInquiry, teachingAsInquiry, lessonStudy, disciplinedCollaboration, plcAtWork };

/** Built-in enquiry-cycle models by id, default first. Import this module alone to bundle only cycles. */
export const cycleFrameworks: Record<string, CycleFramework> = Object.fromEntries(
  [walesPlc, spiralOfInquiry, teachingAsInquiry, lessonStudy, disciplinedCollaboration, plcAtWork].map((framework) => [framework.id, framework]),
);

export const DEFAULT_CYCLE = 'wales-plc';
