import type { Framework, FrameworkKind } from '../schema/framework.js';
import { checklistFrameworks } from './checklists/index.js';
import { ratingFrameworks } from './ratings/index.js';
import { cycleFrameworks } from './cycles/index.js';

const registries = { checklist: checklistFrameworks, rating: ratingFrameworks, cycle: cycleFrameworks } as const;

/**
 * A built-in framework by id, optionally only of one kind. Imports every registry: an element that
 * needs only its own kind should read that kind's registry (e.g. `checklistFrameworks[id]`) instead.
 */
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
