// The barrel carries only the default cycle model. The others are reached through
// `@plc-kit/core/frameworks` (every built-in) or `@plc-kit/core/cycle-loaders` (one chunk each): a
// bundler that can see a model's module from an element's static imports keeps it in that
// element's bundle, even unused.
export { walesPlc } from './wales-plc.js';

export const DEFAULT_CYCLE = 'wales-plc';
