import type { CycleFramework } from '../../schema/framework.js';
import { walesPlc } from './wales-plc.js';

export { walesPlc };

/** Built-in enquiry-cycle models by id. Import this module alone to bundle only cycles. */
export const cycleFrameworks: Record<string, CycleFramework> = {
  [walesPlc.id]: walesPlc,
};

export const DEFAULT_CYCLE = 'wales-plc';
