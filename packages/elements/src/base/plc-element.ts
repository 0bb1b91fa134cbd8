import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ContextConsumer } from '@lit/context';
import { commonMessages, translator, type Lang, type Translate, type WorkspaceStore, type StoreStatus } from '@plc-kit/core';
import { workspaceContext, type Workspace } from './context.js';
import { onLangChange, resolveLang } from './lang.js';
import { THEMES, parseTheme, type Theme } from './theme.js';
import { parseStorageKind, storeFor } from './stores.js';
import { tokenStyles } from './tokens.styles.js';
import { download } from './download.js';
import type {} from './events.js';

/**
 * Every kit event bubbles and crosses shadow roots. Built outside the class so the manifest analyzer
 * does not list a phantom event named after the `type` parameter.
 */
function kitEvent(type: string, detail: unknown, cancelable: boolean): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

/** A message the element shows in place of throwing into the host page. */
export interface Problem {
  message: string;
  details?: string[];
}

/** Attribute values come from the page: a page-long one is cut, so it cannot bury the message. */
const cut = (value: string) => (value.length > 200 ? `${value.slice(0, 200)}…` : value);
const LEVELS = [1, 2, 3, 4, 5, 6];

/**
 * What every PLC Kit element shares: language, theme, the workspace store, typed events, and a
 * contained way to fail. Subclasses implement `renderContent()`.
 *
 * @csspart loading - The note shown while a large stored workspace is opened.
 *
 * @cssproperty --plc-color-surface - Background of the element.
 * @cssproperty --plc-color-surface-raised - Background of cards, panels and buttons.
 * @cssproperty --plc-color-text - Main text colour.
 * @cssproperty --plc-color-text-muted - Secondary text colour.
 * @cssproperty --plc-color-border - Borders and dividers.
 * @cssproperty --plc-color-accent - Links, chosen options, primary buttons, the first chart series.
 * @cssproperty --plc-color-on-accent - Text on the accent colour.
 * @cssproperty --plc-color-success - Done, met, on track.
 * @cssproperty --plc-color-warning - Needs attention.
 * @cssproperty --plc-color-danger - Errors and overdue items.
 * @cssproperty --plc-color-focus - The focus ring.
 * @cssproperty --plc-focus-ring-width - Width of the focus ring.
 * @cssproperty --plc-series - Comma-separated colours for chart series and clusters.
 * @cssproperty --plc-font-family - Font family.
 * @cssproperty --plc-font-size - Base font size.
 * @cssproperty --plc-font-size-small - Small text.
 * @cssproperty --plc-font-size-large - Headings.
 * @cssproperty --plc-line-height - Line height.
 * @cssproperty --plc-space-xs - Extra-small spacing.
 * @cssproperty --plc-space-s - Small spacing.
 * @cssproperty --plc-space-m - Medium spacing.
 * @cssproperty --plc-space-l - Large spacing.
 * @cssproperty --plc-radius - Corner radius.
 * @cssproperty --plc-elevation - Shadow of raised surfaces.
 */
export abstract class PlcElement extends LitElement {
  static override styles = [tokenStyles];

  /** Colour theme: `light` (default), `dark`, `auto` (follows the device) or `high-contrast`. Inherited from a provider when unset. */
  @property({ reflect: true }) theme?: Theme;

  /** Where answers are kept when there is no provider: `local` (this browser, the default) or `none`. */
  @property() storage?: 'local' | 'none';

  /** Namespace of the saved workspace when there is no provider (default `plc-kit`). */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** The language in use, resolved from `lang` attributes. */
  @state() protected lang_: Lang = 'en';

  @state() protected workspace?: Workspace;

  /** What `showProblem` was given: a function is called at each render, so it speaks the current language. */
  @state() private problemSource?: Problem | (() => Problem);

  @state() private storeStatus?: StoreStatus;

  @state() private crash?: string;

  protected readonly internals: ElementInternals;

  #unwatchLang?: () => void;
  #unsubscribe?: () => void;
  #ownStore?: WorkspaceStore;

  constructor() {
    super();
    this.internals = this.attachInternals();
    new ContextConsumer(this, {
      context: workspaceContext,
      subscribe: true,
      callback: (value) => this.#useWorkspace(value),
    });
  }

  /** The workspace store this element reads and writes: its provider's, or its own. */
  get store(): WorkspaceStore {
    if (this.workspace) return this.workspace.store;
    this.#ownStore ??= storeFor(parseStorageKind(this.storage), this.storageKey || 'plc-kit');
    return this.#ownStore;
  }

  /** Strings shared by all elements, in the element's language. */
  protected get common(): Translate<typeof commonMessages.en> {
    return translator(commonMessages, this.lang_);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lang_ = resolveLang(this);
    this.#unwatchLang = onLangChange(() => {
      const next = resolveLang(this);
      if (next !== this.lang_) this.lang_ = next;
    });
    // The context request is answered synchronously by a provider above; without one, stand alone.
    if (!this.workspace) this.#subscribe(this.store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLang?.();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !this.workspace && (changed.has('storage') || changed.has('storageKey'))) {
      this.#ownStore = undefined;
      this.#subscribe(this.store);
    }
    this.#applyTheme();
  }

  /**
   * Work the element has started that a page awaiting `updateComplete` expects to see done: here a
   * large stored workspace being read. Subclasses add their own (deferred aggregation, models being
   * fetched) and call `super.pendingWork()`.
   */
  protected pendingWork(): Promise<unknown> | undefined {
    return this.isConnected && this.store.status.kind === 'loading' ? this.store.loaded : undefined;
  }

  /** `updateComplete` also waits for `pendingWork()`, and for the render that shows its result. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let work = this.pendingWork(); work; work = this.pendingWork()) {
      await work;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The element's own content. Errors thrown here are shown in the element, not thrown at the page. */
  protected abstract renderContent(): unknown;

  /** Called whenever the workspace changes (and once when the element gets its store). */
  protected storeChanged(): void {}

  protected override render(): TemplateResult {
    // While a large stored workspace is read, the element would otherwise look empty and invite edits.
    if (this.storeStatus?.kind === 'loading')
      return html`${this.renderNotices()}<p class="loading" role="status" aria-busy="true" part="loading">${this.common('storage.loading')}</p>`;
    const offered = this.offered;
    // Browsers show a download in their own bar, which not every screen reader reads: say it here.
    // Keyed, so the same file offered twice is said twice.
    return html`${this.renderNotices()}${this.crash ? nothing : this.renderContent()}
      <p class="visually-hidden" role="status">${offered ? keyed(offered.n, html`<span>${this.common('download.done', { file: offered.file })}</span>`) : nothing}</p>`;
  }

  protected override update(changed: PropertyValues): void {
    this.crash = undefined;
    try {
      super.update(changed);
    } catch (error) {
      console.error(`[plc-kit] <${this.localName}> could not render:`, error);
      this.crash = (error as Error)?.message ?? String(error);
      super.update(changed);
    }
  }

  /** The file offered last, and how many so far: said by a status region. */
  @state() private offered?: { file: string; n: number };

  /** Offers the user a file (see `download`) and says, for a screen reader, that it did. */
  protected offerFile(filename: string, content: string | Blob, type?: string): void {
    download(filename, content, type);
    this.offered = { file: filename, n: (this.offered?.n ?? 0) + 1 };
  }

  /**
   * Shows a problem (role="alert") inside the element; `undefined` clears it. Given a function that
   * builds the problem, it is worded again at each render, so it follows a change of language.
   */
  protected showProblem(problem: Problem | (() => Problem) | undefined): void {
    this.problemSource = problem;
  }

  /** The problem shown now, in the current language. */
  protected get problem(): Problem | undefined {
    const source = this.problemSource;
    if (typeof source !== 'function') return source;
    try {
      return source();
    } catch (error) {
      // Thrown here, it would also break the render that shows the crash.
      return { message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) };
    }
  }

  /**
   * One sentence per attribute whose value the element cannot use, saying what it uses instead;
   * shown together in one alert. Subclasses add their own attributes' notes to `super`'s.
   */
  protected attributeNotes(): string[] {
    const notes = [this.badChoice('theme', this.theme, THEMES, this.workspace?.theme ?? 'light')];
    // Only elements with a heading have the attribute.
    if ('headingLevel' in this) {
      const level = this.headingLevel as number | null;
      notes.push(this.badChoice('heading-level', Number.isNaN(level) ? this.getAttribute('heading-level') : level, LEVELS, this.headingLevelInUse));
    }
    return notes.filter((note): note is string => !!note);
  }

  /** The note for an attribute set to a value not in `allowed`, so `fallback` is used; nothing when it is unset or allowed. */
  protected badChoice(name: string, value: unknown, allowed: readonly unknown[], fallback: unknown): string | undefined {
    if (value == null || allowed.includes(value)) return undefined;
    return this.common('attr.bad', { name, value: cut(String(value)), allowed: allowed.join(', '), fallback: String(fallback) });
  }

  /** The level of the element's top heading: `heading-level` when it is 1–6, else the nearest of those (2 when it is not a number). */
  protected get headingLevelInUse(): number {
    return Math.min(6, Math.max(1, Math.round((this as { headingLevel?: number }).headingLevel!) || 2));
  }

  /** Fires a bubbling, composed event whose detail type is declared in `GlobalEventHandlersEventMap`. */
  emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(kitEvent(type, detail, options.cancelable ?? false));
  }

  /** Problems, storage warnings and crashes, each as a readable message. */
  protected renderNotices(): TemplateResult {
    const t = this.common;
    const status = this.storeStatus;
    let storeMessage: string | undefined;
    if (status?.kind === 'recovered') storeMessage = t('storage.recovered', { key: status.backupKey });
    else if (status?.kind === 'salvaged') storeMessage = t('storage.salvaged', { key: status.backupKey, count: status.dropped });
    else if (status?.kind === 'read-only') storeMessage = t('storage.backupFailed');
    else if (status?.kind === 'write-failed')
      storeMessage = t('storage.writeFailed', { reason: t(status.reason === 'quota' ? 'storage.quota' : 'storage.unavailable') });
    const problem = this.problem;
    const notes = this.attributeNotes();
    return html`
      ${notes.length ? html`<div class="notice" role="alert" part="error">${notes.map((note) => html`<p>${note}</p>`)}</div>` : nothing}
      ${problem
        ? html`<div class="notice error" role="alert" part="error">
            <strong>${problem.message}</strong>
            ${problem.details?.length ? html`<ul>${problem.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
      ${this.crash ? html`<div class="notice error" role="alert" part="error">${t('error.unexpected', { message: this.crash })}</div>` : nothing}
      ${storeMessage ? html`<div class="notice" role="alert" part="storage-status">${storeMessage}</div>` : nothing}
    `;
  }

  #useWorkspace(workspace: Workspace | undefined): void {
    this.workspace = workspace;
    if (workspace) this.#subscribe(workspace.store);
  }

  #subscribe(store: WorkspaceStore): void {
    this.#unsubscribe?.();
    this.#unsubscribe = store.subscribe((_, s) => {
      this.storeStatus = s.status;
      this.storeChanged();
      this.requestUpdate();
    });
    this.storeStatus = store.status;
    this.storeChanged();
  }

  #applyTheme(): void {
    const theme = this.effectiveTheme;
    const states = this.internals.states;
    for (const name of ['theme-light', 'theme-dark', 'theme-auto', 'theme-high-contrast']) {
      if (name === `theme-${theme}`) states.add(name);
      else states.delete(name);
    }
  }

  /** The theme in effect (own attribute when it is a theme, else the provider's, else light). */
  get effectiveTheme(): Theme {
    return parseTheme(this.theme) ?? this.workspace?.theme ?? 'light';
  }

  /** The value of a design token as drawn right now, for canvas drawing. */
  protected token(name: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim();
  }
}
