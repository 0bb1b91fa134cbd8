import type {
  ChecklistChangeDetail,
  ChecklistCompleteDetail,
  CycleCompleteDetail,
  EnquiryCycleChangeDetail,
  NetworkChangeDetail,
  NetworkSelectDetail,
  PlcSelectDetail,
  RadarChangeDetail,
  RadarCompleteDetail,
  StageChangeDetail,
} from '@plc-kit/core';

/**
 * The kit's events, declared once for the whole page. Several elements share an event name, so a
 * listener on `document` gets the union of their details; each element also types its own
 * `addEventListener` with its exact detail (e.g. `ConditionsRadarEventMap`).
 */
export type PlcChangeDetail = ChecklistChangeDetail | RadarChangeDetail | EnquiryCycleChangeDetail | NetworkChangeDetail;
export type PlcCompleteDetail = ChecklistCompleteDetail | RadarCompleteDetail | CycleCompleteDetail;
export type PlcSelectEventDetail = NetworkSelectDetail | PlcSelectDetail;

declare global {
  interface GlobalEventHandlersEventMap {
    'plc-change': CustomEvent<PlcChangeDetail>;
    'plc-complete': CustomEvent<PlcCompleteDetail>;
    'plc-select': CustomEvent<PlcSelectEventDetail>;
    'plc-stage-change': CustomEvent<StageChangeDetail>;
  }
}
