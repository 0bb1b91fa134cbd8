import type { RatingFramework } from '../../schema/framework.js';
import { conditionsForSuccess } from './conditions-for-success.js';

export { conditionsForSuccess };
export { agreementScale, agreementReference } from './scales.js';

/** Built-in rating (radar) frameworks by id. Import this module alone to bundle only ratings. */
export const ratingFrameworks: Record<string, RatingFramework> = {
  [conditionsForSuccess.id]: conditionsForSuccess,
};

export const DEFAULT_RATING = 'conditions-for-success';
