import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import {
  COMPARE_BY,
  DEFAULT_RATING,
  SPREADS,
  aggregateRatings,
  conditionsRadarMessages,
  formatNumber,
  localText,
  newRatingResponse,
  ratingScore,
  ratingsCsv,
  spreadBand,
  translator,
  type AxisStats,
  type CompareBy,
  type RadarChangeDetail,
  type RadarCompleteDetail,
  type RatingFramework,
  type RatingSummary,
  type Spread,
} from '@plc-kit/core';
import { ratingFrameworkLoaders } from '@plc-kit/core/rating-loaders';
import { PlcElement } from '../base/plc-element.js';
import { FrameworkController } from '../base/framework-controller.js';
import { afterNextPaint } from '../base/paint.js';
import { fillParts, localPart, sourceLine } from '../base/local-part.js';
import { fileName } from '../base/download.js';
import { tokenWatchStyles, watchTokens } from '../base/tokens.styles.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { radarStyles } from './plc-conditions-radar.styles.js';

export const RADAR_MODES = ['rate', 'results'] as const;
export type RadarMode = (typeof RADAR_MODES)[number];

/**
 * More ratings than this are aggregated after a busy note is painted. design.md holds 100,000 to
 * 100 ms (aggregated and drawn, about 35 ms on a quiet laptop), inside the 100 ms a page may stop
 * without showing progress; painting the note first would add a frame to that figure for nothing.
 */
const AGGREGATE_LATER_ABOVE = 100_000;

/** At most this many series are overlaid; more would be unreadable. */
export const MAX_SERIES = 6;

/** One line on the radar: a mean (or one person's rating) per axis, and the band drawn around it. */
export interface RadarSeries {
  key: string;
  label: string;
  responses: number;
  colour: string;
  stats: AxisStats[];
  /** Per axis: the value drawn (mean, or the rating in rate mode). */
  values: (number | null)[];
  /** Per axis: [lower, upper] of the shaded band, or null. */
  band: ([number, number] | null)[];
}

interface Look {
  text: string;
  grid: string;
  reference: string;
  surface: string;
  series: string[];
  font: string;
  size: number;
  opacity: number;
}

/**
 * The events `<plc-conditions-radar>` fires, with their detail types. `plc-change` and `plc-complete`
 * are shared names across the kit whose details differ per element, so they are typed on this
 * element's own `addEventListener` rather than page-wide.
 */
export interface ConditionsRadarEventMap {
  'plc-change': CustomEvent<RadarChangeDetail>;
  'plc-complete': CustomEvent<RadarCompleteDetail>;
}

let registered = false;
const COSMETIC = new Set(['hover', 'tableShown', 'notice']);
const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };

/** Splits a long axis name into lines of about `width` characters for the chart's point labels. */
function wrap(text: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length >= width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/**
 * Rate the conditions for a PLC's success on a radar, alone or across many. In `rate` mode a person
 * rates each aspect of a rating framework (radio groups, operable by keyboard) and watches the radar
 * take shape; saving adds an anonymous or named rating response to the workspace. In `results` mode
 * the workspace's responses (or those set on `responses`) are aggregated by core: mean per aspect with
 * a ±1 SD or lowest–highest band, the framework's reference ring, and up to six series compared by
 * time point, PLC or group. The data table holds exactly the numbers drawn, and is what a screen
 * reader gets; the chart downloads as PNG, the table as CSV.
 *
 * Attributes:
 * - `framework`: a built-in rating framework id (default `conditions-for-success`); `src`: the URL of
 *   a framework as JSON. An inline `<script type="application/json">` child wins over both.
 * - `mode`: `rate` (default) or `results`.
 * - `plc`: the PLC's id. Rate mode saves it with the rating; results mode shows only its responses.
 * - `compare`: `none` (default), `wave` (time point), `plc` or `subgroup`; results mode's series.
 * - `spread`: `sd` (default, mean ± 1 sample SD), `range` (lowest–highest) or `none`.
 * - `wave`, `subgroup`: preset the time point and group of new ratings (each can still be edited).
 * - `name`: form field name; inside a `<form>` the current ratings are submitted as JSON.
 * - `heading-level`: level of the title heading (1–6, default 2).
 * - `lang`, `theme`, `storage`, `storage-key`: see the shared base.
 *
 * @summary Rate the conditions for success and see them as a radar, alone or across many.
 *
 * @event plc-change - An aspect was rated. `detail`: `{ framework, plc?, axis, value, ratings, answered, total }` (`RadarChangeDetail`).
 * @event plc-complete - A rating was saved. `detail`: `{ framework, plc?, response, score }` where `score` is `{ raw, min, max, scaled }` (`RadarCompleteDetail`).
 *
 * @csspart header - Title, description and source.
 * @csspart form - The rating form (rate mode).
 * @csspart axis - One aspect's fieldset.
 * @csspart scale - The points of one aspect's scale.
 * @csspart point - One point (label and radio button).
 * @csspart about - The optional name, group, time point and PLC fields.
 * @csspart controls - The compare and spread choices (results mode).
 * @csspart chart - The box around the canvas.
 * @csspart legend - The series buttons and the key to the ring and band.
 * @csspart actions - The row of buttons.
 * @csspart table - The data table.
 * @csspart rejected - The list of responses left out.
 * @csspart empty - The "no ratings yet" message.
 * @csspart busy - The note shown while many ratings are being aggregated.
 * @csspart error - A problem message (invalid framework, bad attribute).
 * @csspart dialog - The "start again?" confirmation dialog (rate mode).
 *
 * @cssproperty --plc-radar-grid-color - Colour of the radar's rings and spokes (default: border colour).
 * @cssproperty --plc-radar-reference-color - Colour of the dashed reference ring (default: text colour).
 * @cssproperty --plc-radar-band-opacity - Opacity of the shaded spread band (default 0.2).
 * @cssproperty --plc-radar-size - Largest width of the chart (default 34em).
 */
export class PlcConditionsRadar extends PlcElement {
  // Every token the canvas is painted with is watched, so a theme, dark mode, forced colours or the
  // page setting a token at runtime repaints it.
  static override styles = [...PlcElement.styles, dialogStyles, radarStyles, tokenWatchStyles('--_series', '--_grid-color', '--_reference-color', '--_band-opacity')];
  static formAssociated = true;

  /** A built-in rating framework id. */
  @property() framework?: string;
  /** URL of a rating framework (JSON). */
  @property() src?: string;
  /** `rate` or `results`. */
  @property({ reflect: true }) mode: RadarMode = 'rate';
  /** Id of the PLC rated (rate mode) or shown (results mode). */
  @property() plc?: string;
  /** Series in results mode: `none`, `wave`, `plc` or `subgroup`. */
  @property({ reflect: true }) compare: CompareBy = 'none';
  /** Band around each mean: `sd`, `range` or `none`. */
  @property({ reflect: true }) spread: Spread = 'sd';
  /** Time point preset for new ratings. */
  @property() wave?: string;
  /** Group preset for new ratings. */
  @property() subgroup?: string;
  /** Level of the title heading (1–6, default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Form field name for the current ratings (JSON). */
  @property({ reflect: true }) name?: string;
  /**
   * Responses to show instead of the workspace's (results mode). Anything that is not a rating
   * response for this framework is listed and left out. Assign a new array to update.
   */
  @property({ attribute: false }) responses?: unknown[];

  /** Ratings given so far in rate mode, by axis id. */
  @state() ratings: Record<string, number | null> = {};
  @state() private hidden_ = new Set<string>();
  @state() private tableShown = false;
  /** The form's message, kept as what it says rather than its words, so it follows a language switch. */
  @state() private notice?: { key: 'rate.missing'; missing: string[] } | { key: 'rate.saved'; count: number } | { key: 'rate.cleared' };
  @query('dialog') private dialog?: HTMLDialogElement;
  @state() private hover = '';

  readonly #frameworks = new FrameworkController(this, 'rating', ratingFrameworkLoaders, DEFAULT_RATING);
  #chart?: Chart<'radar'>;
  #drawn: RadarSeries[] = [];
  #look?: Look;
  // Resizing inside the observer's callback would change the box it watches in the same frame.
  #resize = new ResizeObserver(() => requestAnimationFrame(() => this.#fit()));
  #unwatch?: () => void;
  #memo: unknown[] = [];
  #draftRead?: string;
  #summary?: RatingSummary;
  #aggregation?: Promise<void>;

  /** The rating framework in use, once resolved. */
  get ratingFramework(): RatingFramework | undefined {
    return this.#frameworks.value;
  }

  /** The chart.js chart on screen, if any. */
  get chart(): Chart<'radar'> | undefined {
    return this.#chart;
  }

  /** The series drawn right now, with exactly the numbers on the chart and in the table. */
  get series(): RadarSeries[] {
    return this.#drawn;
  }

  /** Core's aggregation of the responses shown (results mode). */
  get summary(): RatingSummary | undefined {
    const fw = this.ratingFramework;
    if (!fw) return undefined;
    const source = this.responses ?? this.store.state.ratingResponses;
    const by = this.#choice('compare', COMPARE_BY, 'none');
    const key = this.#summaryKey(fw);
    if (this.#isStale(key)) {
      this.#memo = key;
      // Anything but a list is said so above the chart (see `renderContent`) and shows no responses.
      this.#summary = aggregateRatings(Array.isArray(source) ? source : [], fw, {
        by,
        plc: this.plc || undefined,
        otherFrameworks: this.responses ? 'reject' : 'skip',
      });
    }
    return this.#summary;
  }

  /** What the summary is worked out from: when none of it changes, the last summary still holds. */
  #summaryKey(fw: RatingFramework): unknown[] {
    return [this.responses ?? this.store.state.ratingResponses, fw, this.#choice('compare', COMPARE_BY, 'none'), this.plc];
  }

  #isStale(key: unknown[]): boolean {
    return !this.#summary || key.some((k, i) => k !== this.#memo[i]);
  }

  /**
   * Many ratings are aggregated in a task of their own, after a note saying so has been painted, so
   * the page is never frozen with nothing to show for it. Returns how many are waiting, or 0.
   */
  #aggregatingLater(fw: RatingFramework): number {
    const key = this.#summaryKey(fw);
    const count = Array.isArray(key[0]) ? key[0].length : 1;
    if (count <= AGGREGATE_LATER_ABOVE || !this.#isStale(key)) return 0;
    this.#aggregation ??= afterNextPaint().then(() => {
      this.#aggregation = undefined;
      this.#safely(() => this.summary);
      this.requestUpdate();
    });
    return count;
  }

  /** A page awaiting `updateComplete` sees the results, not the busy note. */
  protected override pendingWork(): Promise<unknown> | undefined {
    return super.pendingWork() ?? this.#aggregation;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The series colours are chosen while rendering, so a token change re-renders, then redraws.
    this.#unwatch = watchTokens(this, () => this.requestUpdate());
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#resize.disconnect();
    this.#chart?.destroy();
    this.#chart = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('compare')) this.hidden_ = new Set();
  }

  protected get t() {
    return translator(conditionsRadarMessages, this.lang_);
  }

  #choice<T extends string>(name: 'mode' | 'compare' | 'spread', allowed: readonly T[], fallback: T): T {
    const value = this[name] as string;
    return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  }

  /** The base's notes, then this element's own choices and the `responses` property, in the same alert. */
  protected override attributeNotes(): string[] {
    const notes = super.attributeNotes();
    for (const [name, allowed, fallback] of [
      ['mode', RADAR_MODES, 'rate'],
      ['compare', COMPARE_BY, 'none'],
      ['spread', SPREADS, 'sd'],
    ] as const) {
      const note = this.badChoice(name, this[name], allowed, fallback);
      if (note) notes.push(note);
    }
    const given = this.responses as unknown;
    if (given != null && !Array.isArray(given)) notes.push(this.t('responses.notList', { type: given === null ? 'null' : typeof given }));
    return notes;
  }

  protected override renderContent() {
    const fw = this.ratingFramework;
    if (!fw) return this.#frameworks.loading ? html`<p role="status" aria-busy="true">${this.common('loading')}</p>` : nothing;
    const lang = this.lang_;
    const t = this.t;
    const plcName = this.plc && (this.store.state.plcs.find((p) => p.id === this.plc)?.name ?? this.plc);
    return html`
      <div class="header" part="header">
        <div class="heading" role="heading" aria-level=${this.headingLevelInUse}>${localPart(fw.title, lang)}</div>
        ${plcName ? html`<p class="for">${t('rate.for', { name: plcName })}</p>` : nothing}
        ${fw.description ? html`<p>${localPart(fw.description, lang)}</p>` : nothing}
        <p class="muted">
          ${fw.heuristic ? html`${this.common('framework.heuristic')} ` : nothing}${sourceLine(fw.source, lang, this.common('framework.sourceLabel'))}
        </p>
      </div>
      ${this.#choice('mode', RADAR_MODES, 'rate') === 'results' ? this.#results(fw) : this.#rate(fw)}
    `;
  }

  // Rate mode.

  #rate(fw: RatingFramework) {
    const lang = this.lang_;
    const t = this.t;
    const answered = fw.axes.filter((a) => this.ratings[a.id] != null).length;
    const plcs = this.store.state.plcs;
    const waves = new Set<string>();
    for (const r of this.store.state.ratingResponses) if (r.framework === fw.id && r.wave) waves.add(r.wave);
    this.#drawn = [
      {
        key: 'you',
        label: t('rate.you'),
        responses: 1,
        colour: '',
        stats: [],
        values: fw.axes.map((a) => this.ratings[a.id] ?? null),
        band: [],
      },
    ];
    const chartLabel = t('rate.chart', {
      title: localText(fw.title, lang),
      values: fw.axes.map((a) => `${localText(a.label, lang)}: ${this.ratings[a.id] ?? t('notRated')}`).join('; '),
    });
    return html`<div class="rate">
      <form part="form" novalidate @submit=${(e: SubmitEvent) => this.#safely(() => this.#submit(e))}>
        ${fw.axes.map(
          (axis, i) => html`<fieldset part="axis" class="axis" aria-describedby="d${i}">
            <legend>${localPart(axis.label, lang)}</legend>
            <p id="d${i}" class="muted">${localPart(axis.description, lang)}</p>
            <div part="scale" class="scale">
              ${fw.scale.points.map(
                (point) => html`<label part="point"
                  ><input
                    type="radio"
                    name="a${i}"
                    .value=${String(point.value)}
                    .checked=${this.ratings[axis.id] === point.value}
                    @change=${() => this.#safely(() => this.#rateAxis(fw, axis.id, point.value))}
                  /><span>${localPart(point.label, lang)}</span></label
                >`,
              )}
            </div>
          </fieldset>`,
        )}
        <fieldset part="about" class="about">
          <legend>${t('rate.about')}</legend>
          <label>${t('rate.respondent')}<input name="respondent" autocomplete="name" maxlength="200" /></label>
          <label>${t('rate.subgroup')}<input name="subgroup" maxlength="200" .value=${this.subgroup ?? ''} /></label>
          <label
            >${t('rate.wave')}<input name="wave" maxlength="200" list="waves" .value=${this.wave ?? ''} /><datalist id="waves"
              >${[...waves].map((w) => html`<option value=${w}></option>`)}</datalist
            ></label
          >
          ${!this.plc && plcs.length
            ? html`<label
                >${t('rate.plc')}<select name="plc">
                  <option value="">—</option>
                  ${plcs.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
                </select></label
              >`
            : nothing}
        </fieldset>
        <p class="progress">${t('rate.progress', { answered, total: fw.axes.length })}</p>
        <p role=${this.notice?.key === 'rate.missing' ? 'alert' : 'status'} class="status">${this.#noticeText(fw)}</p>
        <div class="actions" part="actions">
          <button class="primary" type="submit">${t('rate.submit')}</button>
          <button type="button" aria-haspopup="dialog" @click=${() => this.#safely(() => this.#askClear())}>${t('rate.clear')}</button>
        </div>
      </form>
      <dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-body">
        <div class="heading" role="heading" aria-level="2" id="confirm-title">${t('rate.confirmTitle')}</div>
        <p id="confirm-body">${t('rate.confirmBody', { answered })}</p>
        <div class="actions">
          <button type="button" class="cancel" autofocus @click=${() => this.dialog?.close()}>${this.common('action.cancel')}</button>
          <button type="button" class="danger confirm" @click=${() => this.#safely(() => this.#clear())}>${t('rate.confirmYes')}</button>
        </div>
      </dialog>
      <div class="preview">
        <div class="chart" part="chart"><canvas role="img" aria-label=${chartLabel}></canvas></div>
        ${fw.reference
          ? html`<p class="key muted" part="legend"><span class="swatch ring"></span>${localPart(fw.reference.label, lang)}</p>`
          : nothing}
      </div>
    </div>`;
  }

  #rateAxis(fw: RatingFramework, axis: string, value: number): void {
    this.ratings = { ...this.ratings, [axis]: value };
    this.notice = undefined;
    const ratings = Object.fromEntries(fw.axes.map((a) => [a.id, this.ratings[a.id] ?? null]));
    this.internals.setFormValue(JSON.stringify(ratings));
    this.#keepDraft(ratings);
    const detail: RadarChangeDetail = {
      framework: fw.id,
      axis,
      value,
      ratings,
      answered: Object.values(ratings).filter((v) => v !== null).length,
      total: fw.axes.length,
    };
    if (this.plc) detail.plc = this.plc;
    this.#fire('plc-change', detail);
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const fw = this.ratingFramework;
    const form = event.target as HTMLFormElement;
    if (!fw) return;
    const missing = fw.axes.findIndex((a) => this.ratings[a.id] == null);
    if (missing >= 0) {
      this.notice = { key: 'rate.missing', missing: fw.axes.filter((a) => this.ratings[a.id] == null).map((a) => a.id) };
      form.querySelector<HTMLInputElement>(`input[name="a${missing}"]`)?.focus();
      return;
    }
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '');
    const response = newRatingResponse(fw, this.ratings, {
      plc: this.plc || field('plc'),
      respondent: field('respondent'),
      subgroup: field('subgroup'),
      wave: field('wave'),
    });
    this.store.update((ws) => ({ ...ws, ratingResponses: [...ws.ratingResponses, response] }));
    const count = this.store.state.ratingResponses.filter((r) => r.framework === fw.id).length;
    (form.elements.namedItem('respondent') as HTMLInputElement).value = '';
    this.ratings = {};
    this.internals.setFormValue(null);
    this.#keepDraft(undefined);
    this.notice = { key: 'rate.saved', count };
    const detail: RadarCompleteDetail = { framework: fw.id, response, score: ratingScore(response.ratings, fw) };
    if (response.plc) detail.plc = response.plc;
    this.#fire('plc-complete', detail);
  }

  /** "Start again" asks first when there are ratings to lose (as the checklist does), else just starts. */
  #askClear(): void {
    if (Object.values(this.ratings).some((v) => v != null)) this.dialog?.showModal();
    else this.#focusFirstPoint();
  }

  #clear(): void {
    this.ratings = {};
    this.notice = { key: 'rate.cleared' };
    this.internals.setFormValue(null);
    this.#keepDraft(undefined);
    this.dialog?.close();
    this.#focusFirstPoint();
  }

  #focusFirstPoint(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('form input[type="radio"]')?.focus());
  }

  #noticeText(fw: RatingFramework): string {
    const notice = this.notice;
    if (!notice) return '';
    const t = this.t;
    switch (notice.key) {
      case 'rate.missing': {
        const labels = notice.missing.map((id) => fw.axes.find((a) => a.id === id)).filter((a) => a !== undefined);
        return t('rate.missing', { list: labels.map((a) => localText(a.label, this.lang_)).join(', ') });
      }
      case 'rate.saved':
        return t('rate.saved', { count: notice.count });
      case 'rate.cleared':
        return t('rate.cleared');
    }
  }

  /** Where an unsaved rating is kept, so a reload loses nothing: beside the workspace, in this browser only. */
  #draftKey(): string | undefined {
    const fw = this.ratingFramework;
    const adapter = this.store.adapter;
    return fw && adapter.kind === 'local' && this.#choice('mode', RADAR_MODES, 'rate') === 'rate'
      ? `${adapter.key}:radar-draft:${fw.id}:${this.plc ?? ''}`
      : undefined;
  }

  #keepDraft(ratings: Record<string, number | null> | undefined): void {
    const key = this.#draftKey();
    try {
      if (key && ratings) localStorage.setItem(key, JSON.stringify(ratings));
      else if (key) localStorage.removeItem(key);
    } catch {
      // Storage full or turned off: the rating is still on the page, only the draft is not kept.
    }
  }

  /** Picks up an unsaved rating from before a reload (only values that fit the framework's scale). */
  #restoreDraft(): void {
    const key = this.#draftKey();
    const fw = this.ratingFramework;
    if (key === this.#draftRead || !fw) return;
    this.#draftRead = key;
    let draft: unknown;
    try {
      draft = key && JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      return;
    }
    if (typeof draft !== 'object' || !draft) return;
    const kept: Record<string, number> = {};
    for (const axis of fw.axes) {
      const v = (draft as Record<string, unknown>)[axis.id];
      if (typeof v === 'number' && v >= fw.scale.min && v <= fw.scale.max) kept[axis.id] = v;
    }
    if (Object.keys(kept).length) this.ratings = kept;
  }

  /** Runs an event handler so that nothing it throws reaches the host page: it is shown in the element. */
  #safely(handler: () => void): void {
    try {
      handler();
    } catch (error) {
      console.error('[plc-kit] <plc-conditions-radar>:', error);
      this.showProblem(() => ({ message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) }));
    }
  }

  /** Fires a bubbling, composed event (the detail types are exported by core). */
  #fire<K extends keyof ConditionsRadarEventMap>(type: K, detail: ConditionsRadarEventMap[K]['detail']): void {
    this.emit(type, detail as never);
  }

  formResetCallback(): void {
    this.#clear();
  }

  // Results mode.

  #label(key: string, by: CompareBy): string {
    if (by === 'none') return this.t('series.all');
    if (!key) return this.t(`series.${by}`);
    return (by === 'plc' && this.store.state.plcs.find((p) => p.id === key)?.name) || key;
  }

  #results(fw: RatingFramework) {
    const lang = this.lang_;
    const t = this.t;
    const by = this.#choice('compare', COMPARE_BY, 'none');
    const spread = this.#choice('spread', SPREADS, 'sd');
    const waiting = this.#aggregatingLater(fw);
    if (waiting) return html`<p class="busy" role="status" aria-busy="true" part="busy">${t('results.working', { count: formatNumber(lang, waiting) })}</p>`;
    const summary = this.summary!;
    const colours = (this.#look = this.#readLook()).series;
    const all = summary.groups.slice(0, MAX_SERIES).map(
      (g, i): RadarSeries => ({
        key: g.key,
        label: this.#label(g.key, by),
        responses: g.responses,
        colour: colours[i % colours.length] ?? '#000',
        stats: g.axes,
        values: g.axes.map((a) => a.mean),
        band: g.axes.map((a) => spreadBand(a, spread, fw.scale)),
      }),
    );
    const drawn = (this.#drawn = all.filter((s) => !this.hidden_.has(s.key)));
    const title = localText(fw.title, lang);
    const n = (v: number | null, f: Intl.NumberFormatOptions = two) => (v === null ? '—' : formatNumber(lang, v, f));
    const ref = fw.reference;
    const rejected = summary.rejected;
    const select = <T extends string>(name: 'compare' | 'spread', options: readonly T[], value: T) =>
      html`<label
        >${t(name)}
        <select @change=${(e: Event) => (this[name] = (e.target as HTMLSelectElement).value as never)}>
          ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${t(`${name}.${o}` as 'spread.sd')}</option>`)}
        </select></label
      >`;
    return html`
      <div class="controls" part="controls">${select('compare', COMPARE_BY, by)} ${select('spread', SPREADS, spread)}</div>
      ${rejected.length
        ? html`<div class="notice error" role="alert" part="rejected">
            <strong>${t(rejected.length > 1 ? 'rejected' : 'rejected.one', { count: rejected.length })}</strong>
            <ul>
              ${rejected.slice(0, 10).map((r) => html`<li>${r.id}: ${r.reasons.map((x) => localText(x, lang)).join(' ')}</li>`)}
            </ul>
            ${rejected.length > 10 ? html`<p>${t('rejected.more', { count: rejected.length - 10 })}</p>` : nothing}
          </div>`
        : nothing}
      ${!all.length
        ? html`<p class="empty" part="empty">${t('results.empty')}</p>`
        : html`
            <div class="chart" part="chart">
              <canvas
                role="img"
                aria-label=${t('results.chart', {
                  title,
                  series: drawn.map((s) => s.label).join(', ') || '—',
                  axes: fw.axes.length,
                  min: fw.scale.min,
                  max: fw.scale.max,
                  reference: ref ? t('results.reference', { value: ref.value, label: localText(ref.label, lang) }) : '',
                })}
                @pointermove=${(e: PointerEvent) => this.#safely(() => this.#pointer(e))}
                @pointerleave=${() => (this.hover = '')}
              ></canvas>
            </div>
            <p class="hover muted" aria-hidden="true">${this.hover}</p>
            <div class="legend" part="legend">
              <div role="group" aria-label=${t('legend')}>
                ${all.map(
                  (s) => html`<button type="button" aria-pressed=${!this.hidden_.has(s.key)} data-colour=${s.colour} @click=${() => this.#safely(() => this.#toggle(s.key))}>
                    <span class="swatch"></span>${t('series.n', { label: s.label, count: s.responses })}
                  </button>`,
                )}
              </div>
              ${ref ? html`<span class="key"><span class="swatch ring"></span>${localPart(ref.label, lang)}</span>` : nothing}
              ${spread !== 'none' ? html`<span class="key"><span class="swatch band"></span>${t(`band.${spread}`)}</span>` : nothing}
            </div>
            ${summary.groups.length > MAX_SERIES ? html`<p class="muted">${t('results.more', { count: summary.groups.length })}</p>` : nothing}
            <div class="actions" part="actions">
              <button type="button" aria-pressed=${this.tableShown} @click=${() => (this.tableShown = !this.tableShown)}>${t('table.show')}</button>
              <button type="button" @click=${() => this.#safely(() => this.#png())}>${this.common('download.png')}</button>
              <button type="button" @click=${() => this.#safely(() => this.#csv(fw))}>${this.common('download.csv')}</button>
            </div>
            <table part="table" class=${this.tableShown ? 'table' : 'table visually-hidden'}>
              <caption>
                ${fillParts(t('table.caption'), lang, { title: localPart(fw.title, lang) })}
              </caption>
              <thead>
                <tr>
                  ${['col.axis', 'col.n', 'col.missing', 'col.mean', 'col.sd', 'col.min', 'col.max', 'col.band'].map(
                    (c) => html`<th scope="col">${t(c as 'col.n')}</th>`,
                  )}
                </tr>
              </thead>
              ${drawn.map(
                (s) => html`<tbody>
                  <tr>
                    <th scope="rowgroup" colspan="8">${t('series.n', { label: s.label, count: s.responses })}</th>
                  </tr>
                  ${s.stats.map(
                    (a, i) => html`<tr>
                      <th scope="row">${localPart(fw.axes[i]!.label, lang)}</th>
                      <td>${n(a.n, {})}</td>
                      <td>${n(a.missing, {})}</td>
                      <td>${n(a.mean)}</td>
                      <td>${n(a.sd)}</td>
                      <td>${n(a.min, {})}</td>
                      <td>${n(a.max, {})}</td>
                      <td><bdi>${s.band[i] ? `${n(s.band[i]![0])}–${n(s.band[i]![1])}` : '—'}</bdi></td>
                    </tr>`,
                  )}
                </tbody>`,
              )}
            </table>
          `}
      <p role="status" class="visually-hidden">${t('results.summary', { accepted: summary.accepted, series: drawn.length })}</p>
    `;
  }

  #toggle(key: string): void {
    const hidden = new Set(this.hidden_);
    if (!hidden.delete(key)) hidden.add(key);
    this.hidden_ = hidden;
  }

  #pointer(event: PointerEvent): void {
    const hit = this.#chart?.getElementsAtEventForMode(event, 'nearest', { intersect: false }, false)[0];
    const s = hit && this.#drawn[hit.datasetIndex];
    const a = hit && this.ratingFramework?.axes[hit.index];
    this.hover =
      s && a
        ? this.t('hover', {
            series: s.label,
            axis: localText(a.label, this.lang_),
            mean: formatNumber(this.lang_, s.values[hit.index] ?? NaN, two),
            n: s.stats[hit.index]?.n ?? 0,
          })
        : '';
  }

  #csv(fw: RatingFramework): void {
    const t = this.t;
    const round = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1e4) / 1e4);
    const rows: (string | number | null)[][] = [
      [t('col.series'), t('col.responses'), 'id', t('col.axis'), 'n', t('col.missing'), t('col.mean'), t('col.sd'), t('col.min'), t('col.max'), `${t('col.band')} (min)`, `${t('col.band')} (max)`],
    ];
    for (const s of this.#drawn)
      s.stats.forEach((a, i) =>
        rows.push([s.label, s.responses, a.axis, localText(fw.axes[i]!.label, this.lang_), a.n, a.missing, round(a.mean), round(a.sd), a.min, a.max, round(s.band[i]?.[0]), round(s.band[i]?.[1])]),
      );
    this.offerFile(fileName(localText(fw.title, this.lang_), 'csv'), ratingsCsv(rows), 'text/csv');
  }

  #png(): void {
    const chart = this.#chart;
    const fw = this.ratingFramework;
    if (!chart || !fw) return;
    const look = this.#readLook();
    const source = chart.canvas;
    const ratio = source.width / (chart.width || 1);
    const keys: [string, string, boolean][] = this.#drawn.map((s) => [this.t('series.n', { label: s.label, count: s.responses }), s.colour, false]);
    if (fw.reference) keys.push([localText(fw.reference.label, this.lang_), look.reference, true]);
    const line = 24 * ratio;
    const out = document.createElement('canvas');
    out.width = source.width;
    out.height = source.height + line * (keys.length + 1);
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = look.surface;
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    ctx.font = `${14 * ratio}px ${look.font}`;
    ctx.textBaseline = 'middle';
    keys.forEach(([label, colour, dashed], i) => {
      const y = source.height + line * (i + 1);
      ctx.strokeStyle = colour;
      ctx.lineWidth = 3 * ratio;
      ctx.setLineDash(dashed ? [6 * ratio, 4 * ratio] : []);
      ctx.beginPath();
      ctx.moveTo(line, y);
      ctx.lineTo(line * 2, y);
      ctx.stroke();
      ctx.fillStyle = look.text;
      ctx.fillText(label, line * 2.5, y);
    });
    out.toBlob((blob) => blob && this.offerFile(fileName(localText(fw.title, this.lang_), 'png'), blob));
  }

  // Drawing.

  #readLook(): Look {
    const t = (name: string) => this.token(name);
    return {
      text: t('--_color-text'),
      grid: t('--_grid-color'),
      reference: t('--_reference-color'),
      surface: t('--_color-surface'),
      series: t('--_series')
        .split(/,(?![^(]*\))/)
        .map((c) => c.trim())
        .filter(Boolean),
      font: t('--_font-family'),
      size: parseFloat(getComputedStyle(this).fontSize) || 16,
      opacity: parseFloat(t('--_band-opacity')) || 0.2,
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The hover read-out, the table toggle and the form's notice change nothing on the canvas.
    const redraw = !changed.size || [...changed.keys()].some((key) => !COSMETIC.has(key as string));
    this.#safely(() => {
      this.#restoreDraft();
      if (redraw) this.#draw();
    });
  }

  #draw(): void {
    const canvas = this.renderRoot.querySelector('canvas');
    const fw = this.ratingFramework;
    if (this.#chart && this.#chart.canvas !== canvas) {
      this.#chart.destroy();
      this.#chart = undefined;
      this.#resize.disconnect();
    }
    if (!canvas || !fw) return;
    const look = (this.#look = this.#readLook());
    for (const swatch of this.renderRoot.querySelectorAll<HTMLElement>('[data-colour]')) swatch.style.setProperty('--_swatch', swatch.dataset.colour!);
    const rate = this.#choice('mode', RADAR_MODES, 'rate') === 'rate';
    if (rate) this.#drawn[0]!.colour = look.series[0] ?? look.text;
    const font = { family: look.font, size: look.size * 0.85 };
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const config: ChartConfiguration<'radar'> = {
      type: 'radar',
      data: {
        labels: fw.axes.map((a) => wrap(localText(a.label, this.lang_))),
        datasets: this.#drawn.map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: s.colour,
          pointBackgroundColor: s.colour,
          pointBorderColor: s.colour,
          pointRadius: 3.5,
          borderWidth: 2.5,
          fill: false,
        })),
      },
      options: {
        responsive: false,
        animation: rate && !reduced ? { duration: 300 } : false,
        events: [],
        layout: { padding: 4 },
        scales: {
          r: {
            min: fw.scale.min,
            max: fw.scale.max,
            beginAtZero: false,
            grid: { color: look.grid },
            angleLines: { color: look.grid },
            pointLabels: { color: look.text, font },
            ticks: { color: look.text, backdropColor: look.surface, font, stepSize: fw.scale.max - fw.scale.min > 10 ? undefined : 1 },
          },
        },
      },
      plugins: [this.#paint],
    };
    if (this.#chart) {
      this.#chart.data = config.data;
      this.#chart.options = config.options!;
      this.#chart.update();
    } else {
      if (!registered) {
        Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);
        registered = true;
      }
      this.#chart = new Chart(canvas, config);
      this.#resize.observe(canvas.parentElement!);
      this.#fit();
    }
  }

  /** Sizes the chart to its box: square, as wide as the box allows. */
  #fit(): void {
    const chart = this.#chart;
    const width = chart?.canvas.parentElement?.clientWidth;
    if (chart && width && Math.abs(width - chart.width) > 1) chart.resize(width, width);
  }

  /** Draws what chart.js's radar does not: the spread bands, the rating's shape and the reference ring. */
  readonly #paint: Plugin<'radar'> = {
    id: 'plcRadarBands',
    beforeDatasetsDraw: (chart) => {
      const fw = this.ratingFramework;
      const look = this.#look;
      const scale = chart.scales.r as RadialLinearScale | undefined;
      if (!fw || !look || !scale) return;
      const ctx = chart.ctx;
      const ring = (values: readonly number[]) => {
        values.forEach((v, i) => {
          const p = scale.getPointPositionForValue(i, v);
          if (i) ctx.lineTo(p.x, p.y);
          else ctx.moveTo(p.x, p.y);
        });
        ctx.closePath();
      };
      ctx.save();
      for (const s of this.#drawn) {
        ctx.fillStyle = s.colour;
        ctx.beginPath();
        if (s.band.length && s.band.every(Boolean)) {
          ctx.globalAlpha = look.opacity;
          ring(s.band.map((b) => b![1]));
          ring(s.band.map((b) => b![0]));
          ctx.fill('evenodd');
        } else if (!s.band.length && s.values.every((v) => v !== null)) {
          ctx.globalAlpha = look.opacity;
          ring(s.values as number[]);
          ctx.fill();
        }
      }
      const ref = fw.reference;
      if (ref && ref.value >= fw.scale.min && ref.value <= fw.scale.max) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = look.reference;
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ring(fw.axes.map(() => ref.value));
        ctx.stroke();
      }
      ctx.restore();
    },
  };
}

/** Typed listeners for this element's events (their details differ from other kit elements' events of the same name). */
export interface PlcConditionsRadar {
  addEventListener<K extends keyof ConditionsRadarEventMap>(
    type: K,
    listener: (this: PlcConditionsRadar, event: ConditionsRadarEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ConditionsRadarEventMap>(
    type: K,
    listener: (this: PlcConditionsRadar, event: ConditionsRadarEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
