export * from './checklists/index.js';
export * from './ratings/index.js';
export * from './cycles/index.js';
export { SEEDS } from './sources.js';
export * from './parse.js';
export { describeIssue, describeIssues, formatPath, MAX_PROBLEMS } from './problems.js';
export { problemMessages } from './messages.js';
