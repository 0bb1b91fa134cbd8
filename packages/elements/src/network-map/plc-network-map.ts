import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import {
  EXACT_BETWEENNESS_LIMIT,
  betweenness,
  buildSchoolGraph,
  buildSchoolGraphSteps,
  buildTwoModeGraph,
  checkReferences,
  checkReferencesSteps,
  formatNumber,
  hashString,
  localMessage,
  localText,
  networkJson,
  networkMapMessages,
  networkMeasures,
  nextTask,
  readNetworkData,
  readNetworkDataSteps,
  readNetworkJson,
  runSliced,
  schoolsCsv,
  sortSteps,
  tiesCsv,
  translator,
  type Betweenness,
  type CsvImport,
  type CsvProblem,
  type LayoutInput,
  type NetworkChangeDetail,
  type NetworkData,
  type NetworkFilter,
  type NetworkMeasures,
  type NetworkProblem,
  type NetworkRead,
  type NetworkSelectDetail,
  type Pin,
  type PlcKind,
  type SchoolGraph,
  type TieKind,
  type LocalText,
  type Translate,
  type TwoModeGraph,
} from '@plc-kit/core';
import { PlcElement } from '../base/plc-element.js';
import { cssProps } from '../base/css-props.js';
import { afterNextPaint } from '../base/paint.js';
import { tokenWatchStyles, watchTokens } from '../base/tokens.styles.js';
import { fileName } from '../base/download.js';
import { failureReason, fetchText } from '../base/fetch-text.js';
import { LayoutClient } from './layout-client.js';
import { drawBase, drawBaseSteps, drawMarks, splitColours, type Frame, type Palette, type View } from './renderer.js';
import { HitGrid, nearestInDirection, nearestTo, placeScene, sceneBounds, schoolScene, twoModeScene, type Scene, type SizeBy, type WidthBy } from './scene.js';
import { networkMapStyles } from './plc-network-map.styles.js';

type Key = keyof typeof networkMapMessages.en & string;
/**
 * A message for the live region or the status line, kept as its key and values rather than as text,
 * so that it is shown in the element's language of the moment (a value `{ key }` is a message too).
 */
interface Message {
  key: Key;
  params?: Record<string, string | number | { key: Key }>;
  /** The same words twice in a row would not be read again: an invisible space tells them apart. */
  nudge?: boolean;
}
export type MapView = 'schools' | 'two-mode';

/** The events `<plc-network-map>` fires. `plc-change` and `plc-select` are kit-wide names whose details differ per element. */
export interface NetworkMapEventMap {
  'plc-select': CustomEvent<NetworkSelectDetail>;
  'plc-change': CustomEvent<NetworkChangeDetail>;
}

const KINDS: readonly TieKind[] = ['within', 'between', 'across'];
/** The filter value that stands for "no cluster" / "no focus area". */
const NONE = '\u2205';
const PLC_KINDS: readonly PlcKind[] = ['plc', 'network', 'data-team', 'community-of-practice'];
/** Above this many rows, reading and graph building run in slices so the page never freezes. */
const SLICE_ROWS = 3000;
/** Up to this many schools betweenness is worked out at once, on the spot; above, in the worker. */
const INLINE_BETWEENNESS = 400;
const TABLE_PAGE = 100;
/** Ties plus schools from which a map counts as large: drawn in pieces offscreen, cached for quick repaints. */
const LARGE = 4000;
/** Above this many schools the table's rows and the E-I table render a task after the rest. */
const DEFER_LISTS = 500;
const COSMETIC = new Set(['hovered', 'announcement', 'status', 'query', 'progress', 'progressStage', 'dragging', 'tableRows', 'fallback']);
const MAX_PROBLEMS = 50;

/** What the progress bar stands for: reading CSV files, reading data and building the network, laying it out. */
type Stage = 'import' | 'read' | 'layout';

type Source =
  | { kind: 'data'; value: unknown }
  | { kind: 'inline'; value: string }
  | { kind: 'src'; value: string }
  | { kind: 'workspace'; value: [unknown, unknown, unknown] };

interface LayoutState {
  key: string;
  index: Map<string, number>;
  positions: Float64Array;
  final: boolean;
}

/** Where a layout runs: the map's own Worker by default (see `PlcNetworkMap.workerUrl`). */
function defaultWorker(): Worker {
  const custom = PlcNetworkMap.workerUrl;
  return custom
    ? new Worker(custom, { type: 'module' })
    : new Worker(new URL('./layout.worker.js', import.meta.url), { type: 'module' });
}

const collators = new Map<string, Intl.Collator>();
/** A cached collator: comparing with `localeCompare(…, lang)` builds one per call, far too slow for 5,000 names. */
function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === 'cy' ? 'cy-GB' : 'en-GB', { numeric: true })));
  return c;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * A map of schools joined by the PLCs they share: who collaborates with whom within a school, between
 * schools of one cluster and across clusters; the islands and the brokers that bridge clusters.
 *
 * Data comes from the workspace (schools, PLCs, members), or from the `data` property, an inline
 * `<script type="application/json">`, or a `src` URL, each checked row by row; CSV files of schools
 * and memberships can be imported by the file picker or dropped on the element. Measures (density,
 * components, isolated schools, brokers by betweenness, within/between/across shares, E-I index per
 * cluster) come from `@plc-kit/core`; the layout is a seeded d3-force run in a Worker (or time-sliced
 * on the page when a Worker is not allowed), so the same data always gives the same map.
 *
 * @summary Network map of schools and PLCs, with measures, a table of schools and keyboard movement.
 *
 * @event plc-select - A school or PLC was chosen. `detail: { kind: 'school' | 'plc', id }`.
 * @event plc-change - Data was imported (`detail: { kind: 'data', data, imported }`) or a node was pinned (`detail: { kind: 'pins', mapKey, pins }`).
 *
 * @csspart toolbar - The row of search, view, filters and zoom controls.
 * @csspart search - The search box and its results.
 * @csspart filters - The filters fieldset.
 * @csspart map - The frame around the canvas.
 * @csspart canvas - The canvas the map is drawn on.
 * @csspart tooltip - The tooltip over the map.
 * @csspart progress - The progress bar shown while files are read, the network is built and laid out.
 * @csspart legend - The key to colours, lines and rings.
 * @csspart panel - The panel about the selected school or PLC.
 * @csspart measures - The measures of the network.
 * @csspart table - The table of schools (a `<details>`).
 * @csspart export - The export buttons.
 * @csspart import - The CSV import control.
 * @csspart error - A problem with the data (role="alert").
 *
 * @cssproperty --plc-network-map-height - Height of the map (default 480px).
 * @cssproperty --plc-network-map-within-color - Rings and lines for PLCs within a school (default: success colour).
 * @cssproperty --plc-network-map-between-color - Lines between schools of one cluster (default: muted text colour).
 * @cssproperty --plc-network-map-across-color - Lines across clusters (default: warning colour).
 * @cssproperty --plc-network-map-isolated-color - The dashed ring around an isolated school (default: danger colour).
 * @cssproperty --plc-network-map-plc-color - PLC squares in the two-mode view (default: text colour).
 */
export class PlcNetworkMap extends PlcElement {
  // The tokens the canvas is painted with are watched, so a theme, dark mode, forced colours or the
  // page setting a token at runtime repaints it.
  static override styles = [
    ...PlcElement.styles,
    networkMapStyles,
    tokenWatchStyles('--_series', '--_map-isolated', '--_map-plc', '--_map-within', '--_map-between', '--_map-across'),
  ];

  /**
   * Where the layout Worker script is, when a bundler did not emit `layout.worker.js` beside this
   * module (for example a single-file build): set it before the first map is drawn.
   */
  static workerUrl: string | URL | undefined;

  /** Network data `{ schools, plcs, members }` to show instead of the workspace's. Checked row by row. */
  @property({ attribute: false }) data?: unknown;

  /** URL of network data as JSON (same shape as `data`). */
  @property() src?: string;

  /** Which view: `schools` (schools joined by shared PLCs) or `two-mode` (schools and PLCs). */
  @property({ reflect: true }) view: MapView = 'schools';

  /** Circle size by `degree` (partner schools) or `betweenness`. */
  @property({ attribute: 'size-by' }) sizeBy: SizeBy = 'degree';

  /** Line width by `plcs` (shared PLCs) or `members` (people involved). */
  @property({ attribute: 'width-by' }) widthBy: WidthBy = 'plcs';

  /** Show only the schools of this cluster ('' for all). */
  @property() cluster = '';

  /** Show only PLCs of this kind (`plc`, `network`, `data-team`, `community-of-practice`; '' for all). */
  @property({ attribute: 'plc-kind' }) plcKind = '';

  /** Show only PLCs with this focus area ('' for all). */
  @property({ attribute: 'focus-area' }) focusArea = '';

  /** Show one school and its partners only (its id): a school's own view for its intranet. */
  @property() school = '';

  /** The selected school's id (or `plc:<id>` for a PLC in the two-mode view). */
  @property({ reflect: true }) selected = '';

  /** Names where pins are kept: `workspace.pins[mapKey]` (default `network-map`). Also seeds the layout. */
  @property({ attribute: 'map-key' }) mapKey = 'network-map';

  /** Extra seed for the layout; change it to get a different (but again stable) arrangement. */
  @property() seed = '';

  /** Lay out on the page (time-sliced) instead of in a Worker. */
  @property({ type: Boolean, attribute: 'no-worker' }) noWorker = false;

  /** Level of the map's own heading (2 by default); its sections' headings follow on from it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide the CSV import (for a display-only map). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private progress: number | undefined;
  @state() private progressStage: Stage = 'layout';
  @state() private announcement?: Message;
  @state() private status?: Message;
  @state() private fallback = false;
  @state() private query = '';
  @state() private tableRows = TABLE_PAGE;
  @state() private listsVersion = -1;
  @state() private dragging = false;
  @state() private hovered = -1;
  @state() private version = 0;

  #source?: Source;
  /** What is drawn: the rows read, without links to ids that are not there. */
  #data?: NetworkData;
  /** The same rows with their links as given: what an import of a `data` source merges into. */
  #rows?: NetworkData;
  #readProblems: NetworkProblem[] = [];
  /** Problems in an import's lines, and (with the file's own name) in files that could not be read at all. */
  #csvProblems: (CsvProblem & { name?: string })[] = [];
  #clusterColor = new Map<string, number>();
  #graph?: SchoolGraph;
  #measures?: NetworkMeasures;
  #between?: Betweenness;
  #two?: TwoModeGraph;
  #scene?: Scene;
  #grid?: HitGrid;
  #layouts = new Map<MapView, LayoutState>();
  #moved = new Map<string, { x: number; y: number }>();
  #view: View = { k: 1, x: 0, y: 0 };
  #userMoved = false;
  #focused = -1;
  #palette?: Palette;
  #frame = 0;
  #client?: LayoutClient;
  #loadAbort?: AbortController;
  #layoutAbort?: AbortController;
  #measureAbort?: AbortController;
  #tasks = new Set<Promise<unknown>>();
  #resize?: ResizeObserver;
  #canvas?: HTMLCanvasElement;
  #size = { width: 0, height: 0, dpr: 1 };
  #pointers = new Map<number, { x: number; y: number }>();
  #gesture?: { node: number; x: number; y: number; view: View; moved: boolean; pinch?: { d: number; k: number; cx: number; cy: number } };
  #media?: MediaQueryList;
  #drawn: Promise<void> = Promise.resolve();
  #themeKey = '';

  #level(depth: number): number {
    return Math.min(6, this.headingLevelInUse + depth);
  }

  get #t(): Translate<typeof networkMapMessages.en> {
    return translator(networkMapMessages, this.lang_);
  }

  /** Settles when the map has finished reading, laying out and measuring what it was last given. */
  get ready(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      while (this.#tasks.size) {
        await Promise.allSettled([...this.#tasks]);
        await this.updateComplete;
      }
      await this.#flushDraw();
    })();
  }

  /**
   * Settles when the map is laid out and drawn (betweenness of a large network may still be on its
   * way: see `ready`).
   */
  get layoutComplete(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      let current: Promise<void>;
      do {
        current = this.#drawn;
        await current;
        await this.updateComplete;
      } while (current !== this.#drawn);
      await this.#flushDraw();
    })();
  }

  /** Draws now what is waiting for the next frame (and measures the canvas, rather than wait for its observer). */
  async #flushDraw(): Promise<void> {
    this.#attachCanvas();
    this.#measureCanvas();
    if (this.#frame) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#quick = false;
      this.#drawNow();
    }
    await this.#rendering;
  }

  /** The graph on show (after filters), for scripts and tests. */
  get graph(): SchoolGraph | undefined {
    return this.#graph;
  }

  /** The measures of the graph on show. */
  get measures(): NetworkMeasures | undefined {
    return this.#measures;
  }

  /** Layout positions of the nodes on show, by node key (school id, or `plc:<id>`). */
  positions(): Map<string, { x: number; y: number }> {
    const out = new Map<string, { x: number; y: number }>();
    const s = this.#scene;
    if (!s) return out;
    for (let i = 0; i < s.n; i++) if (s.placed[i]) out.set(s.keys[i]!, { x: s.x[i]!, y: s.y[i]! });
    return out;
  }

  /** Where a node is drawn, in CSS pixels from the canvas's top-left corner; undefined when not on show. */
  screenPoint(key: string): { x: number; y: number } | undefined {
    const s = this.#scene;
    const i = s?.index.get(key);
    if (!s || i === undefined || !s.placed[i]) return undefined;
    return { x: s.x[i]! * this.#view.k + this.#view.x, y: s.y[i]! * this.#view.k + this.#view.y };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragover', this.#onDragOver);
    this.addEventListener('dragleave', this.#onDragLeave);
    this.addEventListener('drop', this.#onDrop);
    this.#media = matchMedia('(prefers-color-scheme: dark)');
    this.#media.addEventListener('change', this.#onThemeMedia);
    this.#unwatchTokens = watchTokens(this, this.#onThemeMedia);
    // Inline JSON may be added or changed after the element (by a framework or a CMS).
    this.#children = new MutationObserver(() => this.#checkSource());
    this.#children.observe(this, { childList: true, subtree: true, characterData: true });
  }

  #children?: MutationObserver;
  #unwatchTokens?: () => void;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('dragover', this.#onDragOver);
    this.removeEventListener('dragleave', this.#onDragLeave);
    this.removeEventListener('drop', this.#onDrop);
    this.#media?.removeEventListener('change', this.#onThemeMedia);
    this.#unwatchTokens?.();
    this.#children?.disconnect();
    this.#dprQuery?.removeEventListener('change', this.#onDpr);
    this.#dprQuery = undefined;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#canvas = undefined;
    this.#loadAbort?.abort();
    this.#layoutAbort?.abort();
    this.#measureAbort?.abort();
    this.#client?.dispose();
    this.#client = undefined;
    this.#layouts.clear();
    this.#source = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#settle);
    this.#cache = undefined;
    this.#front = this.#back = undefined;
    this.#renderJob++;
  }

  protected override storeChanged(): void {
    this.#checkSource();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src')) this.#checkSource();
    else if (!this.#source) this.#checkSource();
    if (changed.has('noWorker') && this.hasUpdated) {
      this.#client?.dispose();
      this.#client = undefined;
    }
    const rebuild = ['cluster', 'plcKind', 'focusArea', 'view', 'sizeBy', 'widthBy', 'school'].some((p) => changed.has(p));
    if (rebuild && this.#data && this.hasUpdated) {
      if (changed.has('view') || changed.has('school')) {
        this.#userMoved = false;
        this.#track(this.#rebuildAndLayout());
      } else
        this.#track(
          this.#rebuild(false).then(() => {
            this.#announceShown();
            return this.#measureBetweenness();
          }),
        );
    }
    if (changed.has('selected')) this.#requestDraw();
  }

  protected override firstUpdated(): void {
    this.#attachCanvas();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#attachCanvas();
    // A theme change comes through an update: read the tokens again (only then: it costs a style pass).
    const themeKey = `${this.effectiveTheme}|${this.#media?.matches}`;
    if (themeKey !== this.#themeKey) {
      this.#themeKey = themeKey;
      this.#palette = undefined;
    }
    // Hover, announcements, search and progress change only the page around the map, not the drawing.
    if ([...changed.keys()].some((key) => !COSMETIC.has(key as string))) this.#requestDraw();
  }

  // ————— Data —————

  #track<T>(promise: Promise<T>): Promise<T> {
    const tracked = promise.catch((error: unknown) => {
      console.error('[plc-kit] <plc-network-map>:', error);
      this.showProblem(() => ({ message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) }));
      return undefined as T;
    });
    this.#tasks.add(tracked);
    void tracked.finally(() => this.#tasks.delete(tracked));
    return tracked;
  }

  #currentSource(): Source {
    if (this.data !== undefined) return { kind: 'data', value: this.data };
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (inline !== null && inline !== undefined) return { kind: 'inline', value: inline };
    if (this.src) return { kind: 'src', value: this.src };
    const ws = this.store.state;
    return { kind: 'workspace', value: [ws.schools, ws.plcs, ws.members] };
  }

  #checkSource(): void {
    if (!this.isConnected) return;
    const next = this.#currentSource();
    const prev = this.#source;
    const same =
      prev &&
      prev.kind === next.kind &&
      (next.kind === 'workspace'
        ? (prev.value as unknown[]).every((v, i) => v === (next.value as unknown[])[i])
        : prev.value === next.value);
    if (same) return;
    this.#source = next;
    this.#track(this.#load(next));
  }

  async #load(source: Source): Promise<void> {
    const laid = this.#readAndLayout(source);
    this.#drawn = laid.then(
      () => undefined,
      () => undefined,
    );
    if (await laid) await this.#measureBetweenness();
  }

  /** Reads the source, builds the graph and lays it out; resolves true when it got that far. */
  async #readAndLayout(source: Source): Promise<boolean> {
    this.#loadAbort?.abort();
    // Start the layout worker now, so it loads while the data is read.
    this.#layoutClient().warm();
    const abort = (this.#loadAbort = new AbortController());
    const { signal } = abort;
    // Rows an import has just read and checked (the bar carries on from where the import left it).
    const imported = this.#imported;
    this.#imported = undefined;
    const fromImport = imported !== undefined && source.kind !== 'inline' && source.kind !== 'src';
    let read: NetworkRead | undefined;
    /**
     * A large network shows the bar from here on, rendered before the first slice of work. Everything
     * after runs in slices, so it is painted after the first; waiting for a frame would only delay the map.
     */
    const start = async (rows: number): Promise<void> => {
      if (fromImport) this.#progressAt('read', 0);
      else if (rows > SLICE_ROWS) this.#startProgress({ read: [0, 30], layout: [30, 100] }, 'read');
      else return;
      await this.updateComplete;
    };
    const onPause = (share: number) => this.#progressAt('read', share * 0.6);
    /** Rows already schema-checked (the workspace's, an import's): only the references between them are left. */
    const check = (data: NetworkData): NetworkRead | Promise<NetworkRead | undefined> => {
      const rows = { schools: data.schools, plcs: data.plcs, members: data.members };
      return countRows(rows) > SLICE_ROWS ? runSliced(checkReferencesSteps(rows), { signal }, onPause) : checkReferences(rows);
    };
    const readValue = async (value: unknown): Promise<NetworkRead | undefined> => {
      const rows = countRows(value);
      await start(rows);
      if (signal.aborted) return undefined;
      if (fromImport && value === imported) return check(imported);
      return rows > SLICE_ROWS ? runSliced(readNetworkDataSteps(value), { signal }, onPause) : readNetworkData(value);
    };
    const readText = (text: string): Promise<NetworkRead | undefined> => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return Promise.resolve(readNetworkJson(text));
      }
      return readValue(value);
    };
    if (source.kind === 'workspace') {
      const ws = this.store.state;
      await start(ws.schools.length + ws.plcs.length + ws.members.length);
      if (signal.aborted) return false;
      read = await check(ws);
    } else if (source.kind === 'data') read = await readValue(source.value);
    else if (source.kind === 'inline') read = await readText(source.value);
    else {
      try {
        read = await readText(await fetchText(source.value, this.lang_, signal));
      } catch (error) {
        if (signal.aborted) return false;
        this.#readProblems = [];
        this.#data = this.#rows = { schools: [], plcs: [], members: [] };
        this.showProblem(() => ({ message: this.#t('problem.fetch', { url: source.value, reason: failureReason(error, this.lang_) }) }));
        await this.#rebuild(false);
        await this.#layoutView();
        return true;
      }
    }
    if (!read || signal.aborted) return false;
    this.#data = read.data;
    this.#rows = read.rows ?? read.data;
    this.#readProblems = read.problems;
    // An import's own problems stay listed beside those of the rows it handed on.
    if (source.kind !== 'workspace' && !fromImport) this.#csvProblems = [];
    this.#showProblems();
    // Colours follow clusters in name order over all the data, so a filter never recolours the map.
    const clusters = [...new Set(read.data.schools.map((s) => s.cluster?.trim() ?? '').filter(Boolean))].sort();
    this.#clusterColor = new Map(clusters.map((c, i) => [c, i]));
    if (this.school && !this.selected) this.selected = this.school;
    await this.#rebuild(false);
    await this.#layoutView();
    return !signal.aborted;
  }

  #showProblems(): void {
    const read = this.#readProblems;
    const csv = this.#csvProblems;
    if (!read.length && !csv.length) {
      this.showProblem(undefined);
      return;
    }
    // Worded at each render, so the list follows a change of language; only the lines shown are
    // worded, as an import with 50,000 bad rows renders many times while it runs.
    this.showProblem(() => {
      const t = this.#t;
      const lines: string[] = [
        ...read.slice(0, MAX_PROBLEMS).map((p) => t(`problem.${p.code}` as Key, { where: p.where, id: p.id ?? '', detail: p.detail ?? '' })),
        ...csv.slice(0, Math.max(0, MAX_PROBLEMS - read.length)).map((p) => {
          const reason = localText(p.reason, this.lang_);
          if (p.name !== undefined) return t('import.fileProblem', { file: p.name, reason });
          const file = p.file ? t(p.file === 'schools' ? 'import.file.schools' : 'import.file.memberships') : 'CSV';
          return p.column ? t('problems.lineColumn', { file, line: p.line, column: p.column, reason }) : t('problems.line', { file, line: p.line, reason });
        }),
      ];
      const more = read.length + csv.length - lines.length;
      if (more > 0) lines.push(t('problems.more', { count: more }));
      const only = read.length === 1 && (read[0]!.code === 'not-json' || read[0]!.code === 'not-object');
      return only ? { message: lines[0]! } : { message: t('problems.some'), details: lines };
    });
  }

  #filter(): NetworkFilter {
    const filter: NetworkFilter = {};
    if (this.cluster) filter.clusters = [this.cluster === NONE ? '' : this.cluster];
    if (this.plcKind && (PLC_KINDS as readonly string[]).includes(this.plcKind)) filter.kinds = [this.plcKind as PlcKind];
    if (this.focusArea) filter.focus = [this.focusArea === NONE ? '' : this.focusArea];
    const ego = this.#egoSchools();
    if (ego) filter.schools = ego;
    return filter;
  }

  /** One school and its partners, when `school` names a known school. */
  #ego?: { data: NetworkData; school: string; kind: string; ids: string[] | undefined };

  #egoSchools(): string[] | undefined {
    const data = this.#data;
    if (!this.school || !data) return undefined;
    const memo = this.#ego;
    if (memo && memo.data === data && memo.school === this.school && memo.kind === this.plcKind) return memo.ids;
    let ids: string[] | undefined;
    if (data.schools.some((s) => s.id === this.school)) {
      const full = buildSchoolGraph(data, { kinds: this.#filter_kinds() });
      const i = full.index.get(this.school)!;
      const { offsets, targets } = full.adjacency;
      ids = [this.school];
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) ids.push(full.nodes[targets[e]!]!.id);
    }
    this.#ego = { data, school: this.school, kind: this.plcKind, ids };
    return ids;
  }

  #filter_kinds(): PlcKind[] | undefined {
    return this.plcKind && (PLC_KINDS as readonly string[]).includes(this.plcKind) ? [this.plcKind as PlcKind] : undefined;
  }

  async #rebuildAndLayout(): Promise<void> {
    const laid = (async () => {
      if (this.#isLarge()) this.#startProgress({ read: [0, 30], layout: [30, 100] }, 'read');
      await this.#rebuild(false);
      await this.#layoutView();
    })();
    this.#drawn = laid.catch(() => undefined);
    await laid;
    await this.#measureBetweenness();
  }

  /** Graph, measures and scene for the current filters and view; positions come from the layout. */
  async #rebuild(thenBetweenness: boolean): Promise<void> {
    const data = this.#data;
    if (!data) return;
    this.#measureAbort?.abort();
    const filter = this.#filter();
    const big = this.#isLarge();
    // A filter change on a large network has a bar of its own; while reading, the reading's bar shows.
    const own = big && this.progress === undefined ? this.#startProgress({}, 'read') : undefined;
    try {
      await this.#build(data, filter, big);
    } finally {
      if (own !== undefined) this.#endProgress(own);
    }
    if (thenBetweenness) await this.#measureBetweenness();
  }

  #isLarge(): boolean {
    return (this.#data?.plcs.length ?? 0) + (this.#data?.schools.length ?? 0) > SLICE_ROWS;
  }

  /** Counts builds, so that of two under way (filters changed twice) only the later one is shown. */
  #builds = 0;

  async #build(data: NetworkData, filter: NetworkFilter, big: boolean): Promise<void> {
    const build = ++this.#builds;
    const current = () => data === this.#data && build === this.#builds;
    const graph = big ? await runSliced(buildSchoolGraphSteps(data, filter)) : buildSchoolGraph(data, filter);
    if (!graph || !current()) return;
    // A large network's next steps each take a task of their own, so that none holds the page long.
    if (big) {
      this.#progressAt('read', 0.7);
      await nextTask();
    }
    const measures = networkMeasures(graph);
    if (big) {
      // The table's name order (a collator over thousands of names) in slices of its own.
      this.#progressAt('read', 0.8);
      await nextTask();
      await this.#sortTable(graph, this.lang_);
      this.#progressAt('read', 0.95);
    }
    if (!current()) return;
    const previous = this.#graph;
    this.#graph = graph;
    this.#measures = measures;
    // Betweenness from before still fits if the same schools and ties are shown.
    if (this.#between && (!previous || !sameGraph(previous, graph))) this.#between = undefined;
    if (!this.#between && graph.nodes.length <= INLINE_BETWEENNESS) this.#between = betweenness(graph.nodes.length, graph.adjacency);
    this.#two = this.view === 'two-mode' ? buildTwoModeGraph(data, filter) : undefined;
    this.#makeScene();
    this.version++;
    // The long lists (the table's rows, the E-I table) of a large network follow in a task of their own.
    const version = this.version;
    if (graph.nodes.length > DEFER_LISTS)
      this.#track(nextTask().then(() => {
        // Keyed by graph, not version: betweenness or a pin bumps the version without changing the lists.
        if (graph === this.#graph) {
          this.#listsGraph = graph;
          this.listsVersion = version;
        }
      }));
  }

  #makeScene(): void {
    if (!this.#graph || !this.#measures) return;
    const scene =
      this.view === 'two-mode' && this.#two
        ? twoModeScene(this.#two, this.#clusterColor, this.widthBy)
        : schoolScene(this.#graph, this.#measures, this.#between, this.#clusterColor, this.sizeBy, this.widthBy);
    this.#scene = scene;
    this.#focused = -1;
    this.#place();
    this.#requestDraw();
  }

  #place(positions?: ArrayLike<number>): void {
    const scene = this.#scene;
    const layout = this.#layouts.get(this.view);
    if (!scene || !layout) return;
    placeScene(scene, layout.index, positions ?? layout.positions, this.#moved);
    // Hit-testing is rebuilt when next needed, not on every progressive frame of a layout.
    this.#grid = undefined;
  }

  #layoutInput(): LayoutInput | undefined {
    const data = this.#data;
    if (!data) return undefined;
    // Laid out over everything a filter can hide, so filtering never moves a school.
    const ego = this.#egoSchools();
    const base: NetworkFilter = ego ? { schools: ego } : {};
    const pins = this.store.state.pins[this.#pinKey()] ?? {};
    const seed = `${this.mapKey}|${this.seed}`;
    if (this.view === 'two-mode') {
      const two = buildTwoModeGraph(data, base);
      return {
        ids: two.nodes.map((n) => (n.kind === 'plc' ? `plc:${n.id}` : n.id)),
        groups: two.nodes.map((n) => n.cluster),
        source: Uint32Array.from(two.edges, (e) => e.school),
        target: Uint32Array.from(two.edges, (e) => e.plc),
        pins,
        seed,
      };
    }
    const g = !this.#filterActive() && this.#graph ? this.#graph : buildSchoolGraph(data, base);
    return {
      ids: g.nodes.map((n) => n.id),
      groups: g.nodes.map((n) => n.cluster),
      source: g.tieSource,
      target: g.tieTarget,
      weight: Float64Array.from(g.ties, (t) => t.weight),
      pins,
      seed,
    };
  }

  #filterActive(): boolean {
    return Boolean(this.cluster || this.plcKind || this.focusArea || this.school);
  }

  #pinKey(): string {
    return this.view === 'two-mode' ? `${this.mapKey}:two-mode` : this.mapKey;
  }

  async #layoutView(): Promise<void> {
    this.#layoutAbort?.abort();
    const abort = (this.#layoutAbort = new AbortController());
    // The bar of a job under way (reading a large network) carries on; otherwise the layout has its own.
    const job = this.progress === undefined ? undefined : this.#job;
    const view = this.view;
    const big = this.#isLarge();
    const input = this.#layoutInput();
    if (!input) return this.#endProgress(job);
    // A large network's input, its fingerprint and its index each take a task of their own.
    if (big) await nextTask();
    if (abort.signal.aborted) return;
    const key = layoutKey(view, input);
    const have = this.#layouts.get(view);
    if (have?.key === key && have.final) {
      this.#place();
      if (!this.#userMoved) this.fit();
      if (job !== undefined) await this.#drawnThenEndProgress(job);
      return;
    }
    this.#moved.clear();
    const index = new Map(input.ids.map((id, i) => [id, i]));
    if (!input.ids.length) {
      this.#layouts.set(view, { key, index, positions: new Float64Array(0), final: true });
      this.#endProgress(job);
      this.#requestDraw();
      return;
    }
    const owner = job ?? this.#startProgress({}, 'layout');
    this.#progressAt('layout', 0);
    if (big) await nextTask();
    if (abort.signal.aborted) return;
    const client = this.#layoutClient();
    let last = 0;
    let lastDraw = 0;
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const result = await client.layout(
      input,
      (done, total, positions) => {
        if (abort.signal.aborted) return;
        const now = performance.now();
        if (now - last > 100 || done >= total) {
          last = now;
          this.#progressAt('layout', done / total);
        }
        const big = input.ids.length > 1500;
        // Drawn as it settles, unless the reader asked for less motion.
        if (positions && view === this.view && !reducedMotion && (!big || now - lastDraw > 400)) {
          lastDraw = now;
          // Draw as it settles.
          this.#layouts.set(view, { key, index, positions: Float64Array.from(positions), final: false });
          this.#place();
          if (!this.#userMoved) this.fit();
          this.#requestDraw();
        }
      },
      abort.signal,
    );
    if (!result || abort.signal.aborted) return;
    this.#layouts.set(view, { key, index, positions: result.positions, final: true });
    if (view !== this.view) return;
    this.#place();
    if (!this.#userMoved) this.fit();
    this.#announce({ key: 'announce.laidOut', params: { schools: this.#graph?.nodes.length ?? 0, ties: this.#measures?.ties ?? 0 } });
    await this.#drawnThenEndProgress(owner);
  }

  // ————— Progress —————

  /**
   * One bar shows a whole job (an import, then reading, then the layout): `#plan` says where each
   * stage sits on it (percent, from and to), and `#job` which job it belongs to, so that a job that
   * was overtaken never takes down the bar of the one after it.
   */
  #plan: Partial<Record<Stage, readonly [number, number]>> = {};
  #job = 0;
  /** Rows an import handed on to be shown (see `#readAndLayout`). */
  #imported?: NetworkData;

  #startProgress(plan: Partial<Record<Stage, readonly [number, number]>>, stage: Stage): number {
    this.#plan = plan;
    this.#progressAt(stage, 0);
    return ++this.#job;
  }

  /** Shows the bar at `share` (0–1) of `stage`. */
  #progressAt(stage: Stage, share: number): void {
    const [from, to] = this.#plan[stage] ?? [0, 100];
    this.progressStage = stage;
    this.progress = Math.round(from + (to - from) * Math.min(1, Math.max(0, share)));
  }

  #endProgress(job: number | undefined): void {
    if (job !== this.#job) return;
    this.progress = undefined;
    this.#plan = {};
  }

  /** The bar stays until the map is drawn: a large map is drawn in pieces after its layout ends. */
  async #drawnThenEndProgress(job: number): Promise<void> {
    await this.#flushDraw();
    this.#endProgress(job);
  }

  /** The table's name order, sorted a slice at a time (see `#tableOrder`). */
  async #sortTable(graph: SchoolGraph, lang: string): Promise<void> {
    if (this.#order?.graph === graph && this.#order.lang === lang) return;
    const compare = collator(lang).compare;
    const order = await runSliced(sortSteps([...graph.nodes.keys()], (x, y) => compare(graph.nodes[x]!.name, graph.nodes[y]!.name)));
    if (order) this.#order = { graph, lang, order };
  }

  async #measureBetweenness(): Promise<void> {
    const graph = this.#graph;
    if (!graph || this.#between) return;
    this.#measureAbort?.abort();
    const abort = (this.#measureAbort = new AbortController());
    const result = await this.#layoutClient().betweenness(graph.nodes.length, graph.adjacency, { seed: this.mapKey }, abort.signal);
    if (!result || abort.signal.aborted || graph !== this.#graph) return;
    this.#between = result;
    if (this.sizeBy === 'betweenness' && this.view === 'schools') this.#makeScene();
    this.version++;
  }

  #layoutClient(): LayoutClient {
    this.#client ??= new LayoutClient(this.noWorker ? undefined : defaultWorker, () => (this.fallback = true));
    return this.#client;
  }

  // ————— Drawing —————

  #attachCanvas(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    if (!canvas || canvas === this.#canvas) return;
    this.#canvas = canvas;
    this.#resize?.disconnect();
    this.#resize = new ResizeObserver(() => this.#measureCanvas());
    this.#resize.observe(canvas);
    canvas.addEventListener('wheel', this.#onWheel, { passive: false });
    this.#measureCanvas();
  }

  #measureCanvas(): void {
    const canvas = this.#canvas;
    if (!canvas) return;
    const rect = canvas.getBoundingClientRect();
    const dpr = Math.max(1, globalThis.devicePixelRatio || 1);
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    if (width === this.#size.width && height === this.#size.height && dpr === this.#size.dpr) return;
    const first = this.#size.width === 0;
    if (dpr !== this.#size.dpr) this.#watchDpr(dpr);
    this.#size = { width, height, dpr };
    canvas.width = Math.max(1, Math.round(width * dpr));
    canvas.height = Math.max(1, Math.round(height * dpr));
    if (first || !this.#userMoved) this.fit();
    this.#drawNow();
  }

  #dprQuery?: MediaQueryList;

  /** Redraws crisply when the page moves to a screen of another pixel density (or is zoomed). */
  #watchDpr(dpr: number): void {
    this.#dprQuery?.removeEventListener('change', this.#onDpr);
    this.#dprQuery = matchMedia(`(resolution: ${dpr}dppx)`);
    this.#dprQuery.addEventListener('change', this.#onDpr);
  }

  #onDpr = () => this.#measureCanvas();

  #readPalette(): Palette {
    const style = getComputedStyle(this);
    const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const text = get('--_color-text', '#1c2430');
    const fontSize = parseFloat(style.fontSize) || 16;
    return {
      surface: get('--_color-surface', '#ffffff'),
      text,
      muted: get('--_color-text-muted', '#4f5b6a'),
      focus: get('--_color-focus', '#0b5cad'),
      accent: get('--_color-accent', '#0b5cad'),
      isolated: get('--_map-isolated', '#b3261e'),
      plc: get('--_map-plc', text),
      kinds: [get('--_map-within', '#1d6b35'), get('--_map-between', '#4f5b6a'), get('--_map-across', '#8a5300')],
      series: splitColours(get('--_series', '#0b5cad, #b3261e, #1d6b35, #8a5300, #6a3fa0, #00707a')),
      font: `${Math.round(fontSize * 0.8125)}px ${get('--_font-family', 'system-ui, sans-serif')}`,
    };
  }

  /**
   * Draws on the next frame. `quick` (hover, focus, pan and zoom) paints the cached base layer of a
   * large map, moved and scaled to the view, with the marks on top, instead of redrawing every tie:
   * interaction stays at the display's frame rate, and the full drawing follows once the view rests.
   */
  #requestDraw(quick = false): void {
    this.#quick = quick && (this.#frame === 0 || this.#quick);
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const quick = this.#quick;
      this.#quick = false;
      if (quick && this.#blit()) return;
      this.#drawNow();
    });
  }

  #quick = false;
  #settle?: ReturnType<typeof setTimeout>;
  #cache?: { canvas: HTMLCanvasElement; view: View; scene: Scene };

  #frameState(scene: Scene | undefined): Frame {
    return {
      width: this.#size.width,
      height: this.#size.height,
      dpr: this.#size.dpr,
      view: this.#view,
      selected: scene ? (scene.index.get(this.selected) ?? -1) : -1,
      focused: this.#focused,
      hovered: this.hovered,
      showFocus: Boolean(this.#canvas?.matches(':focus-visible')),
      tieAlpha: scene && scene.tieA.length > 3000 ? 0.45 : 0.8,
    };
  }

  /** Large maps: the cached base layer at the current view, then the marks. False when there is no usable cache. */
  #blit(): boolean {
    const canvas = this.#canvas;
    const cache = this.#cache;
    const scene = this.#scene;
    if (!canvas || !cache || !scene || cache.scene !== scene || !this.#palette) return false;
    if (cache.canvas.width !== canvas.width || cache.canvas.height !== canvas.height) return false;
    const ctx = this.#context2d(canvas);
    if (!ctx) return false;
    const v = this.#view;
    const f = v.k / cache.view.k;
    const dpr = this.#size.dpr;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = this.#palette.surface;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(cache.canvas, (v.x - cache.view.x * f) * dpr, (v.y - cache.view.y * f) * dpr, cache.canvas.width * f, cache.canvas.height * f);
    drawMarks(ctx, scene, this.#palette, this.#frameState(scene));
    if (v.k !== cache.view.k || v.x !== cache.view.x || v.y !== cache.view.y) {
      clearTimeout(this.#settle);
      this.#settle = setTimeout(() => this.#drawNow(), 120);
    }
    return true;
  }

  #drawNow(): void {
    const canvas = this.#canvas;
    const scene = this.#scene ?? emptyScene;
    if (!canvas || !this.isConnected) return;
    const ctx = this.#context2d(canvas);
    if (!ctx || !this.#size.width) return;
    clearTimeout(this.#settle);
    // Drawn now: a frame already asked for would only draw the same again.
    if (this.#frame) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#quick = false;
    }
    const palette = (this.#palette ??= this.#readPalette());
    const frame = this.#frameState(scene);
    if (scene.tieA.length + scene.n >= LARGE) {
      this.#rendering = this.#renderLarge(scene, palette, frame);
      return;
    }
    this.#renderJob++;
    this.#front = undefined;
    drawBase(ctx, scene, palette, frame);
    drawMarks(ctx, scene, palette, frame);
  }

  /**
   * The canvas's 2D context. It is asked for as `willReadFrequently` when the map is large: drawn
   * straight away in software, which the pieces of a large drawing and the quick repaints rely on.
   */
  #context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
    return canvas.getContext('2d', { willReadFrequently: true });
  }

  #renderJob = 0;
  #rendering: Promise<void> = Promise.resolve();
  /** The last complete base layer of a large map (shown while the next one is drawn, and for quick repaints). */
  #front?: HTMLCanvasElement;
  #back?: HTMLCanvasElement;

  /**
   * A large map is drawn into an offscreen canvas a few thousand ties at a time, giving the thread
   * back between pieces (no task over ~30 ms), and shown when complete; the canvas meanwhile keeps
   * the previous drawing. The offscreen canvas rasterises as it goes (`willReadFrequently`), so the
   * cost is paid in those pieces, not all at once when it is shown.
   */
  async #renderLarge(scene: Scene, palette: Palette, frame: Frame): Promise<void> {
    const job = ++this.#renderJob;
    const canvas = this.#canvas!;
    const back = (this.#back ??= document.createElement('canvas'));
    if (back.width !== canvas.width || back.height !== canvas.height) {
      back.width = canvas.width;
      back.height = canvas.height;
    }
    const offscreen = back.getContext('2d', { willReadFrequently: true });
    if (!offscreen) return;
    const steps = drawBaseSteps(offscreen, scene, palette, frame, 1500);
    let started = performance.now();
    for (;;) {
      const done = steps.next().done;
      // Canvas records drawing and rasterises it later; reading one pixel makes it rasterise this piece now.
      offscreen.getImageData(0, 0, 1, 1);
      if (done) break;
      if (performance.now() - started > 24) {
        await nextTask();
        if (job !== this.#renderJob) return;
        started = performance.now();
      }
    }
    if (job !== this.#renderJob || !this.#canvas) return;
    const ctx = this.#context2d(this.#canvas);
    if (!ctx) return;
    [this.#front, this.#back] = [back, this.#front];
    this.#cache = { canvas: back, view: { ...frame.view }, scene };
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.drawImage(back, 0, 0);
    // The marks as they are now (hover and focus may have moved while drawing).
    drawMarks(ctx, scene, palette, { ...this.#frameState(scene), view: frame.view });
    if (this.#view.k !== frame.view.k || this.#view.x !== frame.view.x || this.#view.y !== frame.view.y) this.#requestDraw(true);
  }


  /** Fits the whole map (or the nodes on show) into view. */
  fit(): void {
    const scene = this.#scene;
    const { width, height } = this.#size;
    const b = scene && sceneBounds(scene);
    if (!b || !width || !height) return;
    const pad = 24;
    const w = Math.max(1, b.x1 - b.x0);
    const h = Math.max(1, b.y1 - b.y0);
    // A small network is not blown up past twice its size: its circles would dwarf the map.
    const k = Math.min(2, Math.max(0.01, Math.min((width - pad * 2) / w, (height - pad * 2) / h)));
    this.#view = { k, x: width / 2 - ((b.x0 + b.x1) / 2) * k, y: height / 2 - ((b.y0 + b.y1) / 2) * k };
    this.#requestDraw();
  }

  /** Zooms by `factor` around a point of the canvas (CSS pixels; default its centre). */
  zoom(factor: number, cx = this.#size.width / 2, cy = this.#size.height / 2): void {
    const v = this.#view;
    const k = Math.min(40, Math.max(0.01, v.k * factor));
    const f = k / v.k;
    this.#view = { k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f };
    this.#userMoved = true;
    this.#requestDraw(true);
  }

  /** Moves the view by (dx, dy) CSS pixels. */
  pan(dx: number, dy: number): void {
    this.#view = { ...this.#view, x: this.#view.x + dx, y: this.#view.y + dy };
    this.#userMoved = true;
    this.#requestDraw(true);
  }

  #ensureVisible(i: number): void {
    const s = this.#scene;
    if (!s || !s.placed[i]) return;
    const { width, height } = this.#size;
    const sx = s.x[i]! * this.#view.k + this.#view.x;
    const sy = s.y[i]! * this.#view.k + this.#view.y;
    const m = 40;
    if (sx < m || sy < m || sx > width - m || sy > height - m) {
      this.#view = { ...this.#view, x: width / 2 - s.x[i]! * this.#view.k, y: height / 2 - s.y[i]! * this.#view.k };
      this.#userMoved = true;
    }
  }

  #toLayout(sx: number, sy: number): { x: number; y: number } {
    return { x: (sx - this.#view.x) / this.#view.k, y: (sy - this.#view.y) / this.#view.k };
  }

  #hit(sx: number, sy: number): number {
    if (!this.#scene) return -1;
    this.#grid ??= new HitGrid(this.#scene);
    const p = this.#toLayout(sx, sy);
    return this.#grid.find(p.x, p.y, 4 / this.#view.k);
  }

  #local(event: PointerEvent | WheelEvent): { x: number; y: number } {
    const rect = this.#canvas!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  // ————— Pointer and keyboard —————

  #safe<E extends Event>(handler: (event: E) => void): (event: E) => void {
    return (event: E) => {
      try {
        handler(event);
      } catch (error) {
        console.error('[plc-kit] <plc-network-map>:', error);
        this.showProblem(() => ({ message: this.common('error.unexpected', { message: (error as Error)?.message ?? String(error) }) }));
      }
    };
  }

  #onWheel = this.#safe((event: WheelEvent) => {
    event.preventDefault();
    const p = this.#local(event);
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    this.zoom(Math.exp(-delta * 0.0015), p.x, p.y);
  });

  #onPointerDown = this.#safe((event: PointerEvent) => {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    const canvas = this.#canvas!;
    canvas.setPointerCapture?.(event.pointerId);
    const p = this.#local(event);
    this.#pointers.set(event.pointerId, p);
    if (this.#pointers.size === 2) {
      const [a, b] = [...this.#pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      this.#gesture = {
        node: -1,
        x: p.x,
        y: p.y,
        view: { ...this.#view },
        moved: true,
        pinch: { d: Math.hypot(a.x - b.x, a.y - b.y) || 1, k: this.#view.k, cx: (a.x + b.x) / 2, cy: (a.y + b.y) / 2 },
      };
      return;
    }
    this.#gesture = { node: this.#hit(p.x, p.y), x: p.x, y: p.y, view: { ...this.#view }, moved: false };
  });

  #onPointerMove = this.#safe((event: PointerEvent) => {
    const p = this.#local(event);
    const g = this.#gesture;
    if (this.#pointers.has(event.pointerId)) this.#pointers.set(event.pointerId, p);
    if (g?.pinch && this.#pointers.size >= 2) {
      const [a, b] = [...this.#pointers.values()] as [{ x: number; y: number }, { x: number; y: number }];
      const d = Math.hypot(a.x - b.x, a.y - b.y) || 1;
      const k = Math.min(40, Math.max(0.01, (g.pinch.k * d) / g.pinch.d));
      const cx = (a.x + b.x) / 2;
      const cy = (a.y + b.y) / 2;
      const lx = (g.pinch.cx - g.view.x) / g.view.k;
      const ly = (g.pinch.cy - g.view.y) / g.view.k;
      this.#view = { k, x: cx - lx * k, y: cy - ly * k };
      this.#userMoved = true;
      this.#requestDraw(true);
      return;
    }
    if (g && this.#pointers.has(event.pointerId)) {
      const dx = p.x - g.x;
      const dy = p.y - g.y;
      if (!g.moved && Math.hypot(dx, dy) > 4) g.moved = true;
      if (!g.moved) return;
      const s = this.#scene;
      if (g.node >= 0 && s) {
        const q = this.#toLayout(p.x, p.y);
        s.x[g.node] = q.x;
        s.y[g.node] = q.y;
        this.#moved.set(s.keys[g.node]!, q);
        this.#grid = undefined;
        this.#requestDraw();
      } else {
        this.#view = { ...g.view, x: g.view.x + dx, y: g.view.y + dy };
        this.#userMoved = true;
        this.#requestDraw(true);
      }
      return;
    }
    const hit = this.#hit(p.x, p.y);
    if (hit !== this.hovered) {
      this.hovered = hit;
      this.#requestDraw(true);
    }
  });

  #onPointerUp = this.#safe((event: PointerEvent) => {
    this.#pointers.delete(event.pointerId);
    const g = this.#gesture;
    if (g?.pinch) {
      if (this.#pointers.size < 2) this.#gesture = undefined;
      return;
    }
    this.#gesture = undefined;
    if (!g || event.type === 'pointercancel') return;
    if (!g.moved) {
      if (g.node >= 0) {
        this.#focused = g.node;
        this.#select(g.node);
      }
      return;
    }
    if (g.node >= 0) {
      this.#grid = undefined;
      this.#savePin(g.node);
    }
  });

  #onPointerLeave = () => {
    if (this.hovered !== -1 && !this.#gesture) {
      this.hovered = -1;
      this.#requestDraw(true);
    }
  };

  #savePin(i: number): void {
    const s = this.#scene;
    if (!s) return;
    const key = s.keys[i]!;
    const pin: Pin = { x: Math.round(s.x[i]! * 100) / 100, y: Math.round(s.y[i]! * 100) / 100 };
    const mapKey = this.#pinKey();
    this.store.update((ws) => ({ ...ws, pins: { ...ws.pins, [mapKey]: { ...(ws.pins[mapKey] ?? {}), [key]: pin } } }));
    this.#announce({ key: 'announce.pinned', params: { name: s.names[i]! } });
    this.#fire('plc-change', { kind: 'pins', mapKey, pins: this.store.state.pins[mapKey] ?? {} });
    this.version++;
  }

  #resetPins(): void {
    const mapKey = this.#pinKey();
    this.store.update((ws) => {
      const { [mapKey]: _gone, ...rest } = ws.pins;
      return { ...ws, pins: rest };
    });
    this.#moved.clear();
    this.#layouts.delete(this.view);
    this.#userMoved = false;
    this.#fire('plc-change', { kind: 'pins', mapKey, pins: {} });
    this.#track(this.#layoutView());
  }

  #onFocus = () => {
    const s = this.#scene;
    if (!s || !s.n) return;
    if (this.#focused < 0 || this.#focused >= s.n) {
      const sel = s.index.get(this.selected);
      const centre = this.#toLayout(this.#size.width / 2, this.#size.height / 2);
      this.#focused = sel ?? nearestTo(s, centre.x, centre.y);
    }
    if (this.#focused >= 0) this.#announceNode(this.#focused);
    this.#requestDraw(true);
  };

  #onBlur = () => this.#requestDraw(true);

  #onKeyDown = this.#safe((event: KeyboardEvent) => {
    const s = this.#scene;
    const step: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const dir = step[event.key];
    if (dir) {
      event.preventDefault();
      if (!s || !s.n) return;
      if (event.shiftKey) {
        this.pan(-dir[0] * 60, -dir[1] * 60);
        return;
      }
      if (this.#focused < 0) {
        this.#onFocus();
        return;
      }
      const next = nearestInDirection(s, this.#focused, dir[0], dir[1]);
      if (next < 0) {
        this.#announce({ key: 'announce.none' });
        return;
      }
      this.#focused = next;
      this.#ensureVisible(next);
      this.#announceNode(next);
      this.#requestDraw(true);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (this.#focused >= 0) this.#select(this.#focused);
        return;
      case 'Escape':
        if (this.selected) {
          event.preventDefault();
          this.#clearSelection(false);
        }
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.zoom(1.25);
        return;
      case '-':
      case '_':
        event.preventDefault();
        this.zoom(0.8);
        return;
      case '0':
        event.preventDefault();
        this.#userMoved = false;
        this.fit();
        return;
    }
  });

  #select(i: number): void {
    const s = this.#scene;
    if (!s || i < 0 || i >= s.n) return;
    this.#selectKey(s.keys[i]!);
  }

  #selectKey(key: string, centre = false): void {
    this.selected = key;
    const s = this.#scene;
    const i = s?.index.get(key);
    if (s && i !== undefined) {
      this.#focused = i;
      if (centre) this.#ensureVisible(i);
      this.#announce({ key: 'announce.selected', params: { name: s.names[i]! } });
    }
    const plc = key.startsWith('plc:');
    this.#fire('plc-select', { kind: plc ? 'plc' : 'school', id: plc ? key.slice(4) : key });
    this.#requestDraw();
  }

  /** Says what a filter left on the map. */
  #announceShown(): void {
    if (this.#graph && this.#measures) this.#announce({ key: 'announce.filtered', params: { schools: this.#graph.nodes.length, ties: this.#measures.ties } });
  }

  /**
   * Clears the selection and says so. From the panel's button, which goes away with the selection,
   * focus moves to the map, where the school was (and keyboard movement carries on from it).
   */
  #clearSelection(fromPanel: boolean): void {
    this.selected = '';
    if (fromPanel) {
      const canvas = this.#canvas;
      if (canvas && !canvas.hidden) canvas.focus();
    }
    // After the focus: arriving on the map announces the school in focus, which this follows.
    this.#announce({ key: 'announce.cleared' });
  }

  /** Back to every school, focus on the first filter (the button used goes away with the filters). */
  async #clearFilters(): Promise<void> {
    this.cluster = this.plcKind = this.focusArea = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLSelectElement>('[part~="filters"] select')?.focus();
  }

  #announceNode(i: number): void {
    const s = this.#scene;
    if (!s) return;
    const key = s.keys[i]!;
    if (s.isPlc[i]) {
      const plc = this.#graph?.plcs.get(key.slice(4));
      this.#announce({
        key: 'announce.plc',
        params: { name: s.names[i]!, kind: { key: `plcKind.${plc?.plc.kind ?? 'plc'}` as Key }, schools: plc?.schools.length ?? s.neighbours[i]!.length },
      });
      return;
    }
    const g = this.#graph;
    const gi = g?.index.get(key);
    const node = gi === undefined ? undefined : g!.nodes[gi];
    const partners = gi === undefined ? 0 : (this.#measures?.degree[gi] ?? 0);
    this.#announce({
      key: 'announce.school',
      params: {
        name: s.names[i]!,
        cluster: node?.cluster || { key: 'noCluster' },
        partners,
        plcs: node?.plcs.length ?? 0,
        isolated: partners === 0 ? { key: 'announce.isolated' } : '',
      },
    });
  }

  #announce(message: Message): void {
    const last = this.announcement;
    const same = last !== undefined && this.#say({ ...last, nudge: false }) === this.#say(message);
    this.announcement = { ...message, nudge: same && !last.nudge };
  }

  /** A message in the element's language now. */
  #say(message: Message | undefined): string {
    if (!message) return '';
    const t = this.#t;
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(message.params ?? {})) params[name] = typeof value === 'object' ? t(value.key) : value;
    return t(message.key, params) + (message.nudge ? '\u00a0' : '');
  }

  #fire<K extends keyof NetworkMapEventMap>(type: K, detail: NetworkMapEventMap[K]['detail']): void {
    this.emit(type, detail as never);
  }

  #onThemeMedia = () => {
    this.#palette = undefined;
    this.#requestDraw();
  };

  // ————— Import and export —————

  #onDragOver = (event: DragEvent) => {
    if (this.readonly || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  #onDragLeave = (event: DragEvent) => {
    if (event.relatedTarget && this.contains(event.relatedTarget as Node)) return;
    this.dragging = false;
  };

  #onDrop = (event: DragEvent) => {
    if (this.readonly || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    this.dragging = false;
    this.#track(this.importFiles([...event.dataTransfer.files]));
  };

  #onFileInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) this.#track(this.importFiles(files));
  };

  /**
   * Imports CSV files of schools and/or memberships (told apart by their header line) into what the
   * map shows: the workspace, or the `data` property when that is the source. Bad lines are listed
   * with their line number and reason; good ones are imported. A progress bar shows from the start
   * until the imported network is drawn; the CSV reader itself is loaded only now, when first needed.
   */
  async importFiles(files: readonly File[]): Promise<void> {
    const job = this.#startProgress({ import: [0, 45], read: [45, 60], layout: [60, 100] }, 'import');
    let handedOn = false;
    try {
      handedOn = await this.#import(files);
    } finally {
      if (!handedOn) this.#endProgress(job);
    }
    this.requestUpdate();
    await this.updateComplete;
  }

  /** Reads the files and hands what they hold on to be shown; true when it handed something on. */
  async #import(files: readonly File[]): Promise<boolean> {
    const [csv] = await Promise.all([import('@plc-kit/core/csv'), this.updateComplete.then(afterNextPaint)]);
    const texts: { schools?: string; memberships?: string } = {};
    const unread: (CsvProblem & { name: string })[] = [];
    const note = (name: string, reason: LocalText) => unread.push({ line: 1, reason, name });
    for (const file of files) {
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        note(file.name, localMessage(networkMapMessages, 'import.readFailed', { reason: (error as Error).message }));
        continue;
      }
      // Before the header: an empty or UTF-16 file has no header to tell its kind by, and deserves the
      // reason rather than "not a CSV of schools".
      const problem = csv.csvFileProblem(text);
      if (problem) {
        note(file.name, problem);
        continue;
      }
      const kind = csv.csvFileKind(text);
      if (!kind) {
        note(file.name, localMessage(networkMapMessages, 'import.unknownFile'));
        continue;
      }
      texts[kind] = text;
    }
    let result: CsvImport = { schools: [], plcs: [], members: [], problems: [] };
    if (texts.schools !== undefined || texts.memberships !== undefined) {
      const known = (this.#source?.kind === 'workspace' ? this.store.state : (this.#rows ?? this.#data))?.schools ?? [];
      const steps = csv.importCsvSteps(texts, { knownSchools: known.map((s) => s.id) });
      result = (await runSliced(steps, {}, (share) => this.#progressAt('import', share)))!;
    }
    this.#csvProblems = [...unread, ...result.problems];
    const imported = { schools: result.schools.length, plcs: result.plcs.length, members: result.members.length };
    if (imported.schools + imported.plcs + imported.members > 0) {
      // Handing the rows on (the workspace saves them) in a task of its own.
      await nextTask();
      let data: NetworkData;
      // Merged into the rows as they are now (the workspace may have changed while the files were
      // read), links and all: the map's dropping of links to missing ids is for drawing only.
      if (this.#source?.kind === 'workspace') {
        await this.store.loaded;
        this.store.update((ws) => {
          const merged = mergeImport(ws, result);
          // Set before the store tells the map, so the bar carries on from the import.
          this.#imported = merged;
          return { ...ws, ...merged };
        });
        const ws = this.store.state;
        data = { schools: ws.schools, plcs: ws.plcs, members: ws.members };
      } else {
        this.#imported = data = mergeImport(this.#rows ?? this.#data ?? { schools: [], plcs: [], members: [] }, result);
        this.data = data;
      }
      this.status = { key: 'import.done', params: imported };
      this.#fire('plc-change', { kind: 'data', data, imported });
    } else this.status = undefined;
    this.#showProblems();
    return imported.schools + imported.plcs + imported.members > 0;
  }

  async #exportPng(): Promise<void> {
    const canvas = this.#canvas;
    if (!canvas) return;
    this.#drawNow();
    await this.#rendering;
    canvas.toBlob((blob) => {
      if (blob) this.offerFile(fileName(this.#t('title'), 'png'), blob, 'image/png');
    }, 'image/png');
  }

  #exportJson(): void {
    if (!this.#graph || !this.#measures) return;
    const positions: Record<string, { x: number; y: number }> = {};
    for (const [key, p] of this.positions()) positions[key] = p;
    this.offerFile(fileName(this.#t('title'), 'json'), JSON.stringify(networkJson(this.#graph, this.#measures, this.#between, positions), null, 2), 'application/json');
  }

  #exportCsv(which: 'ties' | 'schools'): void {
    if (!this.#graph || !this.#measures) return;
    const text = which === 'ties' ? tiesCsv(this.#graph) : schoolsCsv(this.#graph, this.#measures, this.#between);
    this.offerFile(fileName(`${this.#t('title')}-${which}`, 'csv'), text, 'text/csv');
  }

  // ————— Rendering —————

    protected override renderContent(): TemplateResult {
    const t = this.#t;
    const graph = this.#graph;
    const measures = this.#measures;
    const hasData = (this.#data?.schools.length ?? 0) > 0;
    const empty = !graph || graph.nodes.length === 0;
    return html`
      <div class="head">
        <div class="title" id="title" role="heading" aria-level=${this.#level(0)}>${t('title')}</div>
        ${graph && measures
          ? html`<p class="summary">${t('summary', { schools: graph.nodes.length, ties: measures.ties, plcs: graph.plcs.size })}</p>`
          : nothing}
      </div>
      ${this.#renderToolbar(hasData)}
      <div class="body">
        <div class="map-column">
          <div class="map ${this.dragging ? 'dragging' : ''}" part="map">
            <canvas
              part="canvas"
              tabindex=${empty ? '-1' : '0'}
              role="application"
              aria-roledescription=${t('map.role')}
              aria-label=${t('map.label')}
              aria-describedby="map-hint"
              ?hidden=${empty}
              @pointerdown=${this.#onPointerDown}
              @pointermove=${this.#onPointerMove}
              @pointerup=${this.#onPointerUp}
              @pointercancel=${this.#onPointerUp}
              @pointerleave=${this.#onPointerLeave}
              @keydown=${this.#onKeyDown}
              @focus=${this.#onFocus}
              @blur=${this.#onBlur}
            ></canvas>
            ${empty ? html`<p class="empty">${hasData ? t('empty.filtered') : t('empty')}</p>` : nothing}
            ${this.progress !== undefined ? this.#renderProgress(this.progress) : nothing}
            ${this.#renderTooltip()}
            ${this.dragging ? html`<div class="drop" aria-hidden="true">${t('import.drop')}</div>` : nothing}
          </div>
          <p class="hint" id="map-hint">${t('map.hint')}</p>
          ${this.fallback ? html`<p class="note">${t('layout.fallback')}</p>` : nothing}
          ${guard([this.lang_, this.view, this.#palette, this.#clusterColor], () => this.#renderLegend())}
        </div>
        ${guard([this.lang_, this.view, this.selected, graph, measures, this.#between], () => this.#renderPanel())}
      </div>
      ${guard([this.lang_, graph, measures, this.#between, this.#listsReady()], () => this.#renderMeasures())}
      ${guard([this.lang_, graph, measures, this.#between, this.tableRows, this.selected, this.#listsReady()], () => this.#renderTable())}
      ${this.#renderExport(empty)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" id="live">${this.#say(this.announcement)}</div>
      <div class="status" role="status">${this.#say(this.status)}</div>
    `;
  }

  #renderProgress(value: number): TemplateResult {
    const t = this.#t;
    const label = t(this.progressStage === 'import' ? 'progress.import' : this.progressStage === 'read' ? 'progress.read' : 'layout.progress');
    return html`<div class="progress" part="progress" role="progressbar" aria-label=${label} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${value}>
        <div class="bar" style=${cssProps({ inlineSize: `${value}%` })}></div>
      </div>
      <p class="progress-label" aria-hidden="true">${label}…</p>`;
  }

  #choicesOf?: { data: NetworkData | undefined; clusters: string[]; noCluster: boolean; kinds: PlcKind[]; focuses: string[] };

  /** What the filters offer, worked out once per data. */
  #choices(): { clusters: string[]; noCluster: boolean; kinds: PlcKind[]; focuses: string[] } {
    const data = this.#data;
    if (this.#choicesOf?.data !== data || !this.#choicesOf) {
      const kinds = new Set<PlcKind>();
      const focuses = new Set<string>();
      for (const p of data?.plcs ?? []) {
        kinds.add(p.kind);
        const f = p.focusArea?.trim();
        if (f) focuses.add(f);
      }
      this.#choicesOf = {
        data,
        clusters: [...this.#clusterColor.keys()],
        noCluster: Boolean(data?.schools.some((s) => !s.cluster?.trim())),
        kinds: PLC_KINDS.filter((k) => kinds.has(k)),
        focuses: [...focuses].sort(collator(this.lang_).compare),
      };
    }
    return this.#choicesOf;
  }

  #renderToolbar(hasData: boolean): TemplateResult {
    const t = this.#t;
    const { clusters, noCluster, kinds, focuses } = this.#choices();
    return html`<div class="toolbar" part="toolbar">
      ${this.#renderSearch()}
      <fieldset class="group">
        <legend>${t('view.legend')}</legend>
        ${(['schools', 'two-mode'] as const).map(
          (v) => html`<label class="radio"
            ><input type="radio" name="view" value=${v} .checked=${this.view === v} @change=${() => (this.view = v)} />${t(`view.${v}`)}</label
          >`,
        )}
      </fieldset>
      <fieldset class="group filters" part="filters" ?disabled=${!hasData}>
        <legend>${t('filters.legend')}</legend>
        <label
          >${t('filter.cluster')}
          <select @change=${(e: Event) => (this.cluster = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.cluster}>${t('filter.all')}</option>
            ${clusters.map((c) => html`<option value=${c} ?selected=${this.cluster === c}>${c}</option>`)}
            ${noCluster ? html`<option value=${NONE} ?selected=${this.cluster === NONE}>${t('filter.none')}</option>` : nothing}
          </select></label
        >
        <label
          >${t('filter.kind')}
          <select @change=${(e: Event) => (this.plcKind = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.plcKind}>${t('filter.all')}</option>
            ${kinds.map((k) => html`<option value=${k} ?selected=${this.plcKind === k}>${t(`plcKind.${k}` as Key)}</option>`)}
          </select></label
        >
        <label
          >${t('filter.focus')}
          <select @change=${(e: Event) => (this.focusArea = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.focusArea}>${t('filter.all')}</option>
            ${focuses.map((f) => html`<option value=${f} ?selected=${this.focusArea === f}>${f}</option>`)}
          </select></label
        >
        ${this.cluster || this.plcKind || this.focusArea
          ? html`<button type="button" @click=${() => this.#track(this.#clearFilters())}>${t('filter.reset')}</button>`
          : nothing}
      </fieldset>
      <div class="group">
        <label
          >${t('size.label')}
          <select @change=${(e: Event) => (this.sizeBy = (e.target as HTMLSelectElement).value as SizeBy)} ?disabled=${this.view === 'two-mode'}>
            <option value="degree" ?selected=${this.sizeBy === 'degree'}>${t('size.degree')}</option>
            <option value="betweenness" ?selected=${this.sizeBy === 'betweenness'}>${t('size.betweenness')}</option>
          </select></label
        >
        <label
          >${t('width.label')}
          <select @change=${(e: Event) => (this.widthBy = (e.target as HTMLSelectElement).value as WidthBy)}>
            <option value="plcs" ?selected=${this.widthBy === 'plcs'}>${t('width.plcs')}</option>
            <option value="members" ?selected=${this.widthBy === 'members'}>${t('width.members')}</option>
          </select></label
        >
      </div>
      <div class="group zoom">
        <button type="button" @click=${() => this.zoom(1.25)} aria-label=${t('zoom.in')} title=${t('zoom.in')}>+</button>
        <button type="button" @click=${() => this.zoom(0.8)} aria-label=${t('zoom.out')} title=${t('zoom.out')}>−</button>
        <button type="button" @click=${() => ((this.#userMoved = false), this.fit())}>${t('zoom.fit')}</button>
        ${Object.keys(this.store.state.pins[this.#pinKey()] ?? {}).length
          ? html`<button type="button" @click=${this.#safe(() => this.#resetPins())}>${t('pins.reset')}</button>`
          : nothing}
      </div>
      ${this.readonly
        ? nothing
        : html`<div class="group import" part="import">
            <label class="file"
              >${t('import.label')}
              <input type="file" accept=".csv,text/csv" multiple @change=${this.#safe(this.#onFileInput)} aria-describedby="import-hint"
            /></label>
            <p class="hint" id="import-hint">${t('import.hint')}</p>
          </div>`}
    </div>`;
  }

  #searchResults(): number[] {
    const q = fold(this.query.trim());
    const s = this.#scene;
    if (!q || !s) return [];
    const out: number[] = [];
    for (let i = 0; i < s.n && out.length < 8; i++) {
      if (s.isPlc[i]) continue;
      if (fold(s.names[i]!).includes(q) || fold(s.keys[i]!) === q) out.push(i);
    }
    return out;
  }

  #renderSearch(): TemplateResult {
    const t = this.#t;
    const results = this.#searchResults();
    const s = this.#scene;
    return html`<div class="search" part="search" role="search">
      <label for="search">${t('search.label')}</label>
      <input
        id="search"
        type="search"
        autocomplete="off"
        placeholder=${t('search.placeholder')}
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' && results.length) {
            e.preventDefault();
            this.#selectKey(s!.keys[results[0]!]!, true);
          }
        }}
      />
      ${this.query.trim()
        ? results.length
          ? html`<ul class="results" aria-label=${t('search.results')}>
              ${results.map((i) => html`<li><button type="button" @click=${() => this.#selectKey(s!.keys[i]!, true)}>${s!.names[i]}</button></li>`)}
            </ul>`
          : html`<p class="hint">${t('search.none', { query: this.query.trim() })}</p>`
        : nothing}
    </div>`;
  }

  #renderTooltip(): TemplateResult | typeof nothing {
    const s = this.#scene;
    const i = this.hovered;
    if (!s || i < 0 || i >= s.n || this.#gesture?.moved) return nothing;
    const t = this.#t;
    const sx = s.x[i]! * this.#view.k + this.#view.x;
    const sy = s.y[i]! * this.#view.k + this.#view.y;
    const left = Math.min(Math.max(0, sx + 12), Math.max(0, this.#size.width - 220));
    const top = Math.max(0, sy + 12);
    const key = s.keys[i]!;
    let lines: string[];
    if (s.isPlc[i]) {
      const plc = this.#graph?.plcs.get(key.slice(4));
      lines = [t(`plcKind.${plc?.plc.kind ?? 'plc'}` as Key), t('tooltip.schools', { count: plc?.schools.length ?? 0 })];
    } else {
      const gi = this.#graph?.index.get(key);
      const node = gi === undefined ? undefined : this.#graph!.nodes[gi];
      lines = [node?.cluster || t('noCluster'), t('tooltip.partners', { count: gi === undefined ? 0 : (this.#measures?.degree[gi] ?? 0) }), t('tooltip.plcs', { count: node?.plcs.length ?? 0 })];
    }
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${cssProps({ transform: `translate(${left}px, ${top}px)` })}>
      <strong>${s.names[i]}</strong>${lines.map((l) => html`<br />${l}`)}
    </div>`;
  }

  #renderLegend(): TemplateResult {
    const t = this.#t;
    const clusters = [...this.#clusterColor.keys()];
    const palette = (this.#palette ??= this.#readPalette());
    const colours = palette.series.length || 1;
    return html`<div class="legend" part="legend" role="group" aria-label=${t('legend.title')}>
      <ul>
        ${KINDS.map((k) => html`<li><span class="line ${k}" aria-hidden="true"></span>${t(`kind.${k}`)}</li>`)}
        <li><span class="ring within" aria-hidden="true"></span>${t('legend.within')}</li>
        <li><span class="ring isolated" aria-hidden="true"></span>${t('legend.isolated')}</li>
        ${this.view === 'two-mode' ? html`<li><span class="square" aria-hidden="true"></span>${t('legend.plc')}</li>` : nothing}
      </ul>
      ${clusters.length
        ? html`<ul class="clusters" aria-label=${t('legend.clusters')}>
            ${clusters.slice(0, 24).map(
              (c, i) => html`<li><span class="dot" aria-hidden="true" style=${cssProps({ background: palette.series[i % colours] })}></span>${c}</li>`,
            )}
            ${clusters.length > colours ? html`<li class="hint">${t('legend.moreClusters', { count: colours })}</li>` : nothing}
          </ul>`
        : nothing}
    </div>`;
  }

  #renderPanel(): TemplateResult {
    const t = this.#t;
    const graph = this.#graph;
    const key = this.selected;
    let content: TemplateResult;
    if (graph && key.startsWith('plc:') && graph.plcs.has(key.slice(4))) content = this.#plcPanel(key.slice(4));
    else if (graph && graph.index.has(key)) content = this.#schoolPanel(graph.index.get(key)!);
    else content = html`<p class="hint">${t('panel.empty')}</p>`;
    return html`<aside class="panel" part="panel" aria-labelledby="panel-title">
      <div id="panel-title" class="visually-hidden" role="heading" aria-level=${this.#level(1)}>${t('panel.title')}</div>
      ${content}
    </aside>`;
  }

  #schoolPanel(i: number): TemplateResult {
    const t = this.#t;
    const graph = this.#graph!;
    const m = this.#measures!;
    const node = graph.nodes[i]!;
    const lang = this.lang_;
    const partners: { j: number; weight: number; members: number }[] = [];
    const { offsets, targets, ties } = graph.adjacency;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const tie = graph.ties[ties[e]!]!;
      partners.push({ j: targets[e]!, weight: tie.weight, members: tie.members });
    }
    const compare = collator(lang).compare;
    partners.sort((a, b) => b.weight - a.weight || compare(graph.nodes[a.j]!.name, graph.nodes[b.j]!.name));
    const b = this.#between;
    const c = m.components.of[i]!;
    return html`<div class="panel-name h" role="heading" aria-level=${this.#level(2)}>${node.name}</div>
      <dl class="facts">
        <dt>${t('panel.cluster')}</dt>
        <dd>${node.cluster || t('noCluster')}</dd>
        ${node.phase ? html`<dt>${t('panel.phase')}</dt><dd>${t(`phase.${node.phase}` as Key)}</dd>` : nothing}
        <dt>${t('measure.degree')}</dt>
        <dd>${formatNumber(lang, m.degree[i]!)}</dd>
        <dt>${t('measure.weighted')}</dt>
        <dd>${formatNumber(lang, m.weightedDegree[i]!)}</dd>
        <dt>${t('measure.within')}</dt>
        <dd>${formatNumber(lang, node.withinPlcs.length)}</dd>
        <dt>${t('measure.betweenness')}</dt>
        <dd>
          ${b
            ? t('measure.betweennessValue', { value: formatNumber(lang, b.values[i]!, { maximumFractionDigits: 1 }), normalised: formatNumber(lang, b.normalised[i]!, { maximumFractionDigits: 3 }) })
            : t('measure.pending')}
        </dd>
        <dt>${t('measure.component')}</dt>
        <dd>${t('measure.componentValue', { n: c + 1, count: m.components.count, size: m.components.sizes[c]! })}</dd>
      </dl>
      <div class="h" role="heading" aria-level=${this.#level(2)}>${t('panel.plcs')}</div>
      ${node.plcs.length
        ? html`<ul class="plc-list">
            ${node.plcs.map((id) => {
              const p = graph.plcs.get(id)!;
              return html`<li>
                ${this.view === 'two-mode'
                  ? html`<button type="button" class="link" @click=${() => this.#selectKey(`plc:${id}`, true)}>${p.plc.name}</button>`
                  : html`<span>${p.plc.name}</span>`}
                <span class="muted">(${t(`plcKind.${p.plc.kind}` as Key)}, ${t(`kind.${p.reach}`)})</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="hint">${t('panel.noPlcs')}</p>`}
      <div class="h" role="heading" aria-level=${this.#level(2)}>${t('panel.partners')}</div>
      ${partners.length
        ? html`<ul class="partner-list">
            ${partners.map(
              (p) =>
                html`<li>
                  <button type="button" class="link" @click=${() => this.#selectKey(graph.nodes[p.j]!.id, true)}>
                    ${t('panel.partner', { name: graph.nodes[p.j]!.name, weight: p.weight, members: p.members })}
                  </button>
                </li>`,
            )}
          </ul>`
        : html`<p class="hint">${t('panel.noPartners')}</p>`}
      <button type="button" @click=${() => this.#clearSelection(true)}>${t('panel.close')}</button>`;
  }

  #plcPanel(id: string): TemplateResult {
    const t = this.#t;
    const graph = this.#graph!;
    const shown = graph.plcs.get(id)!;
    return html`<div class="panel-name h" role="heading" aria-level=${this.#level(2)}>${shown.plc.name}</div>
      <dl class="facts">
        <dt>${t('panel.plcKind')}</dt>
        <dd>${t(`plcKind.${shown.plc.kind}` as Key)}</dd>
        ${shown.plc.focusArea ? html`<dt>${t('panel.focus')}</dt><dd>${shown.plc.focusArea}</dd>` : nothing}
        <dt>${t('panel.reach')}</dt>
        <dd>${t(`kind.${shown.reach}`)}</dd>
        <dt>${t('panel.people')}</dt>
        <dd>${formatNumber(this.lang_, shown.plc.members.length)}</dd>
      </dl>
      <div class="h" role="heading" aria-level=${this.#level(2)}>${t('panel.schools')}</div>
      <ul class="partner-list">
        ${shown.schools.map((sid) => {
          const j = graph.index.get(sid)!;
          return html`<li><button type="button" class="link" @click=${() => this.#selectKey(sid, true)}>${graph.nodes[j]!.name}</button></li>`;
        })}
      </ul>
      <button type="button" @click=${() => this.#clearSelection(true)}>${t('panel.close')}</button>`;
  }

  #renderMeasures(): TemplateResult | typeof nothing {
    const graph = this.#graph;
    const m = this.#measures;
    if (!graph || !m || !graph.nodes.length) return nothing;
    const t = this.#t;
    const lang = this.lang_;
    const pct = (x: number) => formatNumber(lang, x, { style: 'percent', maximumFractionDigits: 0 });
    const num = (x: number, digits = 2) => formatNumber(lang, x, { maximumFractionDigits: digits });
    const b = this.#between;
    const brokers = b
      ? [...b.values.keys()]
          .filter((i) => b.values[i]! > 0)
          .sort((x, y) => b.values[y]! - b.values[x]! || collator(lang).compare(graph.nodes[x]!.name, graph.nodes[y]!.name))
          .slice(0, 5)
      : [];
    const isolated = m.isolated;
    return html`<section class="measures" part="measures" aria-labelledby="measures-title">
      <div class="h3" id="measures-title" role="heading" aria-level=${this.#level(1)}>${t('measures.title')}</div>
      <dl class="facts">
        <dt>${t('measures.schools')}</dt>
        <dd data-measure="schools">${num(m.schools, 0)}</dd>
        <dt>${t('measures.ties')}</dt>
        <dd data-measure="ties">${num(m.ties, 0)}</dd>
        <dt>${t('measures.withinTies')}</dt>
        <dd data-measure="within">${num(m.withinTies, 0)}</dd>
        <dt>${t('measures.density')}</dt>
        <dd data-measure="density">${num(m.density, 3)}</dd>
        <dt>${t('measures.centralisation')}</dt>
        <dd data-measure="centralisation">${m.centralisation === null ? '—' : num(m.centralisation, 3)}</dd>
        <dt>${t('measures.components')}</dt>
        <dd data-measure="components">${t('measures.componentsValue', { count: m.components.count, largest: m.components.sizes[0] ?? 0 })}</dd>
        <dt>${t('measures.isolated')}</dt>
        <dd data-measure="isolated">
          ${isolated.length
            ? html`${num(isolated.length, 0)}:
                <ul class="inline-list">
                  ${isolated.slice(0, 30).map(
                    (i) => html`<li><button type="button" class="link" @click=${() => this.#selectKey(graph.nodes[i]!.id, true)}>${graph.nodes[i]!.name}</button></li>`,
                  )}
                  ${isolated.length > 30 ? html`<li>${t('problems.more', { count: isolated.length - 30 })}</li>` : nothing}
                </ul>`
            : t('measures.isolatedNone')}
        </dd>
        <dt>${t('measures.brokers')}</dt>
        <dd data-measure="brokers" aria-busy=${b ? 'false' : 'true'}>
          ${!b
            ? t('measure.pending')
            : brokers.length
              ? html`<ol class="inline-list">
                  ${brokers.map(
                    (i) =>
                      html`<li>
                        <button type="button" class="link" @click=${() => this.#selectKey(graph.nodes[i]!.id, true)}>
                          ${t('measures.broker', { name: graph.nodes[i]!.name, value: num(b.normalised[i]!, 3) })}
                        </button>
                      </li>`,
                  )}
                </ol>`
              : t('measures.brokersNone')}
        </dd>
        <dt>${t('measures.shares')}</dt>
        <dd data-measure="shares">
          <ul class="inline-list">
            ${KINDS.map(
              (k) => html`<li data-kind=${k}>${t('measures.share', { kind: t(`kind.${k}`), share: pct(m.shares.shares[k]), count: m.shares.counts[k] })}</li>`,
            )}
          </ul>
        </dd>
      </dl>
      ${b ? html`<p class="hint">${b.exact ? t('measures.exact') : t('measures.estimated', { sources: b.sources, limit: EXACT_BETWEENNESS_LIMIT })}</p>` : nothing}
      ${m.ei.length && !this.#listsReady()
        ? nothing
        : m.ei.length
        ? html`<table class="ei">
            <caption>
              ${t('measures.ei')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t('measures.eiCluster')}</th>
                <th scope="col">${t('measures.eiSchools')}</th>
                <th scope="col">${t('measures.eiInternal')}</th>
                <th scope="col">${t('measures.eiExternal')}</th>
                <th scope="col">${t('measures.eiIndex')}</th>
              </tr>
            </thead>
            <tbody>
              ${m.ei.map(
                (e) =>
                  html`<tr data-cluster=${e.cluster}>
                    <th scope="row">${e.cluster}</th>
                    <td>${num(e.schools, 0)}</td>
                    <td>${num(e.internal, 0)}</td>
                    <td>${num(e.external, 0)}</td>
                    <td>${e.index === null ? t('measures.eiNone') : num(e.index, 2)}</td>
                  </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${t('measures.eiOverall')}</th>
                <td></td>
                <td></td>
                <td></td>
                <td data-measure="ei-overall">${m.eiOverall === null ? t('measures.eiNone') : num(m.eiOverall, 2)}</td>
              </tr>
            </tfoot>
          </table>`
        : html`<p class="hint">${t('measures.eiNoClusters')}</p>`}
    </section>`;
  }

  #listsGraph?: SchoolGraph;

  #listsReady(): boolean {
    return (this.#graph?.nodes.length ?? 0) <= DEFER_LISTS || (this.#graph !== undefined && this.#listsGraph === this.#graph);
  }

  #order?: { graph: SchoolGraph; lang: string; order: number[] };

  /** Schools in name order, worked out once per graph and language. */
  #tableOrder(graph: SchoolGraph, lang: string): number[] {
    if (this.#order?.graph !== graph || this.#order.lang !== lang) {
      const compare = collator(lang).compare;
      this.#order = { graph, lang, order: [...graph.nodes.keys()].sort((x, y) => compare(graph.nodes[x]!.name, graph.nodes[y]!.name)) };
    }
    return this.#order.order;
  }

  #renderTable(): TemplateResult | typeof nothing {
    const graph = this.#graph;
    const m = this.#measures;
    if (!graph || !m || !graph.nodes.length) return nothing;
    const t = this.#t;
    const lang = this.lang_;
    const b = this.#between;
    const shown = this.#listsReady() ? this.#tableOrder(graph, lang).slice(0, this.tableRows) : [];
    return html`<details class="table" part="table">
      <summary>${t('table.title')} (${formatNumber(lang, graph.nodes.length)})</summary>
      <div class="scroll">
        <table>
          <caption>
            ${t('table.caption', { shown: shown.length, total: graph.nodes.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('table.school')}</th>
              <th scope="col">${t('table.cluster')}</th>
              <th scope="col">${t('table.phase')}</th>
              <th scope="col">${t('table.plcs')}</th>
              <th scope="col">${t('table.within')}</th>
              <th scope="col">${t('table.partners')}</th>
              <th scope="col">${t('table.shared')}</th>
              <th scope="col">${t('table.betweenness')}</th>
              <th scope="col">${t('table.isolated')}</th>
            </tr>
          </thead>
          <tbody>
            ${shown.map((i) => {
              const node = graph.nodes[i]!;
              return html`<tr data-id=${node.id} aria-current=${this.selected === node.id ? 'true' : 'false'}>
                <th scope="row"><button type="button" class="link" @click=${() => this.#selectKey(node.id, true)}>${node.name}</button></th>
                <td>${node.cluster || t('noCluster')}</td>
                <td>${node.phase ? t(`phase.${node.phase}` as Key) : ''}</td>
                <td>${formatNumber(lang, node.plcs.length)}</td>
                <td>${formatNumber(lang, node.withinPlcs.length)}</td>
                <td>${formatNumber(lang, m.degree[i]!)}</td>
                <td>${formatNumber(lang, m.weightedDegree[i]!)}</td>
                <td>${b ? formatNumber(lang, b.normalised[i]!, { maximumFractionDigits: 3 }) : '…'}</td>
                <td>${m.degree[i] === 0 ? t('table.yes') : t('table.no')}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${shown.length && graph.nodes.length > shown.length
        ? html`<button type="button" @click=${() => (this.tableRows += TABLE_PAGE)}>${t('table.more', { count: Math.min(TABLE_PAGE, graph.nodes.length - shown.length) })}</button>`
        : nothing}
    </details>`;
  }

  #renderExport(empty: boolean): TemplateResult {
    const t = this.#t;
    return html`<div class="export" part="export" role="group" aria-label=${t('export.legend')}>
      <span class="label" aria-hidden="true">${t('export.legend')}:</span>
      <button type="button" ?disabled=${empty} @click=${this.#safe(() => this.#track(this.#exportPng()))}>${t('export.png')}</button>
      <button type="button" ?disabled=${empty} @click=${this.#safe(() => this.#exportJson())}>${t('export.json')}</button>
      <button type="button" ?disabled=${empty} @click=${this.#safe(() => this.#exportCsv('ties'))}>${t('export.ties')}</button>
      <button type="button" ?disabled=${empty} @click=${this.#safe(() => this.#exportCsv('schools'))}>${t('export.schools')}</button>
    </div>`;
  }
}

/** Typed listeners for this element's events (their details differ from other kit elements' events of the same name). */
export interface PlcNetworkMap {
  addEventListener<K extends keyof NetworkMapEventMap>(type: K, listener: (this: PlcNetworkMap, event: NetworkMapEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PlcNetworkMap, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof NetworkMapEventMap>(type: K, listener: (this: PlcNetworkMap, event: NetworkMapEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PlcNetworkMap, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

const emptyScene: Scene = {
  n: 0,
  keys: [],
  names: [],
  isPlc: new Uint8Array(0),
  x: new Float32Array(0),
  y: new Float32Array(0),
  r: new Float32Array(0),
  color: new Int16Array(0),
  isolated: new Uint8Array(0),
  within: new Uint8Array(0),
  placed: new Uint8Array(0),
  tieA: new Uint32Array(0),
  tieB: new Uint32Array(0),
  tieKind: new Uint8Array(0),
  tieWidth: new Uint8Array(0),
  index: new Map(),
  neighbours: [],
};

function countRows(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const v = value as { schools?: unknown; plcs?: unknown; members?: unknown };
  const len = (x: unknown) => (Array.isArray(x) ? x.length : 0);
  return len(v.schools) + len(v.plcs) + len(v.members);
}

function sameGraph(a: SchoolGraph, b: SchoolGraph): boolean {
  if (a.nodes.length !== b.nodes.length || a.ties.length !== b.ties.length) return false;
  for (let i = 0; i < a.nodes.length; i++) if (a.nodes[i]!.id !== b.nodes[i]!.id) return false;
  for (let t = 0; t < a.tieSource.length; t++) if (a.tieSource[t] !== b.tieSource[t] || a.tieTarget[t] !== b.tieTarget[t]) return false;
  return true;
}

/** A cheap fingerprint of a layout's input, so the same data is not laid out twice. */
function layoutKey(view: MapView, input: LayoutInput): string {
  let h = hashString(view + '|' + (input.seed ?? ''));
  for (const id of input.ids) h = hashString(id, h);
  for (let t = 0; t < input.source.length; t++) h = (Math.imul(h ^ (input.source[t]! * 73856093) ^ (input.target[t]! * 19349663), 0x01000193) >>> 0);
  for (const [id, p] of Object.entries(input.pins ?? {})) h = hashString(`${id}:${p.x},${p.y}`, h);
  return `${input.ids.length}:${input.source.length}:${h}`;
}

/** An import's rows merged into `current`: new ids added, known ones updated, a PLC's links joined. */
function mergeImport(current: NetworkData, result: CsvImport): NetworkData {
  return {
    schools: mergeById(current.schools, result.schools, (a, b) => ({ ...a, ...b })),
    plcs: mergeById(current.plcs, result.plcs, (a, b) => ({
      ...a,
      name: b.name || a.name,
      kind: b.kind,
      members: [...new Set([...a.members, ...b.members])],
      schools: [...new Set([...a.schools, ...b.schools])],
    })),
    members: mergeById(current.members, result.members, (a, b) => ({ ...a, ...b })),
  };
}

function mergeById<T extends { id: string }>(current: readonly T[], incoming: readonly T[], merge: (a: T, b: T) => T): T[] {
  const out = [...current];
  const at = new Map(out.map((item, i) => [item.id, i]));
  for (const item of incoming) {
    const i = at.get(item.id);
    if (i === undefined) {
      at.set(item.id, out.length);
      out.push(item);
    } else out[i] = merge(out[i]!, item);
  }
  return out;
}

