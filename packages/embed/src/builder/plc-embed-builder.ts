import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checklistFrameworks, localText, translator, type Framework } from '@plc-kit/core';
import { cycleFrameworks, ratingFrameworks } from '@plc-kit/core/frameworks';
import { PlcElement } from '@plc-kit/elements';
import { definedElements, elementAttributes, elementInfo, type AttributeInfo } from '../elements.js';
import { builderMessages } from './messages.js';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedChoice } from './snippets.js';

const registries: Record<string, Record<string, Framework>> = { checklist: checklistFrameworks, rating: ratingFrameworks, cycle: cycleFrameworks };
const THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
/** Attributes the builder asks about itself (or that make no sense in a snippet). */
const OWN = new Set(['lang', 'theme', 'framework', 'cycle']);
const DEFAULT_BASE = 'https://intranet.example/plc-kit/';

function defaultBase(): string {
  // Built as plc-embed-builder.js next to plc-kit.js: the folder it was loaded from.
  try {
    const here = new URL('./', import.meta.url);
    return /^https?:$/.test(here.protocol) && import.meta.url.endsWith('.js') ? here.href : DEFAULT_BASE;
  } catch {
    return DEFAULT_BASE;
  }
}

/**
 * Builds the code that puts a PLC Kit element on a page: pick an element and its options, see it
 * live, copy the script-tag snippet or the iframe snippet (or the bare address for an LMS field).
 *
 * @summary The embed-code builder for intranet admins and LMS course designers.
 *
 * @csspart form - The choices.
 * @csspart preview - The live element.
 * @csspart snippets - The code to copy.
 * @csspart snippet - One code box with its copy button.
 *
 * @event plc-embed-change - A choice changed. `detail`: `{ tag, script, iframe, address }`.
 */
export class PlcEmbedBuilder extends PlcElement {
  static override styles = [
    ...PlcElement.styles,
    css`
      :host {
        display: block;
        color: var(--_color-text);
        background: var(--_color-surface);
        font-family: var(--_font-family);
        font-size: var(--_font-size);
        line-height: var(--_line-height);
      }
      h2,
      h3 {
        margin: 0 0 var(--_space-s);
        line-height: 1.25;
      }
      h2 {
        font-size: var(--_font-size-large);
      }
      h3 {
        font-size: var(--_font-size);
      }
      .layout {
        display: grid;
        gap: var(--_space-l);
        grid-template-columns: minmax(16em, 22em) minmax(0, 1fr);
      }
      @container (max-width: 48em) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
      :host {
        container-type: inline-size;
      }
      fieldset {
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        margin: 0 0 var(--_space-m);
        padding: var(--_space-s) var(--_space-m) var(--_space-m);
      }
      legend {
        font-weight: 700;
        padding: 0 var(--_space-xs);
      }
      label {
        display: block;
        margin-block: var(--_space-s) var(--_space-xs);
      }
      label.check {
        display: flex;
        gap: var(--_space-s);
        align-items: center;
      }
      input,
      select,
      textarea,
      button {
        font: inherit;
        color: inherit;
        min-height: 2em;
        box-sizing: border-box;
      }
      input:not([type='checkbox']),
      select,
      textarea {
        width: 100%;
        background: var(--_color-surface);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        padding: var(--_space-xs) var(--_space-s);
      }
      input[type='checkbox'] {
        width: 1.25em;
        height: 1.25em;
        min-height: 0;
      }
      textarea {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: var(--_font-size-small);
        resize: vertical;
      }
      :is(input, select, textarea, button, summary):focus-visible {
        outline: var(--_focus-ring-width, 3px) solid var(--_color-focus);
        outline-offset: 2px;
      }
      button {
        background: var(--_color-accent);
        color: var(--_color-on-accent);
        border: 0;
        border-radius: var(--_radius);
        padding: var(--_space-xs) var(--_space-m);
        cursor: pointer;
        min-width: 6em;
      }
      .help,
      .note {
        color: var(--_color-text-muted);
        font-size: var(--_font-size-small);
        margin: var(--_space-xs) 0 0;
      }
      .invalid {
        color: var(--_color-danger);
        font-size: var(--_font-size-small);
        margin: var(--_space-xs) 0 0;
      }
      .preview {
        border: 1px dashed var(--_color-border);
        border-radius: var(--_radius);
        padding: var(--_space-m);
        margin-block-end: var(--_space-l);
        overflow: auto;
        max-height: 40em;
      }
      .preview:focus-visible {
        outline: var(--_focus-ring-width, 3px) solid var(--_color-focus);
        outline-offset: 2px;
      }
      .status {
        margin: 0;
        min-height: 1.5em;
      }
      .snippet {
        margin: 0 0 var(--_space-l);
      }
      .snippet-head {
        display: flex;
        justify-content: space-between;
        align-items: end;
        gap: var(--_space-m);
      }
      summary {
        cursor: pointer;
        min-height: 24px;
      }
    `,
  ];

  /** Tag of the element to embed (default: the first one loaded). */
  @property() element?: string;

  /** Folder URL where plc-kit.js, embed.html and plc-resizer.js are published. */
  @property({ attribute: 'base-url' }) baseUrl = defaultBase();

  @state() private values = new Map<string, string | boolean>();
  @state() private framework = '';
  @state() private chosenLang = '';
  @state() private chosenTheme = '';
  @state() private lrsEndpoint = '';
  @state() private bundle: 'kit' | 'element' = 'kit';
  @state() private height = 640;
  @state() private announcement = '';

  #previewKey = '';

  constructor() {
    super();
    this.storage = 'none'; // The builder keeps nothing; the preview saves nothing.
  }

  private get t() {
    return translator(builderMessages, this.lang_);
  }

  private get tag(): string | undefined {
    const defined = definedElements();
    return this.element && defined.includes(this.element) ? this.element : defined[0];
  }

  /** The choice as it stands: what the snippets are made from. */
  get choice(): EmbedChoice | undefined {
    const tag = this.tag;
    if (!tag) return undefined;
    const info = elementInfo(tag);
    const attributes: [string, string][] = [];
    if (info.frameworkAttribute && this.framework) attributes.push([info.frameworkAttribute, this.framework]);
    if (this.chosenLang) attributes.push(['lang', this.chosenLang]);
    if (this.chosenTheme) attributes.push(['theme', this.chosenTheme]);
    for (const [name, value] of this.values) {
      if (value === true) attributes.push([name, '']);
      else if (typeof value === 'string' && value.trim() !== '') attributes.push([name, value.trim()]);
    }
    if (this.lrsEndpoint.trim()) attributes.push(['lrs-endpoint', this.lrsEndpoint.trim()]);
    return { tag, attributes, base: this.baseUrl || DEFAULT_BASE, bundle: this.bundle, title: this.#title(tag), height: this.height };
  }

  /** The three snippets for the current choice. */
  get snippets(): { script: string; iframe: string; address: string } | undefined {
    const choice = this.choice;
    return choice ? { script: scriptSnippet(choice), iframe: iframeSnippet(choice), address: embedUrl(choice) } : undefined;
  }

  #title(tag: string): string {
    const info = elementInfo(tag);
    const framework = info.kind && this.framework ? registries[info.kind]?.[this.framework] : undefined;
    // The frame's title is read out in the embed's language.
    const lang = this.chosenLang === 'cy' || this.chosenLang === 'en' ? this.chosenLang : this.lang_;
    return framework ? localText(framework.title, lang) : info.title[lang];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('element')) this.#resetOptions();
  }

  #resetOptions(): void {
    this.values = new Map();
    const info = this.tag ? elementInfo(this.tag) : undefined;
    const ids = info?.kind ? Object.keys(registries[info.kind] ?? {}) : [];
    this.framework = ids[0] ?? '';
  }

  protected override renderContent() {
    const t = this.t;
    const tag = this.tag;
    if (!tag) return html`<p role="status">${t('noElements')}</p>`;
    if (!this.framework && elementInfo(tag).kind) this.#resetOptions();
    const snippets = this.snippets!;
    return html`
      <h2>${t('title')}</h2>
      <p class="help">${t('intro')}</p>
      <div class="layout">
        <form part="form" @submit=${(e: Event) => e.preventDefault()}>
          ${this.#renderElementChoice(tag)} ${this.#renderOptions(tag)} ${this.#renderHosting()}
        </form>
        <div>
          <section part="snippets" aria-label=${t('title')}>
            ${this.#renderSnippet('script', t('script'), t('scriptHelp'), snippets.script, 3)}
            ${this.#renderSnippet('iframe', t('iframe'), t('iframeHelp'), snippets.iframe, 5)}
            ${this.#renderSnippet('address', t('address'), '', snippets.address, 2)}
            <p class="status" role="status" aria-live="polite">${this.announcement}</p>
          </section>
          <div>
            <h3 id="preview-title">${t('preview')}</h3>
            <p class="note">${t('previewNote')}</p>
            <!-- Scrolls when the element is long, so it is focusable for keyboard scrolling. -->
            <div class="preview" part="preview" tabindex="0" role="region" aria-labelledby="preview-title"></div>
          </div>
        </div>
      </div>
    `;
  }

  #renderElementChoice(tag: string) {
    const t = this.t;
    return html`<fieldset>
      <legend>${t('element')}</legend>
      <label for="element">${t('element')}</label>
      <select id="element" @change=${(e: Event) => this.#set(() => (this.element = (e.target as HTMLSelectElement).value))}>
        ${definedElements().map((el) => html`<option value=${el} ?selected=${el === tag}>${elementInfo(el).title[this.lang_]} (&lt;${el}&gt;)</option>`)}
      </select>
    </fieldset>`;
  }

  #renderOptions(tag: string) {
    const t = this.t;
    const info = elementInfo(tag);
    const frameworks = info.kind ? Object.values(registries[info.kind] ?? {}) : [];
    const extra = elementAttributes(tag).filter((a) => !OWN.has(a.name));
    return html`<fieldset>
      <legend>${t('options')}</legend>
      ${frameworks.length
        ? html`<label for="framework">${t('framework')}</label>
            <select id="framework" @change=${(e: Event) => this.#set(() => (this.framework = (e.target as HTMLSelectElement).value))}>
              ${frameworks.map((f) => html`<option value=${f.id} ?selected=${f.id === this.framework}>${localText(f.title, this.lang_)}</option>`)}
            </select>`
        : nothing}
      <label for="lang">${t('lang')}</label>
      <select id="lang" @change=${(e: Event) => this.#set(() => (this.chosenLang = (e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!this.chosenLang}>${t('langPage')}</option>
        <option value="en" ?selected=${this.chosenLang === 'en'}>English</option>
        <option value="cy" ?selected=${this.chosenLang === 'cy'}>Cymraeg</option>
      </select>
      <label for="theme">${t('theme')}</label>
      <select id="theme" @change=${(e: Event) => this.#set(() => (this.chosenTheme = (e.target as HTMLSelectElement).value))}>
        <option value="" ?selected=${!this.chosenTheme}>${t('themeDefault')}</option>
        ${THEMES.map((th) => html`<option value=${th} ?selected=${this.chosenTheme === th}>${th}</option>`)}
      </select>
      ${extra.length
        ? html`<details>
            <summary>${t('more')}</summary>
            ${extra.map((a) => this.#renderAttribute(a))}
          </details>`
        : nothing}
      <details>
        <summary>${t('lrs')}</summary>
        <label for="lrs-endpoint">${t('lrsEndpoint')}</label>
        <input
          id="lrs-endpoint"
          type="url"
          inputmode="url"
          aria-describedby="lrs-help"
          .value=${this.lrsEndpoint}
          @input=${(e: Event) => this.#set(() => (this.lrsEndpoint = (e.target as HTMLInputElement).value))}
        />
        <p class="help" id="lrs-help">${t('lrsHelp')}</p>
        ${this.lrsEndpoint && !isHttpUrl(this.lrsEndpoint) ? html`<p class="invalid">${t('badEndpoint')}</p>` : nothing}
      </details>
    </fieldset>`;
  }

  #renderAttribute(a: AttributeInfo) {
    const id = `attr-${a.name}`;
    const value = this.values.get(a.name);
    const update = (v: string | boolean) =>
      this.#set(() => {
        const next = new Map(this.values);
        next.set(a.name, v);
        this.values = next;
      });
    if (a.type === 'boolean')
      return html`<label class="check" for=${id}
        ><input id=${id} type="checkbox" .checked=${value === true} @change=${(e: Event) => update((e.target as HTMLInputElement).checked)} /><code>${a.name}</code></label
      >`;
    return html`<label for=${id}><code>${a.name}</code></label>
      <input
        id=${id}
        type=${a.type === 'number' ? 'number' : 'text'}
        .value=${typeof value === 'string' ? value : ''}
        @input=${(e: Event) => update((e.target as HTMLInputElement).value)}
      />`;
  }

  #renderHosting() {
    const t = this.t;
    return html`<fieldset>
      <legend>${t('hosting')}</legend>
      <label for="base-url">${t('baseUrl')}</label>
      <input id="base-url" type="url" .value=${this.baseUrl} @input=${(e: Event) => this.#set(() => (this.baseUrl = (e.target as HTMLInputElement).value))} />
      ${isHttpUrl(this.baseUrl) ? nothing : html`<p class="invalid">${t('badUrl')}</p>`}
      <label for="bundle">${t('bundle')}</label>
      <select id="bundle" @change=${(e: Event) => this.#set(() => (this.bundle = (e.target as HTMLSelectElement).value === 'element' ? 'element' : 'kit'))}>
        <option value="kit" ?selected=${this.bundle === 'kit'}>${t('bundleKit')}</option>
        <option value="element" ?selected=${this.bundle === 'element'}>${t('bundleElement', { file: `${this.tag}.js` })}</option>
      </select>
      <label for="height">${t('height')}</label>
      <input
        id="height"
        type="number"
        min="200"
        max="4000"
        step="10"
        .value=${String(this.height)}
        @input=${(e: Event) => this.#set(() => (this.height = clampHeight((e.target as HTMLInputElement).valueAsNumber)))}
      />
    </fieldset>`;
  }

  #renderSnippet(id: string, label: string, help: string, code: string, rows: number) {
    return html`<div class="snippet" part="snippet">
      <div class="snippet-head">
        <label for="code-${id}"><strong>${label}</strong></label>
        <button type="button" data-copy=${id} aria-describedby="code-${id}" @click=${() => this.#copy(code)}>${this.t('copy')}</button>
      </div>
      <textarea id="code-${id}" readonly rows=${rows} spellcheck="false" .value=${code} aria-describedby=${help ? `help-${id}` : nothing}></textarea>
      ${help ? html`<p class="help" id="help-${id}">${help}</p>` : nothing}
    </div>`;
  }

  #set(change: () => void): void {
    try {
      change();
      this.announcement = '';
      const s = this.snippets;
      if (s && this.tag) this.emit('plc-embed-change', { tag: this.tag, ...s });
    } catch (error) {
      this.showProblem({ message: String((error as Error)?.message ?? error) });
    }
  }

  async #copy(code: string): Promise<void> {
    let ok = false;
    try {
      // Some browsers leave the promise pending when they will not allow it: give up after a second.
      await Promise.race([navigator.clipboard.writeText(code), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000))]);
      ok = true;
    } catch {
      ok = false;
    }
    this.announcement = ok ? this.t('copied') : this.t('copyFailed');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#updatePreview();
  }

  /** The live element: made with the DOM (the tag comes from the page's own registry), never from markup text. */
  #updatePreview(): void {
    const box = this.renderRoot.querySelector('.preview');
    const choice = this.choice;
    if (!box || !choice) return;
    const attrs = choice.attributes.filter(([k]) => !k.startsWith('lrs-') && k !== 'storage' && k !== 'storage-key');
    const key = JSON.stringify([choice.tag, attrs]);
    if (key === this.#previewKey && box.firstElementChild) return;
    this.#previewKey = key;
    const el = document.createElement(choice.tag);
    for (const [k, v] of attrs) el.setAttribute(k, v);
    el.setAttribute('storage', 'none');
    el.setAttribute('storage-key', 'plc-embed-builder-preview');
    box.replaceChildren(el);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plc-embed-change': CustomEvent<{ tag: string; script: string; iframe: string; address: string }>;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function clampHeight(n: number): number {
  return Number.isFinite(n) ? Math.min(4000, Math.max(200, Math.round(n))) : 640;
}
