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

export {
  conditionsForSuccess,
  skillsForSuccess,
  sustainingConditions,
  authenticCollaboration,
  collaborationWithImpact,
  effectiveProfessionalLearning,
  deepPartnership,
  schoolsAsLearningOrganisations,
  plcCharacteristics,
  effectiveNetworks,
};
export { agreementScale, agreementReference } from './scales.js';

/** Built-in rating (radar) frameworks by id, default first. Import this module alone to bundle only ratings. */
export const ratingFrameworks: Record<string, RatingFramework> = Object.fromEntries(
  [
    conditionsForSuccess,
    skillsForSuccess,
    sustainingConditions,
    authenticCollaboration,
    collaborationWithImpact,
    effectiveProfessionalLearning,
    deepPartnership,
    schoolsAsLearningOrganisations,
    plcCharacteristics,
    effectiveNetworks,
  ].map((framework) => [framework.id, framework]),
);

export const DEFAULT_RATING = 'conditions-for-success';
