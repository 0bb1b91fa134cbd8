export * from './adapters.js';
export * from './migrations.js';
export * from './read.js';
export * from './store.js';
