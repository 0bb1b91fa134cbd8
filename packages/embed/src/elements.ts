/**
 * What the embed package knows about each PLC Kit element: the kind of framework it takes and how
 * its completion reads as xAPI. The list is a description, not a registry: an element is usable
 * only when its define entry has run (`customElements.get(tag)`), so this works with whatever
 * elements a bundle carries.
 */
export interface ElementInfo {
  /** The kind of framework the element's `framework` attribute names, when it takes one. */
  readonly kind?: 'checklist' | 'rating' | 'cycle';
  /** The attribute that names the framework (`framework`, or `cycle` on the enquiry cycle). */
  readonly frameworkAttribute?: string;
  /** The xAPI verb for its `plc-complete`: a questionnaire is `answered` (as H5P does), anything else `completed`. */
  readonly verb: 'answered' | 'completed';
  /** The xAPI activity type of what the learner worked through. */
  readonly activityType: string;
  /** Title used in snippets and packages when the framework gives none. */
  readonly title: { en: string; cy: string };
}

export const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';
export const MODULE = 'http://adlnet.gov/expapi/activities/module';

export const ELEMENTS: Readonly<Record<string, ElementInfo>> = {
  'plc-checklist': { kind: 'checklist', frameworkAttribute: 'framework', verb: 'answered', activityType: ASSESSMENT, title: { en: 'Are we a PLC?', cy: 'Ydyn ni’n gymuned ddysgu broffesiynol?' } },
  'plc-conditions-radar': {
    kind: 'rating',
    frameworkAttribute: 'framework',
    verb: 'answered',
    activityType: ASSESSMENT,
    title: { en: 'Conditions for success', cy: 'Amodau ar gyfer llwyddiant' },
  },
  'plc-enquiry-cycle': { kind: 'cycle', frameworkAttribute: 'cycle', verb: 'completed', activityType: MODULE, title: { en: 'Enquiry cycle', cy: 'Cylch ymholi' } },
  'plc-network-map': { verb: 'completed', activityType: MODULE, title: { en: 'PLC network map', cy: 'Map rhwydwaith CDPau' } },
};

/** Tags that are PLC Kit elements a page can show on their own (the provider only wraps others). */
export function isElementTag(tag: string): boolean {
  return /^plc-[a-z][a-z0-9-]*$/.test(tag) && tag !== 'plc-provider';
}

/** The PLC Kit elements defined on this page right now, known ones first in a stable order. */
export function definedElements(registry: CustomElementRegistry | undefined = globalThis.customElements): string[] {
  if (!registry) return [];
  return Object.keys(ELEMENTS).filter((tag) => registry.get(tag) !== undefined);
}

export function elementInfo(tag: string): ElementInfo {
  return ELEMENTS[tag] ?? { verb: 'completed', activityType: MODULE, title: { en: tag, cy: tag } };
}

/** Attributes every page may set on any element, besides the element's own: language and the LRS settings. */
export const LRS_ATTRIBUTES = [
  'lrs-endpoint',
  'lrs-auth',
  'lrs-actor',
  'lrs-actor-email',
  'lrs-actor-name',
  'lrs-actor-account',
  'lrs-actor-homepage',
  'lrs-activity-base',
  'lrs-registration',
  'lrs-verb',
  'lrs-retry-base',
] as const;

interface LitPropertyOptions {
  attribute?: boolean | string;
  type?: unknown;
}

export interface AttributeInfo {
  name: string;
  type: 'string' | 'boolean' | 'number';
}

/**
 * The attributes a defined element observes, read from its class (Lit's `elementProperties`, else
 * `observedAttributes`), plus `lang`. Internal state (no attribute) is left out.
 */
export function elementAttributes(tag: string, registry: CustomElementRegistry | undefined = globalThis.customElements): AttributeInfo[] {
  const ctor = registry?.get(tag) as (CustomElementConstructor & { elementProperties?: Map<PropertyKey, LitPropertyOptions>; observedAttributes?: string[] }) | undefined;
  if (!ctor) return [];
  const found = new Map<string, AttributeInfo>();
  const props = ctor.elementProperties;
  if (props instanceof Map) {
    for (const [key, options] of props) {
      if (typeof key !== 'string' || options?.attribute === false) continue;
      const name = typeof options?.attribute === 'string' ? options.attribute : key.toLowerCase();
      const type = options?.type === Boolean ? 'boolean' : options?.type === Number ? 'number' : 'string';
      found.set(name, { name, type });
    }
  } else {
    for (const name of ctor.observedAttributes ?? []) found.set(name, { name, type: 'string' });
  }
  if (!found.has('lang')) found.set('lang', { name: 'lang', type: 'string' });
  return [...found.values()];
}
