import type { ReactiveController } from 'lit';
import { localText, type Framework, type FrameworkKind } from '@plc-kit/core';
import type { parseFramework } from '@plc-kit/core/parse';
import type { PlcElement } from './plc-element.js';
import { failureReason, fetchText } from './fetch-text.js';
import { afterNextPaint } from './paint.js';

/** Framework text (characters) long enough that checking it takes a noticeable moment: about 200 items. */
const LONG_FRAMEWORK = 50_000;

type Of<K extends FrameworkKind> = Extract<Framework, { kind: K }>;

/**
 * An element's built-in frameworks by id: the framework itself, or a loader for one that is only
 * fetched (as its own chunk) when a page asks for it. The default must be given as a framework so
 * the default use paints without waiting.
 */
export type BuiltIns<K extends FrameworkKind> = Record<string, Of<K> | (() => Promise<Of<K>>)>;

interface Host extends PlcElement {
  framework?: string;
  src?: string;
}

/**
 * Finds the framework an element renders: an inline `<script type="application/json">` child, else
 * the `src` URL, else the built-in named by `framework`, else the element's default. Anything that
 * fails is shown in the element as a list of problems; the element keeps its last good framework.
 *
 * The element passes in only its own kind's built-ins, so a checklist bundle never carries the
 * radar's frameworks. The parser for a user's own framework (with its bilingual problem messages)
 * is imported only when a page has one, so the default use never downloads it.
 */
export class FrameworkController<K extends FrameworkKind> implements ReactiveController {
  value?: Of<K>;
  loading = false;
  #key = '';
  #request = 0;

  constructor(
    private readonly host: Host,
    private readonly kind: K,
    private readonly builtIns: BuiltIns<K>,
    private readonly defaultId: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#key = '';
  }

  hostUpdate(): void {
    const inline = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    // Not the language: problems are worded at render, so a language switch needs no second fetch.
    const key = JSON.stringify([inline, this.host.src, this.host.framework]);
    if (key === this.#key) return;
    this.#key = key;
    const request = ++this.#request;
    this.loading = false;
    if (inline !== null) void this.#parse(() => Promise.resolve(inline), request);
    else if (this.host.src) void this.#parse(() => fetchText(this.host.src!, this.langOf()), request);
    else this.#builtIn(this.host.framework || this.defaultId, request);
  }

  #builtIn(id: string, request: number): void {
    const found = Object.prototype.hasOwnProperty.call(this.builtIns, id) ? this.builtIns[id] : undefined;
    if (typeof found === 'function') {
      void this.#load(id, found, request);
    } else if (found) {
      this.value = found;
      this.#clear();
    } else {
      this.#report(() => this.common('framework.unknown', { id, ids: Object.keys(this.builtIns).join(', ') }));
      this.value ??= this.builtIns[this.defaultId] as Of<K>;
    }
  }

  async #load(id: string, load: () => Promise<Of<K>>, request: number): Promise<void> {
    const framework = await this.#whileLoading(load, request, id);
    if (request !== this.#request) return;
    if (!framework) {
      this.value ??= this.builtIns[this.defaultId] as Of<K>;
      this.host.requestUpdate();
      return;
    }
    this.value = framework;
    this.#clear();
    this.host.requestUpdate();
  }

  async #parse(text: () => Promise<string>, request: number): Promise<void> {
    const loaded = await this.#whileLoading(
      async () => {
        const [json, parser] = await Promise.all([text(), import('@plc-kit/core/parse')]);
        // Checking a long framework holds the page a moment: "Loading…" is painted first, also when the
        // parser was already loaded and its import settles before the next frame.
        if (json.length > LONG_FRAMEWORK) await afterNextPaint();
        return { json, parser };
      },
      request,
      this.host.src ?? 'inline',
    );
    if (!loaded) return;
    this.#accept(loaded.parser.parseFrameworkJson(loaded.json, { kind: this.kind }));
    this.host.requestUpdate();
  }

  /** Runs one load, showing "loading" meanwhile; a failure is reported, and a superseded request is dropped. */
  async #whileLoading<T>(work: () => Promise<T>, request: number, what: string): Promise<T | undefined> {
    this.loading = true;
    let result: T;
    try {
      result = await work();
    } catch (error) {
      if (request !== this.#request) return undefined;
      this.loading = false;
      this.#report(() => this.common('framework.fetchFailed', { url: what, reason: failureReason(error, this.langOf()) }));
      this.host.requestUpdate();
      return undefined;
    }
    if (request !== this.#request) return undefined;
    this.loading = false;
    return result;
  }

  #accept(result: ReturnType<typeof parseFramework>): void {
    // The parser was given this element's kind, so a framework of another kind is a problem it lists.
    if (result.ok) {
      this.value = result.framework as Of<K>;
      this.#clear();
      return;
    }
    this.#report(
      () => this.common('framework.invalid', { count: result.problems.length }),
      () => result.problems.slice(0, 50).map((p) => (p.path ? `${p.path}: ` : '') + localText(p.message, this.langOf())),
    );
  }

  /** Worded at each render, so a problem already shown follows a change of language. */
  #report(message: () => string, details?: () => string[]): void {
    this.host['showProblem'](() => ({ message: message(), details: details?.() }));
  }

  #clear(): void {
    this.host['showProblem'](undefined);
  }

  private get common() {
    return this.host['common'];
  }

  private langOf() {
    return this.host['lang_'];
  }
}
