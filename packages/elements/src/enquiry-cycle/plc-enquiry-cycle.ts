import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_CYCLE,
  EvidenceKind,
  Id,
  SafeUrl,
  addAction,
  addDecision,
  addEvidence,
  addImpact,
  addMember,
  carriedLearning,
  completeCycle,
  completionCriteria,
  createPlc,
  cycleSummary,
  describeHistory,
  enquiryCycleMessages,
  facilitationRota,
  findPlc,
  formatDay,
  formatMeasure,
  formatNumber,
  historyMeta,
  insertPlc,
  isOverdue,
  localText,
  membershipAdvice,
  moveToStage,
  newPlcId,
  overdueActions,
  overviewRows,
  reformPlc,
  removeAction,
  removeDecision,
  removeEvidence,
  removeImpact,
  removeMember,
  reopenCycle,
  replacePlc,
  setFacilitator,
  setNotes,
  sortOverview,
  stageCriteria,
  stageRecord,
  startCycle,
  summaryJson,
  summaryMarkdown,
  targetReached,
  translator,
  updateAction,
  updateDetails,
  updateImpact,
  type CompletionCheck,
  type Cycle,
  type CycleCompleteDetail,
  type CycleFramework,
  type CycleSummary,
  type EnquiryCycleChangeDetail,
  type HistoryKind,
  type LocalText,
  type OverviewSortKey,
  type Plc,
  type PlcResult,
  type PlcSelectDetail,
  type SortDirection,
  type StageChangeDetail,
  type Translate,
  type Workspace,
  type WorkspaceResult,
} from '@plc-kit/core';
import { cycleFrameworkLoaders } from '@plc-kit/core/cycle-loaders';
import { PlcElement } from '../base/plc-element.js';
import { dialogStyles } from '../base/dialog.styles.js';
import { FrameworkController } from '../base/framework-controller.js';
import { fileName } from '../base/download.js';
import { enquiryCycleStyles } from './plc-enquiry-cycle.styles.js';
import { impactChart } from './impact-chart.js';
import { OVERVIEW_PAGE, overviewTable } from './overview-table.js';
import type { WorkspaceBackup } from './workspace-backup.js';
import { CycleModels } from './cycle-models.js';
import { fillParts, localPart } from '../base/local-part.js';


/**
 * The events `<plc-enquiry-cycle>` fires, with their detail types. `plc-change`, `plc-complete` and
 * `plc-select` are shared names across the kit whose details differ per element, so they are typed
 * on this element's own `addEventListener` rather than page-wide.
 */
export interface EnquiryCycleEventMap {
  'plc-change': CustomEvent<EnquiryCycleChangeDetail>;
  'plc-stage-change': CustomEvent<StageChangeDetail>;
  'plc-complete': CustomEvent<CycleCompleteDetail>;
  'plc-select': CustomEvent<PlcSelectDetail>;
}

type Tab = 'setup' | 'stage' | 'impact' | 'history' | 'summary';
const TABS: readonly Tab[] = ['setup', 'stage', 'impact', 'history', 'summary'];
type Key = keyof typeof enquiryCycleMessages.en & string;

/** A refused change shown beside the input it concerns; `field` picks the input within a form. */
interface FieldError {
  field?: string;
  reason: LocalText;
}

type PlcChange = (plc: Plc, framework: CycleFramework, now: Date, by?: string) => PlcResult;

/** The lists whose items each have a Remove button. */
type List = 'evidence' | 'action' | 'decision' | 'impact';
/** Each list's first add field: where focus goes once the list is emptied. */
const ADD_FIELD: Record<List, string> = { evidence: '#evidence-title', action: '#action-what', decision: '#decision-text', impact: '#impact-name' };
/** The id of an item's Remove button, so that focus can be put on it. */
const removeId = (list: List, id: string) => `remove-${list}-${id}`;

const SETUP_CHECKS: ReadonlySet<CompletionCheck> = new Set(['members', 'facilitator', 'learner-need', 'question']);
const IMPACT_CHECKS: ReadonlySet<CompletionCheck> = new Set(['impact-recorded', 'learning']);
const DEBOUNCE_MS = 400;
const HISTORY_PAGE = 100;

/** A bubbling, composed event, as every kit event is. (Outside the class, so the manifest lists only the real event names.) */
function kitEvent<D>(type: string, detail: D, cancelable: boolean): CustomEvent<D> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

const dateConverter = {
  fromAttribute: (value: string | null) => {
    if (!value) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
  toAttribute: (value: Date | undefined) => value?.toISOString() ?? null,
};

/**
 * Tracks a professional learning community through its cycle of action enquiry: setting up the
 * group, each stage's notes, evidence, actions and decisions, the impact on learners, moving on
 * (only when the model's criteria are met), completing the cycle with a summary to share, then
 * disbanding and re-forming around a new focus. With `view="overview"` it lists every PLC in the
 * workspace for school leaders.
 *
 * Attributes:
 * - `plc`: the id of the PLC to show. When no PLC has that id, the element offers to set one up.
 * - `cycle`: a built-in cycle model id (default `wales-plc`; also `spiral-of-inquiry`,
 *   `teaching-as-inquiry`, `lesson-study`, `disciplined-collaboration`, `plc-at-work`). Models other
 *   than the default are fetched when first needed, for this attribute or for a PLC that follows one.
 * - `src`: URL of your own cycle model as JSON. An inline `<script type="application/json">` child wins over both.
 * - `view`: `plc` (default) or `overview` (every PLC in one sortable table).
 * - `readonly`: shows everything without allowing changes.
 * - `user`: the name of the person using the tracker, written into the history with each change.
 * - `now`: an ISO date-time to use as "today" (for demos and tests); the real clock otherwise.
 * - `heading-level`: level of the element's top heading (1–6, default 2).
 * - `lang`, `theme`, `storage`, `storage-key`: see the shared base.
 *
 * @summary Tracks a PLC through its enquiry cycle, from forming to disbanding and re-forming.
 *
 * @event plc-change - Anything about a PLC changed. `detail`: `{ plc, framework, change, record }` where `change` is the kind of history line written and `record` the PLC now.
 * @event plc-stage-change - The cycle moved to another stage. `detail`: `{ plc, framework, from, to, reason? }`.
 * @event plc-complete - A cycle was completed. `detail`: `{ plc, framework, cycle, summary }`.
 * @event plc-select - A PLC was chosen in the overview. `detail`: `{ plc }`. Cancelable: cancel it to open the PLC yourself.
 *
 * @csspart base - The wrapper around everything.
 * @csspart header - The PLC's name, model, status and progress.
 * @csspart stepper - The stages of the cycle as a stepper.
 * @csspart step - One stage in the stepper; also `step-done`, `step-current` or `step-upcoming`.
 * @csspart step-done - A stage the cycle has passed.
 * @csspart step-current - The stage the cycle is at.
 * @csspart step-upcoming - A stage still to come.
 * @csspart tabs - The row of section tabs.
 * @csspart tab - One tab.
 * @csspart panel - The open section.
 * @csspart overdue - The overdue-actions banner and each overdue flag.
 * @csspart move - The box with the reason field and the move and complete buttons.
 * @csspart refusal - Why a move or completion was refused.
 * @csspart field-error - An inline message beside an input.
 * @csspart chart - The before/now impact chart (SVG).
 * @csspart impact-table - The impact figures as a table.
 * @csspart summary - The one-page summary of a cycle.
 * @csspart summary-impact - The impact table inside the summary.
 * @csspart history - The history list.
 * @csspart overview-table - The overview table.
 * @csspart new - The form that sets up a new PLC.
 * @csspart backup - Downloading a copy of all the workspace's data and restoring one (overview).
 * @csspart dialog - The "replace the data in this browser?" confirmation of a restore.
 * @csspart error - A problem message (invalid model, storage).
 *
 * @cssproperty --plc-cycle-done-color - Marker of stages done (default: success colour).
 * @cssproperty --plc-cycle-current-color - Marker and edge of the current stage (default: accent).
 * @cssproperty --plc-cycle-upcoming-color - Marker of stages to come (default: muted text).
 * @cssproperty --plc-cycle-marker-size - Size of the stage markers (default 2em).
 * @cssproperty --plc-cycle-before-color - The "before" bars in the impact chart (default: muted text).
 * @cssproperty --plc-cycle-after-color - The "now" bars in the impact chart (default: accent).
 * @cssproperty --plc-cycle-target-color - The target line in the impact chart (default: success colour).
 */
export class PlcEnquiryCycle extends PlcElement {
  static override styles = [...PlcElement.styles, dialogStyles, enquiryCycleStyles];

  /** A built-in cycle model id (default `wales-plc`). */
  @property() cycle?: string;

  /** URL of a cycle model (JSON). */
  @property() src?: string;

  /** Id of the PLC shown. */
  @property({ reflect: true }) plc?: string;

  /** `plc` (one PLC) or `overview` (every PLC in the workspace). */
  @property({ reflect: true }) view: 'plc' | 'overview' = 'plc';

  /** Shows everything without allowing changes. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Who is making changes, for the history. */
  @property() user?: string;

  /** "Today" for overdue checks and history times; the real clock when unset. */
  @property({ converter: dateConverter }) now?: Date;

  /** Level of the top heading (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private opened?: string;
  @state() private tab?: Tab;
  @state() private viewedStage?: string;
  @state() private errors: Record<string, FieldError> = {};
  @state() private announcement = '';
  @state() private sort: { key: OverviewSortKey; direction: SortDirection } = { key: 'name', direction: 'ascending' };
  @state() private overviewShown = OVERVIEW_PAGE;
  @state() private historyAll = false;

  /** The built-in models, fetched when first needed: the element's own and those the workspace's PLCs follow. */
  readonly #models = new CycleModels(
    cycleFrameworkLoaders,
    () => this.requestUpdate(),
    (id, error) => this.showProblem(() => ({ message: this.common('framework.fetchFailed', { url: id, reason: error.message }) })),
  );
  readonly #frameworks = new FrameworkController(this, 'cycle', this.#models.builtIns, DEFAULT_CYCLE);
  /** The overview's backup controls: loaded with the first overview, which most pages never show. */
  #backup?: WorkspaceBackup;
  #backupLoading?: Promise<void>;
  #pending = new Map<string, { save: () => void; onPause: boolean }>();
  #timer?: ReturnType<typeof setTimeout>;
  /**
   * Where focus goes once the next render is done, so it never drops to the page when the control
   * used goes away: a selector, or several in order of preference (the first one shown wins).
   */
  #focusAfter?: string | readonly string[];
  #shownId?: string;

  /** The model id, for the framework controller (the attribute is called `cycle`). */
  get framework(): string | undefined {
    return this.cycle;
  }

  /** The cycle model in use, once resolved. */
  get model(): CycleFramework | undefined {
    return this.#frameworks.value;
  }

  /** The PLC shown (from the workspace), if any. */
  get record(): Plc | undefined {
    const id = this.#plcId;
    return id ? findPlc(this.store.state, id) : undefined;
  }

  private get t(): Translate<typeof enquiryCycleMessages.en> {
    return translator(enquiryCycleMessages, this.lang_);
  }

  get #plcId(): string | undefined {
    return this.opened ?? this.plc;
  }

  #now(): Date {
    // A host may set the property to anything: a date string or time is read as the attribute is;
    // anything else, or an invalid date, leaves the real clock in charge.
    const now = this.now as unknown;
    const date = now instanceof Date ? new Date(now.getTime()) : typeof now === 'string' || typeof now === 'number' ? new Date(now) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : new Date();
  }

  get #by(): string | undefined {
    return this.user?.trim() || undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#onPageHide);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    this.#flush();
    removeEventListener('pagehide', this.#onPageHide);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    super.disconnectedCallback();
  }

  /** Saves any text typed but not yet saved (it is saved a moment after typing stops, and on leaving a field). */
  flush(): void {
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const id = this.#plcId;
    if (id !== this.#shownId) {
      this.#flush();
      this.#shownId = id;
      this.tab = undefined;
      this.viewedStage = undefined;
      this.errors = {};
      this.historyAll = false;
    }
  }

  /**
   * A page (or a test) awaiting `updateComplete` sees the PLC's own stages, not "loading", and the
   * overview's backup controls once they are fetched.
   */
  protected override pendingWork(): Promise<unknown> | undefined {
    const fetching = this.#models.inFlight;
    return (
      super.pendingWork() ??
      this.#backupLoading ??
      // The framework controller takes its model a few promise steps later, then asks for a render.
      fetching?.then(() => new Promise((resolve) => setTimeout(resolve)))
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const wanted = this.#focusAfter;
    if (wanted) {
      this.#focusAfter = undefined;
      for (const selector of typeof wanted === 'string' ? [wanted] : wanted) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) {
          target.focus();
          break;
        }
      }
    }
  }

  // ———————————————————————————————————————————— changes

  readonly #onPageHide = () => {
    this.#flush();
    this.store.flush();
  };

  readonly #onVisibility = () => {
    if (document.visibilityState === 'hidden') this.#onPageHide();
  };

  /** Runs a handler so that nothing it throws can reach the host page. */
  #safe<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      try {
        handler(...args);
      } catch (error) {
        console.error('[plc-kit] <plc-enquiry-cycle>:', error);
        this.showProblem(() => ({ message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) }));
      }
    };
  }

  #fire<K extends keyof EnquiryCycleEventMap>(type: K, detail: EnquiryCycleEventMap[K]['detail'], cancelable = false): boolean {
    return this.dispatchEvent(kitEvent(type, detail, cancelable));
  }

  /** The model id a PLC's cycle names (its last cycle's when it has none now). */
  #ownModelId(plc: Plc | undefined): string | undefined {
    return plc?.cycle?.model ?? plc?.pastCycles[plc.pastCycles.length - 1]?.model;
  }

  /**
   * The model a PLC's cycle follows: its own when built in, else the element's. Undefined while its
   * own model is being fetched, so nothing is shown or changed under another model meanwhile.
   */
  #modelFor(plc: Plc | undefined, fallback: CycleFramework): CycleFramework | undefined {
    return this.#model(this.#ownModelId(plc), fallback);
  }

  /** The built-in model `id`, or `fallback` when `id` names none; undefined while it is being fetched. */
  #model(id: string | undefined, fallback: CycleFramework | undefined): CycleFramework | undefined {
    if (!id || id === fallback?.id) return fallback;
    return this.#models.get(id) ?? (this.#models.pending(id) ? undefined : fallback);
  }

  /** The id of the model `#modelFor` resolves to, known even while that model is being fetched. */
  #modelIdFor(plc: Plc, fallback: CycleFramework): string {
    return this.#modelFor(plc, fallback)?.id ?? this.#ownModelId(plc) ?? fallback.id;
  }

  #setError(slot: string, error: FieldError | undefined): void {
    const next = { ...this.errors };
    if (error) next[slot] = error;
    else delete next[slot];
    this.errors = next;
  }

  #refused(slot: string, result: { reason: LocalText; field?: string }, focus?: string): void {
    this.#setError(slot, result.field === undefined ? { reason: result.reason } : { field: result.field, reason: result.reason });
    this.announcement = '';
    if (focus) this.#focusAfter = focus;
  }

  /**
   * Applies a state-machine change to the shown PLC (or to `id`); shows the reason beside `slot`
   * when refused.
   */
  #apply(slot: string, change: PlcChange, announce?: string, id = this.#plcId): Plc | undefined {
    const framework = this.model;
    if (!framework || !id || this.readonly) return undefined;
    const ws = this.store.state;
    const plc = findPlc(ws, id);
    if (!plc) return undefined;
    const model = this.#modelFor(plc, framework);
    if (!model) {
      // The PLC now follows a model still being fetched (the workspace changed under a pending save):
      // the change waits for it rather than being made under another model or dropped.
      void this.#models.load(this.#ownModelId(plc)!).then(this.#safe(() => void this.#apply(slot, change, announce, id)));
      return undefined;
    }
    const result = change(plc, model, this.#now(), this.#by);
    if (!result.ok) {
      this.#refused(slot, result);
      return undefined;
    }
    if (this.errors[slot]) this.#setError(slot, undefined);
    if (result.plc === plc) return plc;
    // A refused move's reason is out of date once the PLC changes: the next attempt says what is still missing.
    if (slot !== 'move' && this.errors['move']) this.#setError('move', undefined);
    this.store.update((current) => replacePlc(current, result.plc));
    this.#changed(result.plc, this.#modelIdFor(result.plc, framework));
    if (announce) this.announcement = announce;
    return result.plc;
  }

  /** Applies a workspace-level change (members, re-forming, new PLCs). */
  #applyWorkspace(slot: string, change: (ws: Workspace, framework: CycleFramework, now: Date, by?: string) => WorkspaceResult, announce?: string): Plc | undefined {
    const framework = this.model;
    if (!framework || this.readonly) return undefined;
    const result = change(this.store.state, framework, this.#now(), this.#by);
    if (!result.ok) {
      this.#refused(slot, result);
      return undefined;
    }
    if (this.errors[slot]) this.#setError(slot, undefined);
    this.store.update(() => result.workspace);
    this.#changed(result.plc, this.#modelIdFor(result.plc, framework));
    if (announce) this.announcement = announce;
    return result.plc;
  }

  /**
   * Removes an item from one of the lists. Its Remove button goes with it, so focus moves to the next
   * item's Remove button, else the previous one's, else the list's add field: a keyboard user carries
   * on where they were instead of at the top of the page.
   */
  #removeItem(list: List, ids: readonly string[], id: string, change: PlcChange, announce: string): void {
    if (!this.#apply(`${list}-list`, change, announce)) return;
    const at = ids.indexOf(id);
    const neighbours = (at < 0 ? [] : [ids[at + 1], ids[at - 1]]).filter((n): n is string => n !== undefined);
    this.#focusAfter = [...neighbours.map((n) => `#${CSS.escape(removeId(list, n))}`), ADD_FIELD[list]];
  }

  /** An item's Remove button, named for its item, that removes it through `#removeItem`. */
  #removeButton(list: List, ids: readonly string[], id: string, label: string, change: PlcChange, announce: string) {
    return html`<button type="button" class="small" id=${removeId(list, id)} aria-label=${label} @click=${this.#safe(() => this.#removeItem(list, ids, id, change, announce))}>${this.t('ui.remove')}</button>`;
  }

  #changed(plc: Plc, framework: string): void {
    const kind = (plc.history[plc.history.length - 1]?.kind ?? 'edit') as HistoryKind;
    this.#fire('plc-change', { plc: plc.id, framework, change: kind, record: plc });
  }

  /**
   * Keeps typed text and saves it shortly after typing stops (`onPause`), on leaving the field, or
   * when the page is hidden. Dates are saved only on leaving the field: a date typed segment by
   * segment passes through other valid dates on the way, which must not be saved.
   */
  #queue(key: string, save: () => void, onPause = true): void {
    this.#pending.set(key, { save, onPause });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(true), DEBOUNCE_MS);
  }

  #flush(paused = false): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const saves: (() => void)[] = [];
    for (const [key, entry] of this.#pending) {
      if (paused && !entry.onPause) continue;
      saves.push(entry.save);
      this.#pending.delete(key);
    }
    for (const save of saves) {
      try {
        save();
      } catch (error) {
        console.error('[plc-kit] <plc-enquiry-cycle> could not save:', error);
      }
    }
  }

  // ———————————————————————————————————————————— rendering

  #level(offset = 0): number {
    return Math.min(6, this.headingLevelInUse + offset);
  }

  #heading(offset: number, content: unknown, id?: string, focusable = false): TemplateResult {
    return html`<div class="heading h${offset}" role="heading" aria-level=${this.#level(offset)} id=${ifDefined(id)} tabindex=${ifDefined(focusable ? '-1' : undefined)}>${content}</div>`;
  }

  #errorFor(slot: string, field: string | undefined): FieldError | undefined {
    const error = this.errors[slot];
    if (!error) return undefined;
    return error.field === field ? error : undefined;
  }

  /** The error of a form that is not about any of the given inputs (shown once, at the form's end). */
  #formError(slot: string, fields: string[]): TemplateResult | typeof nothing {
    const error = this.errors[slot];
    if (!error || (error.field !== undefined && fields.includes(error.field))) return nothing;
    return html`<p class="field-error" part="field-error" role="alert">${localText(error.reason, this.lang_)}</p>`;
  }

  /** aria attributes and the message for one input. */
  #fieldState(slot: string, field: string | undefined, id: string, hintId?: string) {
    const error = this.#errorFor(slot, field);
    const errorId = `${id}-error`;
    const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(' ') || undefined;
    return {
      invalid: error ? 'true' : 'false',
      describedBy,
      message: error ? html`<p class="field-error" part="field-error" id=${errorId}>${localText(error.reason, this.lang_)}</p>` : nothing,
    };
  }

  protected override renderContent(): unknown {
    const framework = this.model;
    const t = this.t;
    if (!framework) {
      return this.#frameworks.loading ? html`<p role="status">${this.common('loading')}</p>` : nothing;
    }
    const ws = this.store.state;
    const id = this.#plcId;
    let body: unknown;
    if (this.view === 'overview' && !this.opened) body = this.#renderOverview(ws, framework);
    else if (!id) body = ws.plcs.length ? this.#renderOverview(ws, framework) : this.#renderNew(framework, undefined);
    else if (!Id.safeParse(id).success) body = html`<div class="notice error" role="alert" part="error">${localText({ en: enquiryCycleMessages.en['refuse.badId'], cy: enquiryCycleMessages.cy['refuse.badId'] }, this.lang_)}</div>`;
    else {
      const plc = findPlc(ws, id);
      if (!plc) body = this.readonly ? html`<p class="notice">${t('ui.readonlyMissing', { id })}</p>` : this.#renderNew(framework, id);
      else body = this.#renderPlc(ws, plc, framework);
    }
    return html`<div part="base" class="base">
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  // ———— new PLC

  #renderNew(framework: CycleFramework, id: string | undefined): TemplateResult {
    const t = this.t;
    const name = this.#fieldState('new', 'name', 'new-name');
    return html`<section part="new" class="new" aria-labelledby="new-title">
      ${this.#heading(0, t('ui.newTitle'), 'new-title')}
      <p>${t('ui.newIntro')}</p>
      <p class="muted">${t('summary.model')}: ${localPart(framework.title, this.lang_)}</p>
      <form class="stack" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onCreate(e, id))}>
        <div class="field">
          <label for="new-name">${t('field.name')} <span class="req">(${t('ui.required')})</span></label>
          <input id="new-name" name="name" required autocomplete="off" aria-invalid=${name.invalid} aria-describedby=${ifDefined(name.describedBy)} />
          ${name.message}
        </div>
        <div class="field">
          <label for="new-focus">${t('field.focus')} <span class="opt">(${t('ui.optional')})</span></label>
          <textarea id="new-focus" name="focus" rows="2"></textarea>
        </div>
        ${this.#formError('new', ['name'])}
        <div><button type="submit" class="primary">${t('ui.create')}</button></div>
      </form>
    </section>`;
  }

  #onCreate(event: SubmitEvent, id: string | undefined): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '');
    const focus = String(data.get('focus') ?? '').trim();
    const created = this.#applyWorkspace('new', (ws, framework, now, by) => {
      const plc = createPlc(framework, { id: id ?? newPlcId(ws, name), name }, now, by);
      if (!plc.ok) return plc;
      let record = plc.plc;
      if (focus) {
        const withFocus = updateDetails(record, framework, { focus }, now, by);
        if (withFocus.ok) record = withFocus.plc;
      }
      return insertPlc(ws, record);
    });
    if (!created) {
      this.#focusAfter = '#new-name';
      return;
    }
    if (!id || this.view === 'overview') this.opened = created.id;
    this.tab = 'setup';
    this.announcement = this.t('ui.created', { name: created.name });
    this.#focusAfter = '#member-name';
  }

  // ———— overview

  #renderOverview(ws: Workspace, framework: CycleFramework): TemplateResult {
    const t = this.t;
    const frameworkFor = (id: string) => (id === framework.id ? framework : this.#models.get(id));
    const rows = sortOverview(overviewRows(ws, frameworkFor, this.#now()), this.sort.key, this.sort.direction, this.lang_);
    // Rows whose model is still being fetched say so, rather than "no cycle", until it arrives.
    const loading = new Set(ws.plcs.filter((p) => p.cycle && p.cycle.model !== framework.id && this.#models.pending(p.cycle.model)).map((p) => p.id));
    return html`<section class="overview-view" aria-labelledby="overview-title">
      <div part="header" class="header">
        ${this.#heading(0, t('overview.title'), 'overview-title', true)}
        <p class="muted">${t('overview.count', { count: rows.length })}</p>
      </div>
      ${overviewTable({
        rows,
        sort: this.sort,
        lang: this.lang_,
        t,
        onSort: this.#safe((key: OverviewSortKey) => this.#onSort(key)),
        onOpen: this.#safe((id: string) => this.#open(id)),
        shown: this.overviewShown,
        onMore: this.#safe(() => this.#showMore()),
        loading,
        loadingText: this.common('loading'),
      })}
      ${this.readonly ? nothing : html`<details class="new-in-overview"><summary>${t('ui.newTitle')}</summary>${this.#renderNew(framework, undefined)}</details>`}
      ${this.#backup
        ? this.#backup.render({
            lang: this.lang_,
            store: this.store,
            readonly: this.readonly,
            heading: (content, id) => this.#heading(1, content, id),
            cancel: this.common('action.cancel'),
          })
        : this.#loadBackup()}
    </section>`;
  }

  #loadBackup(): typeof nothing {
    this.#backupLoading ??= import('./workspace-backup.js').then(
      ({ WorkspaceBackup }) => {
        this.#backup = new WorkspaceBackup(this, (name, text, type) => this.offerFile(name, text, type));
        this.#backupLoading = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        // Without the backup controls the overview still works; say why they are missing.
        this.#backupLoading = undefined;
        this.showProblem(() => ({ message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) }));
      },
    );
    return nothing;
  }

  /** Shows the next page of PLCs and moves focus to the first of them, so a keyboard user reads on from there. */
  #showMore(): void {
    const first = this.overviewShown;
    this.overviewShown += OVERVIEW_PAGE;
    this.#focusAfter = `table.overview tbody tr:nth-child(${first + 1}) button.open`;
  }

  #onSort(key: OverviewSortKey): void {
    const direction: SortDirection =
      this.sort.key === key
        ? this.sort.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'overdue' || key === 'lastActivity'
          ? 'descending'
          : 'ascending';
    this.sort = { key, direction };
    this.#focusAfter = `button[data-sort="${key}"]`;
  }

  #open(id: string): void {
    if (!this.#fire('plc-select', { plc: id }, true)) return;
    this.opened = id;
    this.#focusAfter = '#plc-title';
  }

  // ———— one PLC

  #renderPlc(ws: Workspace, plc: Plc, fallback: CycleFramework): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    // Every model this PLC's cycles used, fetched together rather than one after another.
    this.#models.want([plc.cycle?.model, ...plc.pastCycles.map((c) => c.model)]);
    const framework = this.#modelFor(plc, fallback);
    if (!framework) return this.#renderModelLoading(plc);
    const cycle = plc.cycle;
    const index = cycle ? framework.stages.findIndex((s) => s.id === cycle.currentStage) : -1;
    const current = framework.stages[index];
    const overdue = overdueActions(plc, this.#now());
    const tab = this.tab ?? (cycle?.status === 'completed' ? 'summary' : plc.members.length === 0 ? 'setup' : 'stage');
    const modelId = this.#ownModelId(plc);
    return html`
      ${this.#renderBack()}
      <header part="header" class="header">
        ${this.#heading(0, plc.name, 'plc-title', true)}
        <p class="meta">
          <span>${localPart(framework.title, lang)}</span>
          <span class="status status-${plc.status}">${t(`status.${plc.status}` as Key)}</span>
          ${current && cycle?.status === 'active'
            ? html`<span>${fillParts(t('ui.progress'), lang, { n: index + 1, count: framework.stages.length, stage: localPart(current.label, lang) })}</span>`
            : cycle?.status === 'completed'
              ? html`<span>${t('status.cycleCompleted')}</span>`
              : nothing}
        </p>
        ${modelId && modelId !== framework.id
          ? html`<p class="notice">${fillParts(t('ui.model.differs'), lang, { model: modelId, shown: localPart(framework.title, lang) })}</p>`
          : nothing}
      </header>
      ${overdue.length
        ? html`<div class="overdue-banner" part="overdue" role="note">
            <strong>⚠ ${t('ui.overdueBanner', { count: overdue.length })}</strong>
            <button type="button" class="link" @click=${this.#safe(() => this.#viewStage(overdue[0]!.stage, `#action-${overdue[0]!.action.id}`))}>${t('ui.showOverdue')}</button>
          </div>`
        : nothing}
      ${cycle ? this.#renderStepper(framework, cycle, index, tab) : this.#renderNoCycle(plc)}
      ${cycle ? this.#renderTabs(ws, plc, framework, cycle, tab) : nothing}
    `;
  }

  #renderBack(): TemplateResult | typeof nothing {
    return this.opened && (this.view === 'overview' || !this.plc)
      ? html`<p class="back"><button type="button" class="link" @click=${this.#safe(() => this.#back())}>← ${this.t('overview.back')}</button></p>`
      : nothing;
  }

  /** A PLC whose model is still being fetched: its name, and a note that the rest is on its way. */
  #renderModelLoading(plc: Plc): TemplateResult {
    return html`
      ${this.#renderBack()}
      <header part="header" class="header">
        ${this.#heading(0, plc.name, 'plc-title', true)}
        <p class="meta" role="status">${this.common('loading')}</p>
      </header>
    `;
  }

  #back(): void {
    this.opened = undefined;
    // The overview, or the new-PLC form when another tab has emptied the workspace meanwhile.
    this.#focusAfter = ['#overview-title', '#new-name'];
  }

  #renderNoCycle(plc: Plc): TemplateResult {
    const t = this.t;
    return html`<p class="notice">${t('status.disbanded')}</p>
      ${this.readonly
        ? nothing
        : html`<button type="button" class="primary" @click=${this.#safe(() => this.#apply('start', (p, f, now, by) => startCycle(p, f, {}, now, by)))}>${t('ui.startCycle')}</button>`}
      ${this.#formError('start', [])} ${plc.pastCycles.length ? this.#renderPastCycles(this.store.state, plc) : nothing}`;
  }

  #viewStage(stage: string, focus?: string): void {
    this.viewedStage = stage;
    this.tab = 'stage';
    this.#focusAfter = focus ?? '#stage-title';
  }

  #renderStepper(framework: CycleFramework, cycle: Cycle, index: number, tab: Tab): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const viewed = this.#viewed(framework, cycle);
    const completed = cycle.status !== 'active';
    return html`<nav class="stepper-nav" aria-label=${t('ui.stages')}>
      <ol class="stepper" part="stepper">
        ${framework.stages.map((stage, i) => {
          const kind = completed || i < index ? 'done' : i === index ? 'current' : 'upcoming';
          const shown = tab === 'stage' && viewed === stage.id;
          return html`<li class="step ${kind}" part="step step-${kind}">
            <button
              type="button"
              class=${shown ? 'viewed' : ''}
              aria-current=${ifDefined(kind === 'current' ? 'step' : undefined)}
              data-stage=${stage.id}
              @click=${this.#safe(() => this.#viewStage(stage.id))}
            >
              <span class="marker" aria-hidden="true">${kind === 'done' ? '✓' : i + 1}</span>
              <span class="step-text">
                <span class="step-label">${localPart(stage.label, lang)}</span>
                <span class="step-state">${t(`stage.${kind}` as Key)}${shown ? html`<span class="visually-hidden">, ${t('ui.showing')}</span>` : nothing}</span>
              </span>
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  #viewed(framework: CycleFramework, cycle: Cycle): string {
    const wanted = this.viewedStage;
    return wanted && framework.stages.some((s) => s.id === wanted) ? wanted : cycle.currentStage;
  }

  #renderTabs(ws: Workspace, plc: Plc, framework: CycleFramework, cycle: Cycle, tab: Tab): TemplateResult {
    const t = this.t;
    const label: Record<Tab, Key> = { setup: 'ui.tab.setup', stage: 'ui.tab.stage', impact: 'ui.tab.impact', history: 'ui.tab.history', summary: 'ui.tab.summary' };
    let panel: TemplateResult;
    switch (tab) {
      case 'setup':
        panel = this.#renderSetup(ws, plc, cycle);
        break;
      case 'stage':
        panel = this.#renderStage(ws, plc, framework, cycle);
        break;
      case 'impact':
        panel = this.#renderImpact(cycle);
        break;
      case 'history':
        panel = this.#renderHistory(ws, plc, framework);
        break;
      case 'summary':
        panel = this.#renderSummary(ws, plc, framework, cycle);
        break;
    }
    return html`<div class="tabs no-print" role="tablist" aria-label=${t('ui.sections')} part="tabs" @keydown=${this.#safe((e: KeyboardEvent) => this.#onTabKey(e, tab))}>
        ${TABS.map(
          (name) => html`<button
            type="button"
            role="tab"
            part="tab"
            id="tab-${name}"
            aria-selected=${name === tab ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${name === tab ? '0' : '-1'}
            @click=${this.#safe(() => this.#selectTab(name))}
          >
            ${t(label[name])}
          </button>`,
        )}
      </div>
      <div class="panel" role="tabpanel" id="panel" aria-labelledby="tab-${tab}" part="panel">${panel}</div>`;
  }

  #selectTab(tab: Tab, focusTab = false): void {
    this.#flush();
    this.tab = tab;
    if (focusTab) this.#focusAfter = `#tab-${tab}`;
  }

  #onTabKey(event: KeyboardEvent, tab: Tab): void {
    const index = TABS.indexOf(tab);
    const target =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    this.#selectTab(target, true);
  }

  // ———— set-up

  #textField(opts: { key: 'name' | 'focus' | 'learnerNeed' | 'needEvidence' | 'question' | 'learning'; value: string; multiline: boolean; required?: boolean; hint?: string; rows?: number }): TemplateResult {
    const t = this.t;
    const id = `field-${opts.key}`;
    const slot = `detail-${opts.key}`;
    const hintId = opts.hint ? `${id}-hint` : undefined;
    const state = this.#fieldState(slot, opts.key, id, hintId);
    const label = html`<label for=${id}>${t(`field.${opts.key}` as Key)}${opts.required ? html` <span class="req">(${t('ui.required')})</span>` : nothing}</label>`;
    if (this.readonly) {
      return html`<div class="field"><div class="label">${t(`field.${opts.key}` as Key)}</div><p class="text">${opts.value || html`<span class="muted">${t('summary.none')}</span>`}</p></div>`;
    }
    const onInput = this.#safe((e: Event) => {
      const value = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      const plc = this.#plcId; // typed into this PLC, even if another is shown by the time it is saved
      this.#queue(slot, () => this.#apply(slot, (p, f, now, by) => updateDetails(p, f, { [opts.key]: value }, now, by), undefined, plc));
    });
    const onBlur = this.#safe(() => this.#flush());
    return html`<div class="field">
      ${label}
      ${opts.hint ? html`<p class="hint" id=${hintId!}>${opts.hint}</p>` : nothing}
      ${opts.multiline
        ? html`<textarea id=${id} rows=${opts.rows ?? 3} .value=${opts.value} aria-invalid=${state.invalid} aria-describedby=${ifDefined(state.describedBy)} @input=${onInput} @blur=${onBlur}></textarea>`
        : html`<input id=${id} type="text" autocomplete="off" ?required=${opts.required} .value=${opts.value} aria-invalid=${state.invalid} aria-describedby=${ifDefined(state.describedBy)} @input=${onInput} @blur=${onBlur} />`}
      ${state.message}
    </div>`;
  }

  #dateField(key: 'start' | 'review', value: string | undefined): TemplateResult {
    const t = this.t;
    const id = `field-${key}`;
    const slot = 'dates';
    const state = this.#fieldState(slot, key, id);
    if (this.readonly) {
      return html`<div class="field"><div class="label">${t(`field.${key}`)}</div><p class="text">${value ? formatDay(this.lang_, value) : t('summary.none')}</p></div>`;
    }
    return html`<div class="field">
      <label for=${id}>${t(`field.${key}`)}</label>
      <input
        id=${id}
        type="date"
        .value=${value ?? ''}
        aria-invalid=${state.invalid}
        aria-describedby=${ifDefined(state.describedBy)}
        @change=${this.#safe((e: Event) => {
          const typed = (e.target as HTMLInputElement).value;
          const plc = this.#plcId;
          this.#queue(`date-${key}`, () => this.#apply(slot, (p, f, now, by) => updateDetails(p, f, { [key]: typed }, now, by), undefined, plc), false);
        })}
        @blur=${this.#safe(() => this.#flush())}
      />
      ${state.message}
    </div>`;
  }

  #renderSetup(ws: Workspace, plc: Plc, cycle: Cycle): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const open = cycle.status === 'active';
    const names = new Map(ws.members.map((m) => [m.id, m]));
    const schools = new Map(ws.schools.map((s) => [s.id, s.name]));
    const advice = membershipAdvice(plc);
    const others = ws.members.filter((m) => !plc.members.includes(m.id));
    const editable = !this.readonly && open;
    const rota = facilitationRota(plc);
    const carried = carriedLearning(plc);
    const memberName = this.#fieldState('member', 'memberName', 'member-name');
    const facilitator = this.#fieldState('facilitator', 'facilitator', 'field-facilitator', 'facilitator-hint');
    return html`
      <section aria-labelledby="setup-details">
        ${this.#heading(1, t('ui.setup.details'), 'setup-details')}
        ${this.#textField({ key: 'name', value: plc.name, multiline: false, required: true })}
        ${editable || this.readonly
          ? html`${this.#textField({ key: 'focus', value: cycle.focus, multiline: true, rows: 2 })}
            ${this.#textField({ key: 'learnerNeed', value: cycle.learnerNeed, multiline: true })}
            ${this.#textField({ key: 'needEvidence', value: cycle.needEvidence, multiline: true })}
            ${this.#textField({ key: 'question', value: cycle.question, multiline: true, rows: 2 })}`
          : html`<dl class="facts">
              <dt>${t('field.focus')}</dt><dd>${cycle.focus || t('summary.none')}</dd>
              <dt>${t('field.learnerNeed')}</dt><dd>${cycle.learnerNeed || t('summary.none')}</dd>
              <dt>${t('field.needEvidence')}</dt><dd>${cycle.needEvidence || t('summary.none')}</dd>
              <dt>${t('field.question')}</dt><dd>${cycle.question || t('summary.none')}</dd>
            </dl>`}
      </section>
      <section aria-labelledby="setup-dates">
        ${this.#heading(1, t('ui.setup.dates'), 'setup-dates')}
        <div class="row">${this.#dateField('start', cycle.start)} ${this.#dateField('review', cycle.review)}</div>
        ${this.#formError('dates', ['start', 'review'])}
      </section>
      <section aria-labelledby="setup-members">
        ${this.#heading(1, t('ui.setup.members'), 'setup-members')}
        ${plc.members.length
          ? html`<ul class="members">
              ${repeat(
                plc.members,
                (id) => id,
                (id) => {
                  const m = names.get(id);
                  const name = m?.name ?? id;
                  const school = m?.school ? (schools.get(m.school) ?? m.school) : undefined;
                  return html`<li>
                    <span class="member-name">${name}</span>
                    ${m?.role || school ? html`<span class="muted">${[m?.role, school].filter(Boolean).join(', ')}</span>` : nothing}
                    ${cycle.facilitator === id ? html`<span class="badge">${t('field.facilitator')}</span>` : nothing}
                    ${this.readonly
                      ? nothing
                      : html`<button type="button" class="small" aria-label=${t('ui.setup.removeMember', { name })} @click=${this.#safe(() => this.#onRemoveMember(id))}>${t('ui.remove')}</button>`}
                  </li>`;
                },
              )}
            </ul>`
          : html`<p class="muted">${t('ui.setup.noMembers')}</p>`}
        ${this.#formError('members', [])}
        ${advice ? html`<p class="advice">${localText(advice, lang)}</p>` : nothing}
        ${this.readonly
          ? nothing
          : html`<form class="stack inline-form" novalidate aria-labelledby="add-member-title" @submit=${this.#safe((e: SubmitEvent) => this.#onAddMember(e))}>
                <div class="label" id="add-member-title">${t('ui.setup.addMember')}</div>
                <div class="row">
                  <div class="field">
                    <label for="member-name">${t('ui.setup.memberName')} <span class="req">(${t('ui.required')})</span></label>
                    <input id="member-name" name="name" required autocomplete="off" aria-invalid=${memberName.invalid} aria-describedby=${ifDefined(memberName.describedBy)} />
                    ${memberName.message}
                  </div>
                  <div class="field">
                    <label for="member-role">${t('ui.setup.role')}</label>
                    <input id="member-role" name="role" autocomplete="off" aria-describedby="member-role-hint" />
                    <p class="hint" id="member-role-hint">${t('ui.setup.roleHint')}</p>
                  </div>
                  <div class="field">
                    <label for="member-school">${t('ui.setup.school')}</label>
                    <input id="member-school" name="school" autocomplete="off" list="schools-list" />
                    <datalist id="schools-list">${ws.schools.map((s) => html`<option value=${s.name}></option>`)}</datalist>
                  </div>
                </div>
                ${this.#formError('member', ['memberName'])}
                <div><button type="submit">${t('ui.setup.add')}</button></div>
              </form>
              ${others.length
                ? html`<form class="row inline-form" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onAddExisting(e))}>
                    <div class="field">
                      <label for="member-existing">${t('ui.setup.addExisting')}</label>
                      <select id="member-existing" name="existing">
                        <option value="">${t('ui.setup.choosePerson')}</option>
                        ${others.map((m) => html`<option value=${m.id}>${m.name}${m.school ? ` (${schools.get(m.school) ?? m.school})` : ''}</option>`)}
                      </select>
                    </div>
                    <div class="end"><button type="submit">${t('ui.setup.add')}</button></div>
                    ${this.#formError('existing', [])}
                  </form>`
                : nothing}`}
      </section>
      <section aria-labelledby="setup-facilitator">
        ${this.#heading(1, t('ui.setup.facilitator'), 'setup-facilitator')}
        <p class="hint" id="facilitator-hint">${t('ui.setup.facilitatorHint')}</p>
        ${editable
          ? html`<div class="field">
              <label for="field-facilitator">${t('field.facilitator')}</label>
              <select
                id="field-facilitator"
                aria-invalid=${facilitator.invalid}
                aria-describedby=${ifDefined(facilitator.describedBy)}
                @change=${this.#safe((e: Event) => {
                  const member = (e.target as HTMLSelectElement).value;
                  this.#apply('facilitator', (p, f, now, by) => setFacilitator(p, f, member ? { member } : {}, now, by));
                })}
              >
                <option value="" ?selected=${!cycle.facilitator}>${t('ui.setup.noFacilitator')}</option>
                ${plc.members.map((id) => html`<option value=${id} ?selected=${cycle.facilitator === id}>${names.get(id)?.name ?? id}</option>`)}
              </select>
              ${facilitator.message}
            </div>`
          : html`<p>${cycle.facilitator ? (names.get(cycle.facilitator)?.name ?? cycle.facilitator) : t('ui.setup.noFacilitator')}</p>`}
        ${rota.length > 1 || plc.history.some((h) => h.kind === 'facilitator')
          ? html`<div class="label">${t('ui.setup.rota')}</div>
              <ol class="rota">
                ${rota.map(
                  (r, i) => html`<li>${t('ui.setup.rotaCycle', { n: i + 1 })}: ${r.facilitator ? (names.get(r.facilitator)?.name ?? r.facilitator) : t('ui.setup.noFacilitator')}</li>`,
                )}
              </ol>`
          : nothing}
      </section>
      ${carried.length
        ? html`<section aria-labelledby="setup-carried">
            ${this.#heading(1, t('ui.setup.carried'), 'setup-carried')}
            <ul class="carried">
              ${carried.map((c) => html`<li><strong>${c.focus || t('summary.none')}</strong><p class="text">${c.learning}</p></li>`)}
            </ul>
          </section>`
        : nothing}
    `;
  }

  #onAddMember(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const id = this.#plcId!;
    const added = this.#applyWorkspace('member', (ws, _f, now, by) =>
      addMember(ws, id, { name: String(data.get('name') ?? ''), role: String(data.get('role') ?? ''), school: String(data.get('school') ?? '') }, now, by),
    );
    if (added) {
      form.reset();
      const name = this.store.state.members.find((m) => m.id === added.members[added.members.length - 1])?.name ?? '';
      this.announcement = this.t('history.memberJoined', { name });
    }
    this.#focusAfter = '#member-name';
  }

  #onAddExisting(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const existing = String(new FormData(form).get('existing') ?? '');
    if (!existing) return;
    const id = this.#plcId!;
    const added = this.#applyWorkspace('existing', (ws, _f, now, by) => addMember(ws, id, { existing }, now, by));
    if (added) this.announcement = this.t('history.memberJoined', { name: this.store.state.members.find((m) => m.id === existing)?.name ?? existing });
    this.#focusAfter = '#member-existing';
  }

  #onRemoveMember(member: string): void {
    const id = this.#plcId!;
    const name = this.store.state.members.find((m) => m.id === member)?.name ?? member;
    const removed = this.#applyWorkspace('members', (ws, _f, now, by) => removeMember(ws, id, member, now, by));
    if (removed) {
      this.announcement = this.t('history.memberLeft', { name });
      this.#focusAfter = '#member-name';
    }
  }

  // ———— one stage

  #renderStage(ws: Workspace, plc: Plc, framework: CycleFramework, cycle: Cycle): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const viewed = this.#viewed(framework, cycle);
    const index = framework.stages.findIndex((s) => s.id === viewed);
    const stage = framework.stages[index]!;
    const currentIndex = framework.stages.findIndex((s) => s.id === cycle.currentStage);
    const record = stageRecord(cycle, viewed);
    const criteria = stageCriteria(plc, framework, viewed, cycle);
    const editable = !this.readonly && cycle.status === 'active';
    const kind = cycle.status !== 'active' || index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
    const current = framework.stages[currentIndex];
    return html`
      <section class="stage" aria-labelledby="stage-title">
        ${this.#heading(1, html`${fillParts(t('ui.progress'), lang, { n: index + 1, count: framework.stages.length, stage: localPart(stage.label, lang) })} <span class="state-word">(${t(`stage.${kind}` as Key)})</span>`, 'stage-title', true)}
        ${viewed !== cycle.currentStage && current && cycle.status === 'active'
          ? html`<p class="notice">${fillParts(t('ui.stage.viewing'), lang, { stage: localPart(stage.label, lang), current: localPart(current.label, lang) })}</p>`
          : nothing}
        ${stage.description ? html`<p>${localPart(stage.description, lang)}</p>` : nothing}
        ${stage.prompts.length
          ? html`<div class="prompts">
              ${this.#heading(2, t('ui.stage.prompts'))}
              <ul>${stage.prompts.map((p) => html`<li>${localPart(p, lang)}</li>`)}</ul>
            </div>`
          : nothing}
        <div class="criteria">
          ${this.#heading(2, t('ui.stage.criteria'))}
          ${criteria.length
            ? html`<ul class="checks">
                ${criteria.map(
                  (c) => html`<li class=${c.met ? 'met' : 'unmet'}>
                    <span class="mark" aria-hidden="true">${c.met ? '✓' : '○'}</span>
                    <span><strong>${t(c.met ? 'ui.stage.met' : 'ui.stage.notMet')}:</strong> ${localPart(c.label, lang)}</span>
                    ${!c.met && editable && SETUP_CHECKS.has(c.check)
                      ? html`<button type="button" class="link" @click=${this.#safe(() => this.#goTo('setup', c.check))}>${t('ui.stage.goSetup')}</button>`
                      : nothing}
                    ${!c.met && editable && IMPACT_CHECKS.has(c.check) && !stage.criteria.some((s) => s.check === 'learning' && c.check === 'learning')
                      ? html`<button type="button" class="link" @click=${this.#safe(() => this.#goTo('impact', c.check))}>${t('ui.stage.goImpact')}</button>`
                      : nothing}
                  </li>`,
                )}
              </ul>`
            : html`<p class="muted">${t('ui.stage.criteriaNone')}</p>`}
        </div>
        ${this.#renderNotes(viewed, record.notes, editable)}
        ${stage.criteria.some((c) => c.check === 'learning') ? this.#textFieldOrText('learning', cycle.learning, editable) : nothing}
        ${this.#renderEvidence(viewed, record.evidence, editable)}
        ${this.#renderActions(ws, plc, cycle, viewed, record.actions, editable)}
        ${this.#renderDecisions(viewed, record.decisions, editable)}
        ${editable ? this.#renderMove(plc, framework, cycle, viewed) : nothing}
      </section>
    `;
  }

  #textFieldOrText(key: 'learning', value: string, editable: boolean): TemplateResult {
    if (editable) return this.#textField({ key, value, multiline: true, rows: 4 });
    return html`<div class="field"><div class="label">${this.t(`field.${key}`)}</div><p class="text">${value || this.t('summary.none')}</p></div>`;
  }

  #goTo(tab: Tab, check: CompletionCheck): void {
    this.#selectTab(tab);
    const focus: Partial<Record<CompletionCheck, string>> = {
      members: '#member-name',
      facilitator: '#field-facilitator',
      'learner-need': '#field-learnerNeed',
      question: '#field-question',
      'impact-recorded': '#impact-name',
      learning: '#field-learning',
    };
    this.#focusAfter = focus[check];
  }

  #renderNotes(stage: string, notes: string, editable: boolean): TemplateResult {
    const t = this.t;
    if (!editable) {
      return html`<div class="notes">
        ${this.#heading(2, t('ui.stage.notes'))}
        <p class="text">${notes || html`<span class="muted">${t('summary.none')}</span>`}</p>
      </div>`;
    }
    const slot = `notes-${stage}`;
    const state = this.#fieldState(slot, 'notes', 'notes', 'notes-hint');
    return html`<div class="notes field">
      <label for="notes" class="label-heading">${t('ui.stage.notes')}</label>
      <p class="hint" id="notes-hint">${t('ui.stage.notesHint')}</p>
      <textarea
        id="notes"
        rows="5"
        .value=${notes}
        aria-invalid=${state.invalid}
        aria-describedby=${ifDefined(state.describedBy)}
        @input=${this.#safe((e: Event) => {
          const value = (e.target as HTMLTextAreaElement).value;
          const plc = this.#plcId;
          this.#queue(slot, () => this.#apply(slot, (p, f, now, by) => setNotes(p, f, { stage, notes: value }, now, by), undefined, plc));
        })}
        @blur=${this.#safe(() => this.#flush())}
      ></textarea>
      ${state.message}
    </div>`;
  }

  #renderEvidence(stage: string, evidence: Cycle['stages'][number]['evidence'], editable: boolean): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const title = this.#fieldState('evidence', 'title', 'evidence-title');
    const url = this.#fieldState('evidence', 'url', 'evidence-url', 'evidence-url-hint');
    const date = this.#fieldState('evidence', 'date', 'evidence-date');
    return html`<section class="records" aria-labelledby="evidence-title-h">
      ${this.#heading(2, html`${t('ui.evidence.title')} <span class="count">(${formatNumber(lang, evidence.length)})</span>`, 'evidence-title-h')}
      ${evidence.length
        ? html`<ul class="items evidence">
            ${repeat(
              evidence,
              (e) => e.id,
              (e) => html`<li>
                <span class="item-main">
                  ${e.url && SafeUrl.safeParse(e.url).success ? html`<a href=${e.url.trim()} rel="noopener noreferrer" target="_blank">${e.title}</a>` : html`<span>${e.title}</span>`}
                  <span class="muted">${t(`kind.${e.kind}` as Key)}${e.date ? html` · ${formatDay(lang, e.date)}` : nothing}</span>
                </span>
                ${editable
                  ? this.#removeButton('evidence', evidence.map((x) => x.id), e.id, t('ui.evidence.remove', { what: e.title }), (p, f, now, by) => removeEvidence(p, f, { stage, id: e.id }, now, by), t('history.evidenceRemoved', { what: e.title }))
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t('ui.evidence.none')}</p>`}
      ${this.#formError('evidence-list', [])}
      ${editable
        ? html`<form class="stack inline-form" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onAddEvidence(e, stage))}>
            <div class="row">
              <div class="field grow">
                <label for="evidence-title">${t('ui.evidence.itemTitle')} <span class="req">(${t('ui.required')})</span></label>
                <input id="evidence-title" name="title" required autocomplete="off" aria-invalid=${title.invalid} aria-describedby=${ifDefined(title.describedBy)} />
                ${title.message}
              </div>
              <div class="field grow">
                <label for="evidence-url">${t('ui.evidence.link')} <span class="opt">(${t('ui.optional')})</span></label>
                <input id="evidence-url" name="url" type="url" inputmode="url" autocomplete="off" aria-invalid=${url.invalid} aria-describedby=${ifDefined(url.describedBy)} />
                <p class="hint" id="evidence-url-hint">${t('ui.evidence.linkHint')}</p>
                ${url.message}
              </div>
            </div>
            <div class="row">
              <div class="field">
                <label for="evidence-date">${t('ui.evidence.date')}</label>
                <input id="evidence-date" name="date" type="date" aria-invalid=${date.invalid} aria-describedby=${ifDefined(date.describedBy)} />
                ${date.message}
              </div>
              <div class="field">
                <label for="evidence-kind">${t('ui.evidence.kind')}</label>
                <select id="evidence-kind" name="kind">
                  ${EvidenceKind.options.map((k) => html`<option value=${k}>${t(`kind.${k}` as Key)}</option>`)}
                </select>
              </div>
              <div class="end"><button type="submit">${t('ui.evidence.add')}</button></div>
            </div>
            ${this.#formError('evidence', ['title', 'url', 'date'])}
          </form>`
        : nothing}
    </section>`;
  }

  #onAddEvidence(event: SubmitEvent, stage: string): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      stage,
      title: String(data.get('title') ?? ''),
      url: String(data.get('url') ?? ''),
      date: String(data.get('date') ?? ''),
      kind: String(data.get('kind') ?? 'other'),
    };
    const added = this.#apply('evidence', (p, f, now, by) => addEvidence(p, f, input, now, by), this.t('history.evidenceAdded', { what: input.title.trim() }));
    if (added) {
      form.reset();
      this.#focusAfter = '#evidence-title';
    } else this.#focusAfter = `#evidence-${this.errors['evidence']?.field ?? 'title'}`;
  }

  #renderActions(ws: Workspace, plc: Plc, cycle: Cycle, stage: string, actions: Cycle['stages'][number]['actions'], editable: boolean): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const now = this.#now();
    const names = new Map(ws.members.map((m) => [m.id, m.name]));
    const what = this.#fieldState('action', 'what', 'action-what');
    const owner = this.#fieldState('action', 'owner', 'action-owner');
    const due = this.#fieldState('action', 'due', 'action-due');
    const memberOptions = (selected: string | undefined) => html`<option value="" ?selected=${!selected}>${t('ui.actions.noOwner')}</option>
      ${plc.members.map((id) => html`<option value=${id} ?selected=${selected === id}>${names.get(id) ?? id}</option>`)}
      ${selected && !plc.members.includes(selected) ? html`<option value=${selected} selected>${names.get(selected) ?? selected}</option>` : nothing}`;
    return html`<section class="records" aria-labelledby="actions-title-h">
      ${this.#heading(2, html`${t('ui.actions.title')} <span class="count">(${formatNumber(lang, actions.length)})</span>`, 'actions-title-h')}
      ${actions.length
        ? html`<ul class="items actions">
            ${repeat(
              actions,
              (a) => a.id,
              (a) => {
                const late = cycle.status === 'active' && isOverdue(a, now);
                return html`<li class=${late ? 'overdue' : a.done ? 'done' : ''} id="action-row-${a.id}">
                  <span class="item-main">
                    ${editable
                      ? html`<span class="check">
                          <input
                            type="checkbox"
                            id="action-${a.id}"
                            .checked=${a.done}
                            @change=${this.#safe((e: Event) => {
                              const done = (e.target as HTMLInputElement).checked;
                              this.#apply('action-list', (p, f, n, by) => updateAction(p, f, { stage, id: a.id, done }, n, by), t(done ? 'history.actionDone' : 'history.actionReopened', { what: a.what }));
                            })}
                          />
                          <label for="action-${a.id}" class="action-what">${a.what}</label>
                        </span>`
                      : html`<span class="action-what">${a.done ? html`<span aria-hidden="true">✓ </span>` : nothing}${a.what}${a.done ? html` <span class="muted">(${t('ui.actions.done')})</span>` : nothing}</span>`}
                    <span class="muted">
                      ${a.due ? t('ui.actions.dueOn', { date: formatDay(lang, a.due) }) : nothing}
                      ${!editable && a.owner ? html` · ${names.get(a.owner) ?? a.owner}` : nothing}
                    </span>
                    ${late ? html`<strong class="flag" part="overdue">⚠ ${t('ui.actions.overdue')}</strong>` : nothing}
                  </span>
                  ${editable
                    ? html`<span class="item-tools">
                        <label class="visually-hidden" for="owner-${a.id}">${t('ui.actions.ownerOf', { what: a.what })}</label>
                        <select
                          id="owner-${a.id}"
                          class="small"
                          @change=${this.#safe((e: Event) => {
                            const value = (e.target as HTMLSelectElement).value;
                            this.#apply('action-list', (p, f, n, by) => updateAction(p, f, { stage, id: a.id, owner: value }, n, by));
                          })}
                        >
                          ${memberOptions(a.owner)}
                        </select>
                        ${this.#removeButton('action', actions.map((x) => x.id), a.id, t('ui.actions.remove', { what: a.what }), (p, f, n, by) => removeAction(p, f, { stage, id: a.id }, n, by), t('history.actionRemoved', { what: a.what }))}
                      </span>`
                    : nothing}
                </li>`;
              },
            )}
          </ul>`
        : html`<p class="muted">${t('ui.actions.none')}</p>`}
      ${this.#formError('action-list', [])}
      ${editable
        ? html`<form class="stack inline-form" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onAddAction(e, stage))}>
            <div class="field">
              <label for="action-what">${t('ui.actions.what')} <span class="req">(${t('ui.required')})</span></label>
              <input id="action-what" name="what" required autocomplete="off" aria-invalid=${what.invalid} aria-describedby=${ifDefined(what.describedBy)} />
              ${what.message}
            </div>
            <div class="row">
              <div class="field">
                <label for="action-owner">${t('ui.actions.owner')}</label>
                <select id="action-owner" name="owner" aria-invalid=${owner.invalid} aria-describedby=${ifDefined(owner.describedBy)}>${memberOptions(undefined)}</select>
                ${owner.message}
              </div>
              <div class="field">
                <label for="action-due">${t('ui.actions.due')}</label>
                <input id="action-due" name="due" type="date" min=${ifDefined(cycle.start?.slice(0, 10))} aria-invalid=${due.invalid} aria-describedby=${ifDefined(due.describedBy)} />
                ${due.message}
              </div>
              <div class="end"><button type="submit">${t('ui.actions.add')}</button></div>
            </div>
            ${this.#formError('action', ['what', 'owner', 'due'])}
          </form>`
        : nothing}
    </section>`;
  }

  #onAddAction(event: SubmitEvent, stage: string): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = { stage, what: String(data.get('what') ?? ''), owner: String(data.get('owner') ?? ''), due: String(data.get('due') ?? '') };
    const added = this.#apply('action', (p, f, now, by) => addAction(p, f, input, now, by), this.t('history.actionAdded', { what: input.what.trim() }));
    if (added) {
      form.reset();
      this.#focusAfter = '#action-what';
    } else this.#focusAfter = `#action-${this.errors['action']?.field ?? 'what'}`;
  }

  #renderDecisions(stage: string, decisions: Cycle['stages'][number]['decisions'], editable: boolean): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const text = this.#fieldState('decision', 'text', 'decision-text');
    const date = this.#fieldState('decision', 'date', 'decision-date');
    return html`<section class="records" aria-labelledby="decisions-title-h">
      ${this.#heading(2, html`${t('ui.decisions.title')} <span class="count">(${formatNumber(lang, decisions.length)})</span>`, 'decisions-title-h')}
      ${decisions.length
        ? html`<ul class="items decisions">
            ${repeat(
              decisions,
              (d) => d.id,
              (d) => html`<li>
                <span class="item-main"><span class="text">${d.text}</span>${d.date ? html`<span class="muted">${formatDay(lang, d.date)}</span>` : nothing}</span>
                ${editable
                  ? this.#removeButton('decision', decisions.map((x) => x.id), d.id, t('ui.decisions.remove', { what: d.text }), (p, f, now, by) => removeDecision(p, f, { stage, id: d.id }, now, by), t('history.decisionRemoved', { what: d.text }))
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t('ui.decisions.none')}</p>`}
      ${this.#formError('decision-list', [])}
      ${editable
        ? html`<form class="stack inline-form" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onAddDecision(e, stage))}>
            <div class="row">
              <div class="field grow">
                <label for="decision-text">${t('ui.decisions.text')} <span class="req">(${t('ui.required')})</span></label>
                <input id="decision-text" name="text" required autocomplete="off" aria-invalid=${text.invalid} aria-describedby=${ifDefined(text.describedBy)} />
                ${text.message}
              </div>
              <div class="field">
                <label for="decision-date">${t('ui.decisions.date')}</label>
                <input id="decision-date" name="date" type="date" aria-invalid=${date.invalid} aria-describedby=${ifDefined(date.describedBy)} />
                ${date.message}
              </div>
              <div class="end"><button type="submit">${t('ui.decisions.add')}</button></div>
            </div>
            ${this.#formError('decision', ['text', 'date'])}
          </form>`
        : nothing}
    </section>`;
  }

  #onAddDecision(event: SubmitEvent, stage: string): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = { stage, text: String(data.get('text') ?? ''), date: String(data.get('date') ?? '') };
    const added = this.#apply('decision', (p, f, now, by) => addDecision(p, f, input, now, by), this.t('history.decisionAdded', { what: input.text.trim() }));
    if (added) {
      form.reset();
      this.#focusAfter = '#decision-text';
    } else this.#focusAfter = `#decision-${this.errors['decision']?.field ?? 'text'}`;
  }

  #renderMove(plc: Plc, framework: CycleFramework, cycle: Cycle, viewed: string): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const index = framework.stages.findIndex((s) => s.id === cycle.currentStage);
    const next = framework.stages[index + 1];
    const previous = index > 0 ? framework.stages[index - 1] : undefined;
    const refusal = this.errors['move'];
    const atCurrent = viewed === cycle.currentStage;
    const missing = !next && atCurrent ? completionCriteria(plc, framework, cycle).filter((c) => !c.met) : [];
    return html`<section class="move no-print" part="move" aria-labelledby="move-title">
      ${this.#heading(2, t('ui.move.title'), 'move-title')}
      <div class="field">
        <label for="move-reason">${t('ui.move.reason')} <span class="opt">(${t('ui.optional')})</span></label>
        <input id="move-reason" name="reason" autocomplete="off" />
      </div>
      <div class="move-buttons">
        ${atCurrent
          ? html`${previous
              ? html`<button type="button" id="move-back" @click=${this.#safe(() => this.#move(previous.id, '#move-back'))}>← ${fillParts(t('ui.move.back'), lang, { stage: localPart(previous.label, lang) })}</button>`
              : nothing}
            ${next
              ? html`<button type="button" id="move-next" class="primary" @click=${this.#safe(() => this.#move(next.id, '#move-next'))}>${fillParts(t('ui.move.next'), lang, { stage: localPart(next.label, lang) })} →</button>`
              : html`<button type="button" id="complete" class="primary" aria-describedby=${ifDefined(missing.length ? 'complete-missing' : undefined)} @click=${this.#safe(() => this.#complete())}>
                  ${t('ui.move.complete')}
                </button>`}`
          : html`<button type="button" id="move-here" class="primary" @click=${this.#safe(() => this.#move(viewed, '#move-here'))}>${t('ui.move.here')}</button>`}
      </div>
      ${missing.length && !refusal
        ? html`<p class="muted" id="complete-missing">${t('ui.stage.criteria')}: ${missing.map((c, i) => html`${i ? '; ' : ''}${localPart(c.label, lang)}`)}</p>`
        : nothing}
      ${refusal ? html`<p class="refusal" part="refusal" role="alert">${localText(refusal.reason, lang)}</p>` : nothing}
    </section>`;
  }

  /** `pressed`: the button used, a selector for it. */
  #move(to: string, pressed: string): void {
    this.#flush();
    const reasonInput = this.renderRoot.querySelector<HTMLInputElement>('#move-reason');
    const reason = reasonInput?.value ?? '';
    const before = this.record?.cycle?.currentStage;
    const moved = this.#apply('move', (p, f, now, by) => moveToStage(p, f, { to, reason }, now, by));
    if (!moved || !before) return;
    if (reasonInput) reasonInput.value = '';
    // The move was made under this model, so it is here.
    const framework = this.#modelFor(moved, this.model!);
    if (!framework) return;
    const label = framework.stages.find((s) => s.id === to)?.label;
    this.viewedStage = to;
    // The buttons shown depend on the stage reached: moving back to the first stage takes away "Move
    // back", moving into the last turns "Move on" into "Complete the cycle", and "Move here" always goes.
    // Focus stays on the button used while it is there, else goes to the one that now moves the cycle on.
    this.#focusAfter = [pressed, '#move-next', '#complete', '#stage-title'];
    this.announcement = this.t('ui.move.moved', { stage: localText(label, this.lang_) });
    const detail: StageChangeDetail = { plc: moved.id, framework: framework.id, from: before, to };
    if (reason.trim()) detail.reason = reason.trim();
    this.#fire('plc-stage-change', detail);
  }

  #complete(): void {
    this.#flush();
    const done = this.#apply('move', (p, f, now, by) => completeCycle(p, f, {}, now, by));
    if (!done?.cycle) return;
    const framework = this.#modelFor(done, this.model!);
    if (!framework) return;
    this.tab = 'summary';
    this.announcement = this.t('ui.move.completed');
    this.#focusAfter = '#summary-title';
    const summary = cycleSummary(this.store.state, done, framework)!;
    this.#fire('plc-complete', { plc: done.id, framework: framework.id, cycle: done.cycle, summary });
  }

  // ———— impact

  #renderImpact(cycle: Cycle): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const editable = !this.readonly && cycle.status === 'active';
    const name = this.#fieldState('impact', 'name', 'impact-name');
    const numberField = (id: string, field: string, label: string, slot: string, value?: number) => {
      const state = this.#fieldState(slot, field, id);
      return html`<div class="field num-field">
        <label for=${id}>${label}</label>
        <input id=${id} name=${field} type="text" inputmode="decimal" autocomplete="off" .value=${value === undefined ? '' : String(value)} aria-invalid=${state.invalid} aria-describedby=${ifDefined(state.describedBy)} />
        ${state.message}
      </div>`;
    };
    return html`
      <section aria-labelledby="impact-title">
        ${this.#heading(1, t('impact.title'), 'impact-title')}
        <p>${t('impact.intro')}</p>
        ${cycle.impact.length
          ? html`${impactChart(cycle.impact, lang, { before: t('impact.before'), after: t('impact.after'), target: t('impact.target'), label: t('impact.chart') })}
              ${this.#impactTable(cycle.impact.map((m) => ({ ...m, change: m.baseline !== undefined && m.latest !== undefined ? m.latest - m.baseline : undefined })), 'impact-table')}`
          : html`<p class="muted">${t('impact.none')}</p>`}
        ${editable
          ? html`${repeat(
                cycle.impact,
                (m) => m.id,
                (m) => html`<form
                  class="measure-edit inline-form"
                  novalidate
                  @change=${this.#safe((e: Event) => this.#onImpactChange(e, m.id))}
                  @keydown=${this.#safe((e: KeyboardEvent) => {
                    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
                    e.preventDefault();
                    this.#onImpactChange(e, m.id);
                  })}
                  @submit=${this.#safe((e: SubmitEvent) => {
                    e.preventDefault();
                    this.#onImpactChange(e, m.id);
                  })}
                >
                  <fieldset>
                    <legend>${t('impact.edit', { name: m.name })}</legend>
                    <div class="row">
                      ${numberField(`m-${m.id}-baseline`, 'baseline', t('impact.baseline'), `impact-${m.id}`, m.baseline)}
                      ${numberField(`m-${m.id}-target`, 'target', t('impact.target'), `impact-${m.id}`, m.target)}
                      ${numberField(`m-${m.id}-latest`, 'latest', t('impact.latest'), `impact-${m.id}`, m.latest)}
                      <div class="field num-field">
                        <label for="m-${m.id}-unit">${t('impact.unit')}</label>
                        <input id="m-${m.id}-unit" name="unit" autocomplete="off" .value=${m.unit ?? ''} />
                      </div>
                      <div class="end">
                        ${this.#removeButton('impact', cycle.impact.map((x) => x.id), m.id, t('impact.remove', { name: m.name }), (p, f, now, by) => removeImpact(p, f, { id: m.id }, now, by), t('history.impactRemoved', { what: m.name }))}
                      </div>
                    </div>
                    ${this.#formError(`impact-${m.id}`, ['baseline', 'target', 'latest'])}
                  </fieldset>
                </form>`,
              )}
              ${this.#formError('impact-list', [])}
              <form class="stack inline-form" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onAddImpact(e))}>
                <div class="label">${t('impact.add')}</div>
                <div class="row">
                  <div class="field grow">
                    <label for="impact-name">${t('impact.measure')} <span class="req">(${t('ui.required')})</span></label>
                    <input id="impact-name" name="name" required autocomplete="off" aria-invalid=${name.invalid} aria-describedby=${ifDefined(name.describedBy)} />
                    ${name.message}
                  </div>
                  <div class="field">
                    <label for="impact-unit">${t('impact.unit')}</label>
                    <input id="impact-unit" name="unit" autocomplete="off" aria-describedby="impact-unit-hint" />
                    <p class="hint" id="impact-unit-hint">${t('impact.unitHint')}</p>
                  </div>
                </div>
                <div class="row">
                  ${numberField('impact-baseline', 'baseline', t('impact.baseline'), 'impact')}
                  ${numberField('impact-target', 'target', t('impact.target'), 'impact')}
                  ${numberField('impact-latest', 'latest', t('impact.latest'), 'impact')}
                  <div class="end"><button type="submit">${t('impact.add')}</button></div>
                </div>
                ${this.#formError('impact', ['name', 'baseline', 'target', 'latest'])}
              </form>`
          : nothing}
      </section>
      <section aria-labelledby="learning-title">
        ${this.#heading(1, t('summary.learning'), 'learning-title')} ${this.#textFieldOrText('learning', cycle.learning, editable)}
      </section>
    `;
  }

  #impactTable(measures: { name: string; unit?: string; baseline?: number; target?: number; latest?: number; change?: number }[], part: string): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    return html`<div class="table-wrap">
      <table part=${part} class="impact-table">
        <caption>${t('impact.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('impact.measure')}</th>
            <th scope="col" class="num">${t('impact.baseline')}</th>
            <th scope="col" class="num">${t('impact.latest')}</th>
            <th scope="col" class="num">${t('impact.change')}</th>
            <th scope="col" class="num">${t('impact.target')}</th>
          </tr>
        </thead>
        <tbody>
          ${measures.map((m) => {
            const met = targetReached(m);
            return html`<tr>
              <th scope="row">${m.name}</th>
              <td class="num">${formatMeasure(lang, m.baseline, m.unit)}</td>
              <td class="num">${formatMeasure(lang, m.latest, m.unit)}</td>
              <td class="num">${m.change === undefined ? '—' : `${m.change > 0 ? '+' : ''}${formatMeasure(lang, m.change, m.unit)}`}</td>
              <td class="num">${formatMeasure(lang, m.target, m.unit)}${met === undefined ? nothing : html` <span class="muted">(${t(met ? 'impact.targetMet' : 'impact.targetNotMet')})</span>`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #onImpactChange(event: Event, id: string): void {
    const form = (event.currentTarget ?? event.target) as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      id,
      baseline: String(data.get('baseline') ?? ''),
      target: String(data.get('target') ?? ''),
      latest: String(data.get('latest') ?? ''),
      unit: String(data.get('unit') ?? ''),
    };
    this.#apply(`impact-${id}`, (p, f, now, by) => updateImpact(p, f, input, now, by));
  }

  #onAddImpact(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      name: String(data.get('name') ?? ''),
      unit: String(data.get('unit') ?? ''),
      baseline: String(data.get('baseline') ?? ''),
      target: String(data.get('target') ?? ''),
      latest: String(data.get('latest') ?? ''),
    };
    const added = this.#apply('impact', (p, f, now, by) => addImpact(p, f, input, now, by), this.t('history.impactAdded', { what: input.name.trim() }));
    if (added) {
      form.reset();
      this.#focusAfter = '#impact-name';
    } else this.#focusAfter = `#impact-${this.errors['impact']?.field ?? 'name'}`;
  }

  // ———— history

  #renderHistory(ws: Workspace, plc: Plc, framework: CycleFramework): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const context = { framework, members: ws.members };
    const entries = [...plc.history].reverse();
    const shown = this.historyAll ? entries : entries.slice(0, HISTORY_PAGE);
    return html`<section aria-labelledby="history-title">
      ${this.#heading(1, t('ui.tab.history'), 'history-title')}
      ${entries.length
        ? html`<ol class="history" part="history" reversed>
            ${shown.map(
              (h) => html`<li>
                <span class="what">${describeHistory(h, context, lang)}</span>
                ${h.reason ? html`<span class="reason">${t('history.reason', { reason: h.reason })}</span>` : nothing}
                <span class="muted when">${historyMeta(h, lang)}</span>
              </li>`,
            )}
          </ol>
          ${shown.length < entries.length
            ? html`<button type="button" @click=${this.#safe(() => (this.historyAll = true))}>${t('ui.history.showAll', { count: entries.length })}</button>`
            : nothing}`
        : html`<p class="muted">${t('ui.history.none')}</p>`}
    </section>`;
  }

  // ———— summary, disband and re-form

  #renderSummary(ws: Workspace, plc: Plc, framework: CycleFramework, cycle: Cycle): TemplateResult {
    const t = this.t;
    const summary = cycleSummary(ws, plc, framework, cycle)!;
    const completed = cycle.status === 'completed';
    return html`
      ${completed ? nothing : html`<p class="notice no-print">${t('summary.draft')}</p>`}
      ${this.#summaryArticle(summary, 'summary-title', 1)}
      <div class="toolbar no-print">
        <button type="button" @click=${this.#safe(() => this.#print())}>${t('ui.summary.print')}</button>
        <button type="button" @click=${this.#safe(() => this.#download(summary, cycle, 'md'))}>${this.common('download.markdown')}</button>
        <button type="button" @click=${this.#safe(() => this.#download(summary, cycle, 'json'))}>${this.common('download.json')}</button>
        ${completed && !this.readonly
          ? html`<button type="button" @click=${this.#safe(() => this.#reopen())}>${t('ui.summary.reopen')}</button>`
          : nothing}
      </div>
      ${this.#formError('reopen', [])}
      ${completed && !this.readonly ? this.#renderReform(ws, plc) : nothing}
      ${plc.pastCycles.length ? this.#renderPastCycles(ws, plc) : nothing}
    `;
  }

  #summaryArticle(s: CycleSummary, id: string, offset: number): TemplateResult {
    const t = this.t;
    const lang = this.lang_;
    const none = html`<span class="muted">${t('summary.none')}</span>`;
    const date = (iso?: string) => (iso ? formatDay(lang, iso) : '—');
    return html`<article class="summary" part="summary" aria-labelledby=${id}>
      ${this.#heading(offset, html`${t('summary.title')}: ${s.plc.name}`, id, true)}
      <dl class="facts">
        <dt>${t('summary.model')}</dt>
        <dd>${localPart(s.model.title, lang)}</dd>
        <dt>${t('field.facilitator')}</dt>
        <dd>${s.facilitator ?? none}</dd>
        <dt>${t('field.start')}</dt>
        <dd>${date(s.cycle.start)}</dd>
        <dt>${t('field.review')}</dt>
        <dd>${date(s.cycle.review)}</dd>
        ${s.cycle.completedAt ? html`<dt>${t('status.completed')}</dt><dd>${date(s.cycle.completedAt)}</dd>` : nothing}
        <dt>${t('summary.members')}</dt>
        <dd>${s.members.length ? s.members.map((m) => [m.name, m.role, m.school].filter(Boolean).join(', ')).join('; ') : none}</dd>
      </dl>
      ${this.#heading(offset + 1, t('summary.focus'))}
      <p class="text">${s.focus || none}</p>
      ${this.#heading(offset + 1, t('field.learnerNeed'))}
      <p class="text">${s.learnerNeed || none}</p>
      ${s.needEvidence ? html`<p class="text"><span class="muted">${t('field.needEvidence')}:</span> ${s.needEvidence}</p>` : nothing}
      ${this.#heading(offset + 1, t('field.question'))}
      <p class="text">${s.question || none}</p>
      ${this.#heading(offset + 1, t('summary.tried'))}
      ${s.tried.length
        ? html`<ul>
            ${s.tried.map((a) => html`<li>${a.done ? html`<span aria-hidden="true">✓ </span>` : nothing}${a.what}${a.owner ? ` (${a.owner})` : ''}${a.done ? html`<span class="visually-hidden"> (${t('ui.actions.done')})</span>` : nothing} <span class="muted">· ${localPart(a.stage, lang)}</span></li>`)}
          </ul>`
        : html`<p>${none}</p>`}
      ${s.decisions.length
        ? html`${this.#heading(offset + 2, t('summary.decisions'))}
            <ul>${s.decisions.map((d) => html`<li>${d.text}${d.date ? html` <span class="muted">(${date(d.date)})</span>` : nothing}</li>`)}</ul>`
        : nothing}
      ${s.evidence.length
        ? html`${this.#heading(offset + 2, t('summary.evidence'))}
            <ul>
              ${s.evidence.map(
                (e) => html`<li>
                  ${e.url && SafeUrl.safeParse(e.url).success ? html`<a href=${e.url.trim()} rel="noopener noreferrer" target="_blank">${e.title}</a>` : e.title}
                  <span class="muted">· ${t(`kind.${e.kind}` as Key)}${e.date ? ` · ${date(e.date)}` : ''}</span>
                </li>`,
              )}
            </ul>`
        : nothing}
      ${this.#heading(offset + 1, t('summary.impact'))}
      ${s.impact.length ? this.#impactTable(s.impact, 'summary-impact') : html`<p>${none}</p>`}
      ${this.#heading(offset + 1, t('summary.learning'))}
      <p class="text">${s.learning || none}</p>
      ${s.earlierLearning.length
        ? html`${this.#heading(offset + 2, t('summary.earlierLearning'))}
            <ul>${s.earlierLearning.map((e) => html`<li><strong>${e.focus || t('summary.none')}:</strong> <span class="text">${e.learning}</span></li>`)}</ul>`
        : nothing}
    </article>`;
  }

  #print(): void {
    this.tab = 'summary';
    void this.updateComplete.then(() => {
      try {
        window.print();
      } catch {
        // Some embedded contexts forbid printing; nothing to recover.
      }
    });
  }

  #download(summary: CycleSummary, cycle: Cycle, kind: 'md' | 'json'): void {
    const stem = `${summary.plc.name} ${cycle.id}`;
    if (kind === 'md') this.offerFile(fileName(stem, 'md'), summaryMarkdown(summary, this.lang_), 'text/markdown');
    else this.offerFile(fileName(stem, 'json'), summaryJson(summary, cycle), 'application/json');
  }

  #reopen(): void {
    const reopened = this.#apply('reopen', (p, f, now, by) => reopenCycle(p, f, {}, now, by), this.t('ui.summary.reopened'));
    if (reopened) {
      this.tab = 'stage';
      this.#focusAfter = '#stage-title';
    }
  }

  #renderReform(ws: Workspace, plc: Plc): TemplateResult {
    const t = this.t;
    const names = new Map(ws.members.map((m) => [m.id, m.name]));
    const focus = this.#fieldState('reform', 'focus', 'reform-focus');
    return html`<section class="reform no-print" aria-labelledby="reform-title">
      ${this.#heading(1, t('ui.reform.title'), 'reform-title')}
      <p>${t('ui.reform.intro')}</p>
      <form class="stack" novalidate @submit=${this.#safe((e: SubmitEvent) => this.#onReform(e))}>
        <div class="field">
          <label for="reform-focus">${t('ui.reform.focus')} <span class="req">(${t('ui.required')})</span></label>
          <textarea id="reform-focus" name="focus" rows="2" required aria-invalid=${focus.invalid} aria-describedby=${ifDefined(focus.describedBy)}></textarea>
          ${focus.message}
        </div>
        <div class="field">
          <label for="reform-question">${t('ui.reform.question')} <span class="opt">(${t('ui.optional')})</span></label>
          <textarea id="reform-question" name="question" rows="2"></textarea>
        </div>
        ${plc.members.length
          ? html`<fieldset>
              <legend>${t('ui.reform.keep')}</legend>
              <p class="hint">${t('ui.reform.keepHint')}</p>
              ${plc.members.map(
                (id) => html`<div class="check">
                  <input type="checkbox" id="keep-${id}" name="keep" value=${id} checked />
                  <label for="keep-${id}">${names.get(id) ?? id}</label>
                </div>`,
              )}
            </fieldset>`
          : nothing}
        ${this.#formError('reform', ['focus'])}
        <div><button type="submit" class="primary">${t('ui.reform.submit')}</button></div>
      </form>
    </section>`;
  }

  #onReform(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const id = this.#plcId!;
    const focus = String(data.get('focus') ?? '');
    const input = { focus, question: String(data.get('question') ?? ''), keep: data.getAll('keep').map(String) };
    const model = this.#modelFor(this.record, this.model!);
    // The form is shown only once the PLC's model is here; should it not be, what was typed stays in the form.
    if (!model) return;
    const reformed = this.#applyWorkspace('reform', (ws, _f, now, by) => reformPlc(ws, id, model, input, now, by));
    if (!reformed) {
      this.#focusAfter = '#reform-focus';
      return;
    }
    this.tab = 'setup';
    this.viewedStage = undefined;
    this.announcement = this.t('ui.reform.done', { focus: focus.trim() });
    this.#focusAfter = '#member-name';
  }

  #renderPastCycles(ws: Workspace, plc: Plc): TemplateResult {
    const t = this.t;
    const past = [...plc.pastCycles].reverse();
    return html`<section class="past" aria-labelledby="past-title">
      ${this.#heading(1, t('summary.earlierCycles'), 'past-title')}
      ${past.map((cycle) => {
        const framework = this.#model(cycle.model, this.#modelFor(plc, this.model!));
        const n = plc.pastCycles.indexOf(cycle) + 1;
        if (!framework) {
          return html`<details class="past-cycle">
            <summary>${t('summary.cycleOn', { n, focus: cycle.focus || cycle.question || t('summary.none') })}</summary>
            <p role="status">${this.common('loading')}</p>
          </details>`;
        }
        const summary = cycleSummary(ws, plc, framework, cycle)!;
        return html`<details class="past-cycle">
          <summary>${t('summary.cycleOn', { n, focus: cycle.focus || cycle.question || t('summary.none') })}</summary>
          ${this.#summaryArticle(summary, `past-${cycle.id}`, 2)}
          <div class="toolbar no-print">
            <button type="button" @click=${this.#safe(() => this.#download(summary, cycle, 'md'))}>${this.common('download.markdown')}</button>
            <button type="button" @click=${this.#safe(() => this.#download(summary, cycle, 'json'))}>${this.common('download.json')}</button>
          </div>
        </details>`;
      })}
    </section>`;
  }
}

/** Typed listeners for this element's events (their details differ from other kit elements' events of the same name). */
export interface PlcEnquiryCycle {
  addEventListener<K extends keyof EnquiryCycleEventMap>(type: K, listener: (this: PlcEnquiryCycle, event: EnquiryCycleEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof EnquiryCycleEventMap>(type: K, listener: (this: PlcEnquiryCycle, event: EnquiryCycleEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
