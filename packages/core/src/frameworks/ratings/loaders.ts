import type { RatingFramework } from '../../schema/framework.js';
import { conditionsForSuccess } from './conditions-for-success.js';

/**
 * The built-in rating frameworks for an element that should not carry them all: the default as
 * data, every other one as a loader that a bundler splits into its own chunk, so a page downloads
 * a framework's bilingual text only when it shows that framework. Same ids and objects as
 * `ratingFrameworks` (a test checks).
 */
export const ratingFrameworkLoaders: Record<string, RatingFramework | (() => Promise<RatingFramework>)> = {
  [conditionsForSuccess.id]: conditionsForSuccess,
  'skills-for-success': () => import('./skills-for-success.js').then((m) => m.skillsForSuccess),
  'sustaining-conditions': () => import('./sustaining-conditions.js').then((m) => m.sustainingConditions),
  'authentic-collaboration': () => import('./authentic-collaboration.js').then((m) => m.authenticCollaboration),
  'collaboration-with-impact': () => import('./collaboration-with-impact.js').then((m) => m.collaborationWithImpact),
  'effective-professional-learning': () =>
    import('./effective-professional-learning.js').then((m) => m.effectiveProfessionalLearning),
  'deep-partnership': () => import('./deep-partnership.js').then((m) => m.deepPartnership),
  'schools-as-learning-organisations': () =>
    import('./schools-as-learning-organisations.js').then((m) => m.schoolsAsLearningOrganisations),
  'plc-characteristics': () => import('./plc-characteristics.js').then((m) => m.plcCharacteristics),
  'effective-networks': () => import('./effective-networks.js').then((m) => m.effectiveNetworks),
};
