export { PlcElement, type Problem } from './base/plc-element.js';
export { defineElement } from './base/define.js';
export { workspaceContext, type Workspace } from './base/context.js';
export { THEMES, type Theme } from './base/theme.js';
export { resolveLang } from './base/lang.js';
export { storeFor } from './base/stores.js';
export { PlcProvider } from './provider/plc-provider.js';
export { PlcConditionsRadar, RADAR_MODES, MAX_SERIES, type RadarMode, type RadarSeries, type ConditionsRadarEventMap } from './conditions-radar/plc-conditions-radar.js';
export { PlcEnquiryCycle, type EnquiryCycleEventMap } from './enquiry-cycle/plc-enquiry-cycle.js';
