import { commonMessages, translator, type Lang } from '@plc-kit/core';

/**
 * How long a `src` may take to answer before the element says it could not be loaded (ms). A server
 * that never answers would otherwise leave "Loading…" on screen for ever. Tests may lower it.
 */
export const fetchLimits = { timeout: 20_000 };

type Said = ['framework.notHttp' | 'framework.timeout', Record<string, string | number>];

/** A failure the kit words itself, kept as its key so a message shown later can follow a language switch. */
class Refusal extends Error {
  constructor(
    readonly said: Said,
    lang: Lang,
  ) {
    super(translator(commonMessages, lang)(...said));
  }
}

/** Why a fetch failed, in `lang`: the kit's own reasons are translated, the browser's are as it gave them. */
export function failureReason(error: unknown, lang: Lang): string {
  return error instanceof Refusal ? translator(commonMessages, lang)(...error.said) : ((error as Error)?.message ?? String(error));
}

/** Web addresses, and the page's own data (a framework it made as a blob or a data: URL); never `javascript:`. */
const FETCHABLE = new Set(['http:', 'https:', 'blob:', 'data:']);

/**
 * Fetches the text a `src` attribute names, for an element: only http(s), blob: and data: addresses
 * (a `javascript:` or `file:` src is refused before anything is fetched), within `fetchLimits.timeout`, and an
 * `abort` signal of the caller's own (a superseded request). Failures throw an Error whose message is
 * in the element's language where the browser's own would be English only.
 */
export async function fetchText(url: string, lang: Lang, abort?: AbortSignal): Promise<string> {
  const address = new URL(url, document.baseURI);
  if (!FETCHABLE.has(address.protocol)) throw new Refusal(['framework.notHttp', { scheme: address.protocol }], lang);
  // One controller for both reasons to stop (rather than AbortSignal.any, which older browsers lack).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, fetchLimits.timeout);
  const stop = () => controller.abort();
  if (abort?.aborted) controller.abort();
  abort?.addEventListener('abort', stop);
  try {
    const response = await fetch(address, { credentials: 'same-origin', signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    if (timedOut) throw new Refusal(['framework.timeout', { seconds: fetchLimits.timeout / 1000 }], lang);
    throw error;
  } finally {
    clearTimeout(timer);
    abort?.removeEventListener('abort', stop);
  }
}
