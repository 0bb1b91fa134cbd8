export * from './checklists/index.js';
export * from './ratings/index.js';
export * from './cycles/index.js';
export { SEEDS } from './sources.js';
