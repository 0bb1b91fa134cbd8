import type { ChecklistFramework } from '../../schema/framework.js';
import { plcOrNot } from './plc-or-not.js';

export { plcOrNot };

/** Built-in checklist frameworks by id. Import this module alone to bundle only checklists. */
export const checklistFrameworks: Record<string, ChecklistFramework> = {
  'plc-or-not': plcOrNot,
};

export const DEFAULT_CHECKLIST = 'plc-or-not';
