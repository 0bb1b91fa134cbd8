import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  DEFAULT_CHECKLIST,
  answerChecklist,
  checklistAnswers,
  checklistFrameworks,
  checklistMessages,
  checklistTarget,
  checklistValueLabel,
  findChecklistResponse,
  isId,
  localText,
  removeChecklistResponse,
  scoreChecklist,
  translator,
  type ChecklistChangeDetail,
  type ChecklistCompleteDetail,
  type ChecklistFramework,
  type ChecklistItem,
  type ChecklistResponse,
  type ChecklistResult,
  type ChecklistTarget,
  type ChecklistValue,
  type Lang,
  type Translate,
} from '@plc-kit/core';
import { PlcElement } from '../base/plc-element.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { FrameworkController } from '../base/framework-controller.js';
import { afterNextPaint } from '../base/paint.js';
import { fillParts, localPart, sourceLine } from '../base/local-part.js';
import { checklistStyles } from './plc-checklist.styles.js';
import { copyChecklistResult, checklistFile } from './checklist-files.js';

/** Rows drawn at once before the rest are added in slices: more than a screenful, and every built-in checklist. */
const FIRST_ROWS = 24;
/** The script each later slice of rows aims at, in milliseconds, leaving most of a frame to the page. */
const SLICE_MS = 12;

/** What every row of one render shares, worked out once instead of once per row. */
interface RowWords {
  t: Translate<typeof checklistMessages.en>;
  lang: Lang;
  total: number;
  locked: boolean;
  not: string;
  plc: string;
  or: string;
  prompt: string;
  contrast: readonly string[];
  agree: readonly string[];
}

/**
 * Counts (whole numbers) are written as text here rather than by `Intl.NumberFormat`: English and
 * Welsh both group thousands with a comma, and the first formatter on a page costs ~20 ms, which would
 * otherwise land on the first paint (or, for a framework of 1,000 rows, on its first task).
 */
function plainCounts(params: Record<string, string | number>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : value;
  }
  return out;
}

/**
 * The "A PLC or not a PLC?" self-assessment (or any checklist framework): a team places itself on a
 * four-point scale between the two poles of each row, and gets a band, a score and row-by-row
 * feedback on what to strengthen. Answers are saved as they are given.
 *
 * Attributes:
 * - `framework`: a built-in checklist id (default `plc-or-not`).
 * - `src`: URL of a checklist framework as JSON. An inline `<script type="application/json">` child wins over both.
 * - `plc`: the id of the PLC answering; answers are saved per framework and PLC (else per `storage-key`).
 * - `name`: the form field name; inside a `<form>` the answers are submitted as JSON under it.
 * - `required`: the form is invalid until every row is answered.
 * - `readonly`: shows the saved answers and result without allowing changes.
 * - `heading-level`: level of the element's title heading (1–6, default 2).
 * - `lang`, `theme`, `storage`, `storage-key`: see the shared base.
 *
 * @summary A self-assessment: is our team working as a professional learning community?
 *
 * @event plc-change - An answer was given (or all were cleared). `detail`: `{ framework, plc?, item?, value?, answers, answered, total }`.
 * @event plc-complete - The last row was answered, an answer changed on a finished checklist, or the surrounding form was submitted with every row answered. `detail`: `{ framework, plc?, result, response }` where `result.score` is `{ raw, min, max, scaled }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - Title, introduction and the PLC's name.
 * @csspart progress - The progress bar and count.
 * @csspart items - The list of rows (`aria-busy` while a long checklist's rows are still being added).
 * @csspart adding - The "adding rows" note shown while a long checklist's rows are still being added.
 * @csspart item - One row (a fieldset).
 * @csspart poles - The two statements of a row, side by side.
 * @csspart pole - One statement; also `pole-not` or `pole-plc`.
 * @csspart pole-not - The "not a PLC" statement.
 * @csspart pole-plc - The PLC statement.
 * @csspart scale - The four points between the poles.
 * @csspart point - One point of the scale (label and radio button).
 * @csspart result - The result panel.
 * @csspart band - The band's name in the result.
 * @csspart score - The score line in the result.
 * @csspart feedback - The row-by-row feedback list.
 * @csspart note - The "reflection aid, not a validated measure" note.
 * @csspart actions - The row of buttons (copy, print, downloads, start again).
 * @csspart dialog - The "start again?" confirmation dialog.
 * @csspart error - A problem message (invalid framework, bad attribute).
 *
 * @cssproperty --plc-checklist-pole-not-color - Edge colour of the "not a PLC" statement (default: muted text).
 * @cssproperty --plc-checklist-pole-plc-color - Edge colour of the PLC statement and of answered rows (default: accent).
 * @cssproperty --plc-checklist-point-size - Size of the radio buttons (default 1.5em).
 * @cssproperty --plc-checklist-item-gap - Space between rows (default: medium spacing).
 * @cssproperty --plc-checklist-chosen-background - Background of the chosen point (default: raised surface).
 */
export class PlcChecklist extends PlcElement {
  static override styles = [...PlcElement.styles, dialogStyles, checklistStyles];
  static formAssociated = true;

  /** A built-in checklist framework id. */
  @property() framework?: string;

  /** URL of a checklist framework (JSON). */
  @property() src?: string;

  /** Id of the PLC whose answers these are. */
  @property() plc?: string;

  /** Form field name under which the answers are submitted (as JSON). */
  @property({ reflect: true }) name?: string;

  /** The surrounding form is invalid until every row is answered. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows the saved answers without allowing changes. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Level of the title heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private announcement = '';
  @state() private copied: 'yes' | 'failed' | undefined;
  @state() private formDisabled = false;
  @state() private aboutOpen = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  readonly #frameworks = new FrameworkController(this, 'checklist', checklistFrameworks, DEFAULT_CHECKLIST);
  #form: HTMLFormElement | null = null;
  /** Rows drawn so far, for the framework they belong to (see `#rowsToShow`). */
  #rows: { framework?: ChecklistFramework; shown: number } = { shown: 0 };
  #adding = false;
  #sliceSize = 24;

  /** The framework in use, once resolved. */
  get checklist(): ChecklistFramework | undefined {
    return this.#frameworks.value;
  }

  /** Answers so far, by item id (only those that belong to the framework). */
  get answers(): Record<string, ChecklistValue> {
    const framework = this.checklist;
    return framework ? checklistAnswers(framework, this.#response()?.answers) : {};
  }

  /** The scored result (also for an unfinished checklist: see `complete`). */
  get result(): ChecklistResult | undefined {
    const framework = this.checklist;
    return framework ? scoreChecklist(framework, this.#response()?.answers) : undefined;
  }

  /** The form value: `{ framework, plc?, answers }` as JSON. */
  get value(): string {
    const framework = this.checklist;
    return JSON.stringify({ framework: framework?.id ?? null, ...(this.#validPlc() ? { plc: this.plc } : {}), answers: this.answers });
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  private get t(): Translate<typeof checklistMessages.en> {
    const t = translator(checklistMessages, this.lang_);
    return (key, params) => t(key, params && plainCounts(params));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back while rows were still being added: carry on from the rows it has.
    const { framework, shown } = this.#rows;
    if (framework && shown < framework.items.length) this.#scheduleSlice();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.formAssociatedCallback(null);
  }

  /** Called by the browser when the element joins or leaves a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit);
    if (form) this.requestUpdate();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** A form reset leaves saved answers alone: they belong to the team, not to the form. */
  formResetCallback(): void {
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncForm();
  }

  // ---- store ------------------------------------------------------------------------------------

  #validPlc(): boolean {
    return !!this.plc && isId(this.plc);
  }

  #target(): ChecklistTarget | undefined {
    const framework = this.checklist;
    if (!framework) return undefined;
    return checklistTarget(framework.id, { plc: this.#validPlc() ? this.plc : undefined, key: this.storageKey });
  }

  #response(): ChecklistResponse | undefined {
    const target = this.#target();
    return target ? findChecklistResponse(this.store.state, target) : undefined;
  }

  #locked(): boolean {
    return this.readonly || this.formDisabled;
  }

  #answer(item: string, value: ChecklistValue): void {
    const framework = this.checklist;
    const target = this.#target();
    if (!framework || !target || this.#locked()) return;
    const before = this.store.state;
    this.store.update((ws) => answerChecklist(ws, target, item, value, { framework }));
    if (this.store.state === before) return;
    const response = findChecklistResponse(this.store.state, target);
    const result = scoreChecklist(framework, response?.answers);
    const t = this.t;
    this.emit('plc-change', {
      framework: framework.id,
      ...(target.plc ? { plc: target.plc } : {}),
      item,
      value,
      answers: checklistAnswers(framework, response?.answers),
      answered: result.answered,
      total: result.total,
    });
    if (result.complete && response) {
      // Finishing, or changing an answer afterwards: either way the result (band, score) is news.
      this.announcement = this.#completeAnnouncement(result);
      this.#emitComplete(framework, target, result, response);
    } else {
      this.announcement = t('progress', { answered: result.answered, total: result.total });
    }
  }

  #completeAnnouncement(result: ChecklistResult): string {
    return this.t('announce.complete', {
      band: result.band ? localText(result.band.label, this.lang_) : '—',
      raw: result.score.raw,
      max: result.score.max,
    });
  }

  #emitComplete(framework: ChecklistFramework, target: ChecklistTarget, result: ChecklistResult, response: ChecklistResponse): void {
    this.emit('plc-complete', { framework: framework.id, ...(target.plc ? { plc: target.plc } : {}), result, response });
  }

  /** The saved response for this element's framework and PLC (or key), if any. */
  get response(): ChecklistResponse | undefined {
    return this.#response();
  }

  #startAgain(): void {
    const framework = this.checklist;
    const target = this.#target();
    if (!framework || !target || this.#locked()) return;
    this.store.update((ws) => removeChecklistResponse(ws, target));
    this.emit('plc-change', {
      framework: framework.id,
      ...(target.plc ? { plc: target.plc } : {}),
      answers: {},
      answered: 0,
      total: framework.items.length,
    });
    this.announcement = this.t('progress', { answered: 0, total: framework.items.length });
  }

  #syncForm(): void {
    if (!this.internals.form) return; // joining a form later triggers an update (formAssociatedCallback)
    const framework = this.checklist;
    this.internals.setFormValue(framework ? this.value : null);
    if (!this.required || this.readonly) {
      this.internals.setValidity({});
      return;
    }
    if (!framework) {
      this.internals.setValidity({ valueMissing: true }, this.common('loading'));
      return;
    }
    const result = scoreChecklist(framework, this.#response()?.answers);
    if (result.complete) {
      this.internals.setValidity({});
      return;
    }
    const first = result.unanswered[0];
    const anchor = this.renderRoot.querySelector<HTMLInputElement>(`fieldset[data-item="${CSS.escape(first ?? '')}"] input`) ?? undefined;
    this.internals.setValidity({ valueMissing: true }, this.t('required', { left: result.unanswered.length }), anchor);
  }

  // ---- handlers (each guarded: nothing is thrown into the host page) ----------------------------

  #guard(what: () => void | Promise<void>): void {
    try {
      const done = what();
      if (done instanceof Promise) done.catch((error) => this.#failed(error));
    } catch (error) {
      this.#failed(error);
    }
  }

  #failed(error: unknown): void {
    console.error('[plc-kit] <plc-checklist>:', error);
    this.showProblem(() => ({ message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) }));
  }

  #onChange = (event: Event): void =>
    this.#guard(() => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
      const item = input.closest('fieldset')?.dataset.item;
      if (!item) return;
      try {
        const value = Number(input.value);
        if (value === 1 || value === 2 || value === 3 || value === 4) this.#answer(item, value);
      } finally {
        this.#showSaved(item, input.name);
      }
    });

  /**
   * Rows are drawn again only when their answer changes, so a choice that was not taken (read-only
   * meanwhile, or a save that failed) is undone here: the row shows what is saved.
   */
  #showSaved(item: string, name: string): void {
    const saved = this.answers[item];
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)) {
      const chosen = Number(radio.value) === saved;
      if (radio.checked !== chosen) radio.checked = chosen;
    }
  }

  #onKeydown = (event: KeyboardEvent): void =>
    this.#guard(() => {
      // Enter in a radio submits the surrounding form, as it does for a native radio in a form.
      if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || !this.internals.form) return;
      event.preventDefault();
      this.internals.form.requestSubmit();
    });

  #onSubmit = (): void =>
    this.#guard(() => {
      const framework = this.checklist;
      const target = this.#target();
      const response = this.#response();
      if (!framework || !target || !response) return;
      const result = scoreChecklist(framework, response.answers);
      if (result.complete) this.#emitComplete(framework, target, result, response);
    });

  #openDialog = (): void =>
    this.#guard(() => {
      const dialog = this.dialog;
      if (!dialog || dialog.open) return;
      dialog.showModal();
    });

  #closeDialog = (): void => this.#guard(() => this.dialog?.close());

  #confirmStartAgain = (): void =>
    this.#guard(() => {
      this.dialog?.close();
      this.#startAgain();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus());
    });

  #copy = (): void =>
    this.#guard(async () => {
      const framework = this.checklist;
      const result = this.result;
      if (!framework || !result) return;
      const ok = await copyChecklistResult(framework, result, this.lang_, this.#plcName());
      this.copied = ok ? 'yes' : 'failed';
      this.announcement = ok ? this.common('action.copied') : this.t('copy.failed');
    });

  #toggleAbout = (): void => {
    this.aboutOpen = !this.aboutOpen;
  };

  #print = (): void => this.#guard(() => window.print());

  #download(format: 'json' | 'csv'): void {
    this.#guard(() => {
      const framework = this.checklist;
      if (framework) this.offerFile(...checklistFile(format, framework, this.#response(), this.lang_, this.#plcName()));
    });
  }

  #downloadJson = (): void => this.#download('json');
  #downloadCsv = (): void => this.#download('csv');

  #plcName(): string | undefined {
    if (!this.plc) return undefined;
    return this.store.state.plcs.find((p) => p.id === this.plc)?.name ?? this.plc;
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected override renderContent(): unknown {
    const framework = this.checklist;
    const t = this.t;
    const plcProblem =
      this.plc && !this.#validPlc()
        ? html`<div class="notice error" role="alert" part="error">${t('plcInvalid', { value: this.plc })}</div>`
        : nothing;
    if (!framework) {
      // Busy while a user's framework loads and is checked: for 1,000 rows that is a long task of its own.
      return html`${plcProblem}${this.#frameworks.loading ? html`<p role="status" aria-busy="true">${this.common('loading')}</p>` : nothing}`;
    }
    const lang = this.lang_;
    const answers = this.answers;
    const result = scoreChecklist(framework, answers);
    const level = this.headingLevelInUse;
    const locked = this.#locked();
    const plcName = this.#plcName();
    const total = framework.items.length;
    const shown = this.#rowsToShow(framework);
    const adding = shown < total;
    const words: RowWords = {
      t,
      lang,
      total,
      locked,
      not: t('pole.not'),
      plc: t('pole.plc'),
      or: t('or'),
      prompt: t('agree.prompt'),
      contrast: [t('scale.contrast.1'), t('scale.contrast.2'), t('scale.contrast.3'), t('scale.contrast.4')],
      agree: [t('scale.agree.1'), t('scale.agree.2'), t('scale.agree.3'), t('scale.agree.4')],
    };
    const rows: unknown[] = [];
    for (let index = 0; index < shown; index++) {
      const item = framework.items[index]!;
      const answer = answers[item.id];
      // A row is drawn again only when something it shows changed: answering one row of a thousand
      // costs one row, not a thousand.
      rows.push(guard([item, index, total, answer, locked, lang], () => this.#renderItem(item, index, answer, words)));
    }
    return html`
      ${plcProblem}
      <div part="base" class="checklist">
        <div part="header">
          <div class="heading" role="heading" aria-level=${level}>${localPart(framework.title, lang)}</div>
          ${plcName ? html`<p class="for">${t('for', { name: plcName })}</p>` : nothing}
          ${this.readonly
            ? html`<p class="notice">${t('readonly')}${result.answered === 0 ? html` ${t('readonly.empty')}` : nothing}</p>`
            : html`<p>${t('intro')}</p>`}
          ${framework.description
            ? // A disclosure button rather than <details>: a page's first <details> costs the first paint ~2 ms.
              html`<div class="about">
                <button type="button" class="disclosure" aria-expanded=${this.aboutOpen ? 'true' : 'false'} aria-controls="about" @click=${this.#toggleAbout}
                >${t('about')}</button
                >
                <div id="about" ?hidden=${!this.aboutOpen}>
                  <p>${localPart(framework.description, lang)}</p>
                  <p class="muted">${sourceLine(framework.source, lang, this.common('framework.sourceLabel'))}</p>
                </div>
              </div>`
            : nothing}
        </div>
        <div class="progress" part="progress">
          <progress id="progress" max=${total} .value=${result.answered} aria-label=${t('progress.label')}></progress>
          <span aria-hidden="true">${t('progress', { answered: result.answered, total })}</span>
        </div>
        <ol class=${shown > FIRST_ROWS ? 'items long' : 'items'} part="items" aria-busy=${adding ? 'true' : 'false'} @change=${this.#onChange} @keydown=${this.#onKeydown}>
          ${rows}
        </ol>
        ${adding ? html`<p class="adding muted" part="adding">${t('rows.adding', { shown, total })}</p>` : nothing}
        ${result.complete
          ? this.#renderResult(framework, result, level)
          : html`<p class="pending">${t('result.pending')} (${t('progress', { answered: result.answered, total })})</p>`}
        ${this.#renderActions(result)}
        <p class="status muted">${this.common(this.store.adapter.kind === 'local' ? 'storage.local' : 'storage.none')}</p>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
      ${result.answered > 0 && !locked ? this.#renderDialog(result.answered) : nothing}
    `;
  }

  // ---- rows in slices ---------------------------------------------------------------------------

  /**
   * How many rows to draw now. A framework of up to FIRST_ROWS rows (the built-in one has eleven) is
   * drawn in one go; a longer one starts with a screenful and grows by a slice per task, so a
   * framework of 1,000 rows never holds the page for long and answers given meanwhile are kept (they
   * live in the store, not in the rows).
   */
  #rowsToShow(framework: ChecklistFramework): number {
    const total = framework.items.length;
    const previous = this.#rows;
    // The same framework read again (a language change re-reads a user's JSON) keeps the rows drawn.
    const same = previous.framework === framework || (previous.framework?.id === framework.id && previous.framework.items.length === total);
    const shown = Math.min(total, same ? Math.max(previous.shown, FIRST_ROWS) : FIRST_ROWS);
    this.#rows = { framework, shown };
    if (shown < total) this.#scheduleSlice();
    return shown;
  }

  /**
   * Adds the rest of a long framework's rows, one slice after each painted frame, so the page draws
   * and answers between slices (a stream of timers alone can hold Firefox's painting back for a
   * while). Each slice aims at SLICE_MS of script, fewer rows on a slow machine.
   */
  #scheduleSlice(): void {
    if (this.#adding || !this.isConnected) return;
    this.#adding = true;
    this.#guard(async () => {
      try {
        for (;;) {
          await afterNextPaint();
          const { framework, shown } = this.#rows;
          if (!framework || shown >= framework.items.length || !this.isConnected) return;
          const started = performance.now();
          this.#rows = { framework, shown: Math.min(framework.items.length, shown + this.#sliceSize) };
          this.requestUpdate();
          await this.updateComplete;
          const took = Math.max(1, performance.now() - started);
          this.#sliceSize = Math.round(Math.min(200, Math.max(8, (this.#sliceSize * SLICE_MS) / took)));
        }
      } finally {
        this.#adding = false;
      }
    });
  }

  /** One row: two poles, or one pole and a question of agreement. */
  #renderItem(item: ChecklistItem, index: number, answer: ChecklistValue | undefined, words: RowWords): TemplateResult {
    const { t, lang, locked } = words;
    const n = index + 1;
    const classes = `${answer ? 'answered' : ''}${locked ? ' locked' : ''}`;
    const legend = t('row', { n, total: words.total });
    if (!item.not) {
      return html`<li>
        <fieldset part="item" class=${classes} aria-labelledby="row-${n} plc-${n} prompt-${n}" data-item=${item.id}>
          <legend id="row-${n}">${legend}</legend>
          <div part="poles" class="poles single">
            <p part="pole pole-plc" class="pole plc" id="plc-${n}"><span class="pole-label">${words.plc}:</span> ${localPart(item.plc, lang)}</p>
          </div>
          <p class="prompt" id="prompt-${n}">${words.prompt}</p>
          ${this.#renderScale(n, answer, words.agree, locked)}
        </fieldset>
      </li>`;
    }
    return html`<li>
      <fieldset part="item" class=${classes} aria-labelledby="row-${n} not-${n} or-${n} plc-${n}" data-item=${item.id}>
        <legend id="row-${n}">${legend}</legend>
        <div part="poles" class="poles">
          <p part="pole pole-not" class="pole not" id="not-${n}"><span class="pole-label">${words.not}:</span> ${localPart(item.not, lang)}</p>
          <span class="visually-hidden" id="or-${n}">${words.or}</span>
          <p part="pole pole-plc" class="pole plc" id="plc-${n}"><span class="pole-label">${words.plc}:</span> ${localPart(item.plc, lang)}</p>
        </div>
        ${this.#renderScale(n, answer, words.contrast, locked)}
      </fieldset>
    </li>`;
  }

  /** The four points of a row. */
  #renderScale(n: number, answer: ChecklistValue | undefined, labels: readonly string[], locked: boolean): TemplateResult {
    const name = `item-${n}`;
    return html`<div part="scale" class="scale">
      ${labels.map(
        (label, i) =>
          html`<label part="point" class=${answer === i + 1 ? 'point chosen' : 'point'}
            ><input type="radio" name=${name} value=${i + 1} .checked=${answer === i + 1} ?disabled=${locked} />${label}</label
          >`,
      )}
    </div>`;
  }

  #renderResult(framework: ChecklistFramework, result: ChecklistResult, level: number): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    // "82%" in both English and Welsh; a first Intl formatter would add ~20 ms as the result appears.
    const percent = `${Math.round(result.score.scaled * 100)}%`;
    const sub = Math.min(6, level + 1);
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <div class="heading" role="heading" aria-level=${sub} id="result-heading">${t('result.heading')}</div>
      ${result.band
        ? html`<p part="band" class="band">${fillParts(t('result.band'), lang, { band: localPart(result.band.label, lang) })}</p>
            <p>${localPart(result.band.summary, lang)}</p>`
        : html`<p part="band" class="band">${t('result.noBand')}</p>`}
      <p part="score" class="score">${t('result.score', { raw: result.score.raw, max: result.score.max, percent })}</p>
      <p part="note" class="note">${this.common('framework.heuristic')}</p>
      <div class="heading" role="heading" aria-level=${Math.min(6, sub + 1)}>${t('result.feedback')}</div>
      <ol part="feedback" class="feedback">
        ${result.feedback.map(
          (f) => html`<li class=${f.level}>
            <span class="level">${t(`feedback.${f.level}`)}</span>
            <p><strong>${f.index + 1}. ${localPart(f.item.plc, lang)}</strong></p>
            <p>${t('feedback.answer', { answer: checklistValueLabel(f.item, f.answer, lang) })}</p>
            <p>${fillParts(t('feedback.strengthen'), lang, { text: localPart(f.strengthen, lang) })}</p>
          </li>`,
        )}
      </ol>
      <p class="muted">${sourceLine(framework.source, lang, this.common('framework.sourceLabel'))}</p>
    </section>`;
  }

  #renderActions(result: ChecklistResult): TemplateResult | typeof nothing {
    if (result.answered === 0) return nothing;
    const t = this.t;
    const c = this.common;
    return html`<div part="actions" class="actions">
      ${result.complete
        ? html`<button type="button" @click=${this.#copy}>${this.copied === 'yes' ? c('action.copied') : t('action.copyResult')}</button>
            <button type="button" @click=${this.#print}>${c('action.print')}</button>`
        : nothing}
      <button type="button" @click=${this.#downloadJson}>${c('download.json')}</button>
      <button type="button" @click=${this.#downloadCsv}>${c('download.csv')}</button>
      ${this.#locked()
        ? nothing
        : html`<span class="spacer"></span>
            <button type="button" class="start-again" aria-haspopup="dialog" @click=${this.#openDialog}>${t('action.startAgain')}</button>`}
    </div>
    ${this.copied === 'failed' ? html`<p class="notice" role="alert">${t('copy.failed')}</p>` : nothing}`;
  }

  #renderDialog(answered: number): TemplateResult {
    const t = this.t;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-body">
      <div class="heading" role="heading" aria-level="2" id="confirm-title">${t('confirm.title')}</div>
      <p id="confirm-body">${t('confirm.body', { answered })}</p>
      <div class="actions">
        <button type="button" class="cancel" autofocus @click=${this.#closeDialog}>${this.common('action.cancel')}</button>
        <button type="button" class="danger confirm" @click=${this.#confirmStartAgain}>${t('confirm.yes')}</button>
      </div>
    </dialog>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('lang_')) {
      this.copied = undefined;
      // A live message in the old language would be read out again in the wrong one: drop it.
      if (changed.get('lang_') !== undefined) this.announcement = '';
    }
  }
}

/** The events `<plc-checklist>` fires, with their exact detail types. */
export interface ChecklistEventMap {
  'plc-change': CustomEvent<ChecklistChangeDetail>;
  'plc-complete': CustomEvent<ChecklistCompleteDetail>;
}

/** Typed listeners for this element's events (other kit elements fire the same names with other details). */
export interface PlcChecklist {
  addEventListener<K extends keyof ChecklistEventMap>(
    type: K,
    listener: (this: PlcChecklist, event: ChecklistEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ChecklistEventMap>(
    type: K,
    listener: (this: PlcChecklist, event: ChecklistEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
