export * from './catalog.js';
export { commonMessages } from './messages/common.js';
