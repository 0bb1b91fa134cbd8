export * from './checklist.js';
export * from './ratings.js';
export * from './xapi-score.js';
