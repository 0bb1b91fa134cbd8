export * from './workspace-json.js';
export * from './sample.js';
export { ioMessages } from './messages.js';
export * from './csv-write.js';
export * from './csv.js';
