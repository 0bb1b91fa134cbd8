import type { ReactiveController } from 'lit';
import { localText, parseFramework, parseFrameworkJson, type Framework, type FrameworkKind } from '@plc-kit/core';
import type { PlcElement } from './plc-element.js';

type Of<K extends FrameworkKind> = Extract<Framework, { kind: K }>;

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
 * radar's frameworks.
 */
export class FrameworkController<K extends FrameworkKind> implements ReactiveController {
  value?: Of<K>;
  loading = false;
  #key = '';
  #request = 0;

  constructor(
    private readonly host: Host,
    private readonly kind: K,
    private readonly builtIns: Record<string, Of<K>>,
    private readonly defaultId: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#key = '';
  }

  hostUpdate(): void {
    const inline = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
    const key = JSON.stringify([inline, this.host.src, this.host.framework, this.host['lang_']]);
    if (key === this.#key) return;
    this.#key = key;
    const request = ++this.#request;
    if (inline !== null) this.#accept(parseFrameworkJson(inline, { kind: this.kind }), 'inline');
    else if (this.host.src) void this.#fetch(this.host.src, request);
    else this.#builtIn(this.host.framework || this.defaultId);
  }

  #builtIn(id: string): void {
    const found = this.builtIns[id];
    if (found) {
      this.value = found;
      this.#clear();
      return;
    }
    const t = this.common;
    this.#report(t('framework.unknown', { id, ids: Object.keys(this.builtIns).join(', ') }));
    this.value ??= this.builtIns[this.defaultId];
  }

  async #fetch(url: string, request: number): Promise<void> {
    this.loading = true;
    this.host.requestUpdate();
    let text: string;
    try {
      const response = await fetch(new URL(url, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      if (request !== this.#request) return;
      this.loading = false;
      this.#report(this.common('framework.fetchFailed', { url, reason: (error as Error).message }));
      this.host.requestUpdate();
      return;
    }
    if (request !== this.#request) return;
    this.loading = false;
    this.#accept(parseFrameworkJson(text, { kind: this.kind }), url);
    this.host.requestUpdate();
  }

  #accept(result: ReturnType<typeof parseFramework>, _from: string): void {
    if (result.ok) {
      if (result.framework.kind !== this.kind) {
        this.#report(this.common('framework.wrongKind', { id: result.framework.id, kind: result.framework.kind, wanted: this.kind }));
        return;
      }
      this.value = result.framework as Of<K>;
      this.#clear();
      return;
    }
    const lang = this.langOf();
    this.#report(
      this.common('framework.invalid', { count: result.problems.length }),
      result.problems.slice(0, 50).map((p) => (p.path ? `${p.path}: ${localText(p.message, lang)}` : localText(p.message, lang))),
    );
  }

  #report(message: string, details?: string[]): void {
    this.host['showProblem']({ message, details });
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
