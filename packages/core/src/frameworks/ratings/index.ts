// The barrel carries only the default rating framework. The others are reached through
// `@plc-kit/core/frameworks` (every built-in) or loaders.ts (one chunk each): a bundler that can see a
// framework's module from an element's static imports keeps it in that element's bundle, even unused.
export { conditionsForSuccess } from './conditions-for-success.js';
export { agreementScale, agreementReference } from './scales.js';

export const DEFAULT_RATING = 'conditions-for-success';
