import type { CycleFramework } from '@plc-kit/core';

type Entry = CycleFramework | (() => Promise<CycleFramework>);

/**
 * The built-in cycle models the element and the PLCs on screen follow: a workspace can hold PLCs on
 * any model, while the element's bundle carries only the default's text. A model that is not here
 * yet is fetched (its own chunk) the first time it is asked for, once however many ask, and the
 * element repaints when it arrives. Callers show "loading" meanwhile and change nothing, so no PLC
 * is ever shown or edited under a model other than its own.
 */
export class CycleModels {
  readonly #loaded = new Map<string, CycleFramework>();
  readonly #loading = new Map<string, Promise<CycleFramework>>();
  readonly #failed = new Set<string>();

  /**
   * The same ids as the loaders, for the element's `FrameworkController`: its loaders share this
   * cache, so the element's own model is fetched once and `inFlight` covers it too.
   */
  readonly builtIns: Record<string, Entry>;

  constructor(
    private readonly loaders: Record<string, Entry>,
    /** Called when a model arrives (or fails), so the element repaints with it. */
    private readonly changed: () => void,
    /** Called when a model's chunk could not be fetched; its PLCs are then shown as on an unknown model. */
    private readonly failed: (id: string, error: Error) => void,
  ) {
    this.builtIns = Object.fromEntries(
      Object.entries(loaders).map(([id, entry]) => [id, typeof entry === 'function' ? () => this.#request(id) : entry]),
    );
  }

  /** Whether `id` names a built-in model (own keys only: a stored id such as "toString" is no model). */
  isBuiltIn(id: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.loaders, id);
  }

  /** The built-in model `id` if it is here, else undefined (and it is fetched, unless it failed before). */
  get(id: string): CycleFramework | undefined {
    if (!this.isBuiltIn(id)) return undefined;
    const entry = this.loaders[id]!;
    if (typeof entry !== 'function') return entry;
    const loaded = this.#loaded.get(id);
    if (!loaded && !this.#failed.has(id)) void this.load(id);
    return loaded;
  }

  /** True while a built-in model is not here and not known to have failed: callers show "loading". */
  pending(id: string): boolean {
    return this.isBuiltIn(id) && typeof this.loaders[id] === 'function' && !this.#loaded.has(id) && !this.#failed.has(id);
  }

  /** Starts fetching every built-in model among `ids` that is not here yet, all at once. */
  want(ids: Iterable<string | undefined>): void {
    for (const id of ids) if (id && this.pending(id)) void this.load(id);
  }

  /** The model once fetched; undefined when the id is not built in or its chunk failed. */
  load(id: string): Promise<CycleFramework | undefined> {
    if (!this.pending(id)) return Promise.resolve(this.get(id));
    return this.#request(id).catch(() => undefined);
  }

  /** Every fetch under way, settled; undefined when none is. */
  get inFlight(): Promise<unknown> | undefined {
    return this.#loading.size ? Promise.allSettled(this.#loading.values()) : undefined;
  }

  /** One request per model at a time; a failed one may be asked for again (the element's attribute does, on a change). */
  #request(id: string): Promise<CycleFramework> {
    const loaded = this.#loaded.get(id);
    if (loaded) return Promise.resolve(loaded);
    let request = this.#loading.get(id);
    if (!request) {
      request = (this.loaders[id] as () => Promise<CycleFramework>)().then(
        (model) => {
          this.#loaded.set(id, model);
          this.#failed.delete(id);
          this.#loading.delete(id);
          this.changed();
          return model;
        },
        (error: unknown) => {
          this.#failed.add(id);
          this.#loading.delete(id);
          this.failed(id, error instanceof Error ? error : new Error(String(error)));
          this.changed();
          throw error;
        },
      );
      this.#loading.set(id, request);
    }
    return request;
  }
}
