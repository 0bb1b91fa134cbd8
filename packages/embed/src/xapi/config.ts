/**
 * Where statements go and on whose behalf, read from `lrs-*` attributes on the element that
 * completed or any ancestor (a `<plc-provider>`, a wrapping `<div>`), the closest winning, at the
 * moment the event fires: changing an attribute takes effect for the next completion.
 */
export interface LrsConfig {
  endpoint: string;
  /** The `Authorization` header value (`Basic …`), when the store needs one. */
  auth?: string;
  actor: Actor;
  activityBase: string;
  registration?: string;
  verb?: 'answered' | 'completed';
  /** First retry delay in ms; later ones double up to an hour. */
  retryBase: number;
}

export type Actor =
  | { objectType?: 'Agent'; name?: string; mbox: string }
  | { objectType?: 'Agent'; name?: string; mbox_sha1sum: string }
  | { objectType?: 'Agent'; name?: string; openid: string }
  | { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } };

const LEARNER_KEY = 'plc-kit:xapi:learner';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

export const DEFAULT_ACTIVITY_BASE = 'urn:plc-kit:';
export const DEFAULT_RETRY_BASE = 2000;

/** The closest value of each `lrs-*` attribute along the event's path (through shadow roots). */
export function readLrsAttributes(path: readonly EventTarget[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const node of path) {
    if (!(node instanceof Element)) continue;
    for (const attr of node.attributes) {
      if (attr.name.startsWith('lrs-') && !found.has(attr.name)) found.set(attr.name, attr.value.trim());
    }
  }
  return found;
}

/** Turns the attributes into a configuration, or explains why it cannot (returns a string). No endpoint: `undefined`. */
export function lrsConfig(attrs: Map<string, string>, pageUrl: string): LrsConfig | string | undefined {
  const raw = attrs.get('lrs-endpoint');
  if (!raw) return undefined;
  const endpoint = lrsEndpoint(raw, pageUrl);
  if (typeof endpoint === 'string') return endpoint;
  const actor = readActor(attrs, pageUrl);
  if (typeof actor === 'string') return actor;
  const base = attrs.get('lrs-activity-base') || DEFAULT_ACTIVITY_BASE;
  if (!isIri(base)) return `lrs-activity-base "${base}" is not an IRI (e.g. https://intranet.example/plc/)`;
  const registration = attrs.get('lrs-registration') || undefined;
  if (registration && !UUID.test(registration)) return `lrs-registration must be a UUID`;
  const verb = attrs.get('lrs-verb');
  const retry = Number(attrs.get('lrs-retry-base'));
  return {
    endpoint: endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`,
    auth: authHeader(attrs.get('lrs-auth')),
    actor,
    activityBase: base,
    registration,
    verb: verb === 'answered' || verb === 'completed' ? verb : undefined,
    retryBase: Number.isFinite(retry) && retry >= 10 ? Math.min(retry, 600_000) : DEFAULT_RETRY_BASE,
  };
}

/** The statement store's address, relative ones read against the page; or why it cannot be used (returns a string). */
export function lrsEndpoint(raw: string, pageUrl: string): URL | string {
  let endpoint: URL;
  try {
    endpoint = new URL(raw, pageUrl);
  } catch {
    return `lrs-endpoint "${raw}" is not a URL`;
  }
  return endpoint.protocol === 'https:' || endpoint.protocol === 'http:' ? endpoint : `lrs-endpoint must be an http(s) URL, not "${endpoint.protocol}"`;
}

/** `Basic …` / `Bearer …` as given; `key:secret` becomes Basic. */
export function authHeader(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^(basic|bearer)\s+\S/i.test(value)) return value;
  let binary = '';
  for (const byte of new TextEncoder().encode(value)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function readActor(attrs: Map<string, string>, pageUrl: string): Actor | string {
  const name = attrs.get('lrs-actor-name') || undefined;
  const json = attrs.get('lrs-actor');
  if (json) {
    if (json.startsWith('mailto:')) return withName({ mbox: json }, name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      return 'lrs-actor must be JSON (an xAPI Agent) or a mailto: address';
    }
    return checkAgent(parsed);
  }
  const email = attrs.get('lrs-actor-email');
  if (email) {
    const address = email.replace(/^mailto:/, '');
    if (!EMAIL.test(address)) return `lrs-actor-email "${email}" is not an email address`;
    return withName({ mbox: `mailto:${address}` }, name);
  }
  const account = attrs.get('lrs-actor-account');
  if (account) {
    const homePage = attrs.get('lrs-actor-homepage') || siteOf(pageUrl);
    if (!isIri(homePage)) return `lrs-actor-homepage "${homePage}" is not a URL`;
    return withName({ account: { homePage, name: account } }, name);
  }
  // No identity given: a random id kept in this browser, so one person's statements still group together.
  return withName({ account: { homePage: siteOf(pageUrl), name: anonymousLearner() } }, name);
}

/** The site a learner account belongs to: the page's origin (a file or sandboxed page has none to give). */
function siteOf(pageUrl: string): string {
  const origin = new URL(pageUrl).origin;
  return /^https?:/.test(origin) ? origin : 'https://localhost.invalid';
}

function withName<T extends object>(agent: T, name: string | undefined): T & { objectType: 'Agent'; name?: string } {
  return { objectType: 'Agent', ...(name ? { name } : {}), ...agent };
}

function checkAgent(value: unknown): Actor | string {
  const bad = 'lrs-actor must be an xAPI Agent with exactly one of mbox, mbox_sha1sum, openid or account';
  if (!value || typeof value !== 'object' || Array.isArray(value)) return bad;
  const v = value as Record<string, unknown>;
  const name = typeof v.name === 'string' ? v.name : undefined;
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => v[k] !== undefined);
  if (ifis.length !== 1) return bad;
  if (typeof v.mbox === 'string' && /^mailto:[^\s@]+@[^\s@]+$/.test(v.mbox)) return withName({ mbox: v.mbox }, name);
  if (typeof v.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(v.mbox_sha1sum)) return withName({ mbox_sha1sum: v.mbox_sha1sum }, name);
  if (typeof v.openid === 'string' && isIri(v.openid)) return withName({ openid: v.openid }, name);
  const a = v.account as Record<string, unknown> | undefined;
  if (a && typeof a.homePage === 'string' && isIri(a.homePage) && typeof a.name === 'string' && a.name)
    return withName({ account: { homePage: a.homePage, name: a.name } }, name);
  return bad;
}

export function isIri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

function anonymousLearner(): string {
  try {
    const kept = localStorage.getItem(LEARNER_KEY);
    if (kept && UUID.test(kept)) return kept;
    const id = crypto.randomUUID();
    localStorage.setItem(LEARNER_KEY, id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}
