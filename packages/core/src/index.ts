export * from './schema/index.js';
export * from './store/index.js';
export * from './i18n/index.js';
export * from './frameworks/index.js';
export * from './scoring/index.js';
export * from './cycles/index.js';
export * from './network/index.js';
export * from './io/index.js';
