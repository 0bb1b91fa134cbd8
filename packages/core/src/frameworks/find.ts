import type { Framework, FrameworkKind } from '../schema/framework.js';
import { checklistFrameworks } from './checklists/index.js';
import { ratingFrameworks } from './ratings/registry.js';
import { cycleFrameworks } from './cycles/registry.js';

// `@plc-kit/core/frameworks`: every built-in framework, for pickers, tools and tests. Elements use
// only their own kind (checklistFrameworks from the barrel; the radar's and the cycle's loaders).
export { ratingFrameworks, checklistFrameworks, cycleFrameworks };
export { skillsForSuccess } from './ratings/skills-for-success.js';
export { sustainingConditions } from './ratings/sustaining-conditions.js';
export { authenticCollaboration } from './ratings/authentic-collaboration.js';
export { collaborationWithImpact } from './ratings/collaboration-with-impact.js';
export { effectiveProfessionalLearning } from './ratings/effective-professional-learning.js';
export { deepPartnership } from './ratings/deep-partnership.js';
export { schoolsAsLearningOrganisations } from './ratings/schools-as-learning-organisations.js';
export { plcCharacteristics } from './ratings/plc-characteristics.js';
export { effectiveNetworks } from './ratings/effective-networks.js';
export { spiralOfInquiry } from './cycles/spiral-of-inquiry.js';
export { teachingAsInquiry } from './cycles/teaching-as-inquiry.js';
export { lessonStudy } from './cycles/lesson-study.js';
export { disciplinedCollaboration } from './cycles/disciplined-collaboration.js';
export { plcAtWork } from './cycles/plc-at-work.js';

const registries = { checklist: checklistFrameworks, rating: ratingFrameworks, cycle: cycleFrameworks } as const;

/** A built-in framework by id, optionally only of one kind. */
export function findBuiltInFramework<K extends FrameworkKind>(id: string, kind: K): Extract<Framework, { kind: K }> | undefined;
export function findBuiltInFramework(id: string, kind?: FrameworkKind): Framework | undefined;
export function findBuiltInFramework(id: string, kind?: FrameworkKind): Framework | undefined {
  if (typeof id !== 'string') return undefined;
  const kinds = kind ? [kind] : (Object.keys(registries) as FrameworkKind[]);
  for (const k of kinds) {
    const registry = registries[k] as Record<string, Framework> | undefined;
    if (registry && Object.prototype.hasOwnProperty.call(registry, id)) return registry[id];
  }
  return undefined;
}

/** Every built-in framework, for pickers and tests. */
export function builtInFrameworks(kind?: FrameworkKind): Framework[] {
  const kinds = kind ? [kind] : (Object.keys(registries) as FrameworkKind[]);
  return kinds.flatMap((k) => Object.values(registries[k] as Record<string, Framework>));
}
