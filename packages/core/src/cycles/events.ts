import type { Cycle } from '../schema/cycle.js';
import type { Plc } from '../schema/plc.js';
import type { HistoryKind } from './history.js';
import type { CycleSummary } from './summary.js';

/** `plc-change` from `<plc-enquiry-cycle>`: anything about a PLC changed. */
export interface EnquiryCycleChangeDetail {
  /** The PLC's id. */
  plc: string;
  /** The cycle model in use. */
  framework: string;
  /** What changed: the kind of the history line written (`evidence-added`, `stage`, `edit`, …). */
  change: HistoryKind | 'created';
  /** The PLC as it is now. */
  record: Plc;
}

/** `plc-stage-change`: the cycle moved to another stage. */
export interface StageChangeDetail {
  plc: string;
  framework: string;
  from: string;
  to: string;
  reason?: string;
}

/** `plc-complete` from `<plc-enquiry-cycle>`: a cycle was completed. */
export interface CycleCompleteDetail {
  plc: string;
  framework: string;
  cycle: Cycle;
  summary: CycleSummary;
}

/** `plc-select`: a PLC was chosen in the overview. Cancel it to stop the element opening the PLC. */
export interface PlcSelectDetail {
  plc: string;
}
