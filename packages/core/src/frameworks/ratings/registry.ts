import type { RatingFramework } from '../../schema/framework.js';
import { conditionsForSuccess } from './conditions-for-success.js';
import { skillsForSuccess } from './skills-for-success.js';
import { sustainingConditions } from './sustaining-conditions.js';
import { authenticCollaboration } from './authentic-collaboration.js';
import { collaborationWithImpact } from './collaboration-with-impact.js';
import { effectiveProfessionalLearning } from './effective-professional-learning.js';
import { deepPartnership } from './deep-partnership.js';
import { schoolsAsLearningOrganisations } from './schools-as-learning-organisations.js';
import { plcCharacteristics } from './plc-characteristics.js';
import { effectiveNetworks } from './effective-networks.js';

/**
 * Built-in rating (radar) frameworks by id, default first. Exported from `@plc-kit/core/frameworks`,
 * not the barrel, so the radar's bundle can load all but its default on demand (loaders.ts).
 */
export const ratingFrameworks: Record<string, RatingFramework> = {
  'conditions-for-success': conditionsForSuccess,
  'skills-for-success': skillsForSuccess,
  'sustaining-conditions': sustainingConditions,
  'authentic-collaboration': authenticCollaboration,
  'collaboration-with-impact': collaborationWithImpact,
  'effective-professional-learning': effectiveProfessionalLearning,
  'deep-partnership': deepPartnership,
  'schools-as-learning-organisations': schoolsAsLearningOrganisations,
  'plc-characteristics': plcCharacteristics,
  'effective-networks': effectiveNetworks,
};
