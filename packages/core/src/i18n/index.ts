export * from './catalog.js';
export { commonMessages } from './messages/common.js';
export { checklistMessages } from './messages/checklist.js';
export { enquiryCycleMessages } from './messages/enquiry-cycle.js';
export { conditionsRadarMessages } from './messages/conditions-radar.js';
export { networkMapMessages } from './messages/network-map.js';
