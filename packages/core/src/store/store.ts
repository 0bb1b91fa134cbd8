import type { Workspace } from '../schema/workspace.js';
import { emptyWorkspace } from '../schema/workspace.js';
import type { StorageAdapter } from './adapters.js';
import { readWorkspace, serializeWorkspace, type ReadOutcome } from './read.js';
import { carryRecent } from './recent-changes.js';

/**
 * What the store has to say about its storage. Elements show anything but `ok` to the user.
 * - `recovered`: stored text was unreadable; it was kept under `backupKey` and a fresh workspace started.
 * - `salvaged`: some entries were unreadable and left out; the full text was kept under `backupKey`.
 * - `read-only`: stored text was unreadable and could not be kept aside, so nothing is written over it.
 * - `write-failed`: the last save failed (quota, private mode); the state in memory is intact.
 * - `loading`: a large stored workspace is read once the page has shown that it is loading.
 */
export type StoreStatus =
  | { kind: 'ok'; storage: StorageAdapter['kind']; remoteChange?: boolean }
  | { kind: 'loading'; storage: StorageAdapter['kind'] }
  | { kind: 'recovered'; storage: StorageAdapter['kind']; backupKey: string; reason: string }
  | { kind: 'salvaged'; storage: StorageAdapter['kind']; backupKey: string; dropped: number }
  | { kind: 'read-only'; storage: StorageAdapter['kind']; reason: string }
  | { kind: 'write-failed'; storage: StorageAdapter['kind']; reason: 'quota' | 'unavailable'; message: string };

export type Listener = (workspace: Workspace, store: WorkspaceStore) => void;

export interface StoreOptions {
  /**
   * Reading and checking a large stored workspace takes long enough to freeze the page (about 35 ms
   * per megabyte on a quiet laptop, several times that on a school's). Stored text longer than
   * `deferAbove` characters is read only when `defer` calls back, so the page can first paint that it
   * is loading. Until then the store is `loading`: updates wait and are applied, in order, after it.
   */
  defer?: (load: () => void) => void;
  deferAbove?: number;
  /**
   * For how long (ms) this tab's changes are carried into another tab's save that arrives without
   * them (recent-changes.ts): longer than a `storage` event takes between tabs, short enough that a
   * change made there later, on purpose, is not undone. Default 3,000.
   */
  carryWindow?: number;
}

/**
 * One workspace document shared by every element on a page (or under one provider). Updates are
 * synchronous in memory and saved once per task, so a burst of changes costs one write.
 */
export class WorkspaceStore {
  #state: Workspace;
  #status: StoreStatus;
  #listeners = new Set<Listener>();
  #pendingWrite = false;
  #canWrite = true;
  /** Stored text that could not be read nor kept aside (storage full): kept aside before any write. */
  #unkept?: { text: string; outcome: Exclude<ReadOutcome, { status: 'ok' }> };
  #unwatch: () => void;
  /** The stored text still to read while `loading`, and the updates made meanwhile. */
  #pending?: { text: string; updates: ((workspace: Workspace) => Workspace)[] };
  #loaded: Promise<void> = Promise.resolve();
  #resolveLoaded = () => {};
  /**
   * The workspace before each change of the last `carryWindow` ms, oldest first, so the first is the
   * workspace before this tab's recent changes (recent-changes.ts). References only: updates share
   * what they did not change.
   */
  #recent: { before: Workspace; at: number }[] = [];
  readonly #carryWindow: number;

  constructor(
    readonly adapter: StorageAdapter,
    options: StoreOptions = {},
  ) {
    this.#state = emptyWorkspace();
    this.#status = { kind: 'ok', storage: adapter.kind };
    this.#carryWindow = options.carryWindow ?? 3000;
    this.#load(options);
    this.#unwatch = adapter.watch((text) => this.#onRemote(text));
  }

  get state(): Workspace {
    return this.#state;
  }

  get status(): StoreStatus {
    return this.#status;
  }

  /** Resolves once the stored workspace has been read (at once unless it is `loading`). */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /** Replaces the workspace with what `recipe` returns; recipes must not mutate their argument. */
  update(recipe: (workspace: Workspace) => Workspace): void {
    if (this.#pending) {
      this.#pending.updates.push(recipe);
      return;
    }
    const next = recipe(this.#state);
    if (next === this.#state) return;
    this.#remember(this.#state);
    this.#state = { ...next, updatedAt: new Date().toISOString() };
    this.#scheduleWrite();
    this.#notify();
  }

  /**
   * Replaces the whole workspace, as when a saved copy is restored. What was there is first kept
   * aside under a key of its own, which is returned; if it cannot be kept (storage full), this throws
   * and nothing is replaced.
   */
  replaceAll(workspace: Workspace): string {
    if (this.#pending) throw new Error('the stored workspace is still being read');
    const backupKey = this.adapter.setAside(serializeWorkspace(this.#state), 'before-restore');
    this.update(() => workspace);
    return backupKey;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes now instead of at the end of the task (e.g. on `pagehide`). Returns whether it saved. */
  flush(): boolean {
    this.#pendingWrite = false;
    // Nothing is written before the stored text is read: the empty state would overwrite it.
    if (this.#pending) return false;
    // Nor over unreadable text that is not yet kept aside; once there is room, it is, and saving resumes.
    if (!this.#canWrite && !this.#keepAside()) return false;
    try {
      const state = this.#state;
      if (this.adapter.writeLater) this.adapter.writeLater(() => serializeWorkspace(state));
      else this.adapter.write(serializeWorkspace(state));
      if (this.#status.kind === 'write-failed') this.#setStatus({ kind: 'ok', storage: this.adapter.kind });
      return true;
    } catch (error) {
      const quota = isQuotaError(error);
      this.#setStatus({
        kind: 'write-failed',
        storage: this.adapter.kind,
        reason: quota ? 'quota' : 'unavailable',
        message: (error as Error)?.message ?? String(error),
      });
      return false;
    }
  }

  /** Stops listening to other tabs; the store keeps working in memory. */
  dispose(): void {
    this.#unwatch();
  }

  #load(options: StoreOptions): void {
    let text: string | null;
    try {
      text = this.adapter.read();
    } catch (error) {
      this.#canWrite = false;
      this.#status = { kind: 'read-only', storage: this.adapter.kind, reason: (error as Error)?.message ?? 'storage unavailable' };
      return;
    }
    if (text === null) return;
    if (options.defer && text.length > (options.deferAbove ?? Infinity)) {
      this.#pending = { text, updates: [] };
      this.#status = { kind: 'loading', storage: this.adapter.kind };
      this.#loaded = new Promise((resolve) => (this.#resolveLoaded = resolve));
      options.defer(() => this.#finishLoading());
      return;
    }
    this.#read(text);
  }

  #finishLoading(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    this.#status = { kind: 'ok', storage: this.adapter.kind };
    this.#read(pending.text);
    let next = this.#state;
    for (const recipe of pending.updates) {
      try {
        next = recipe(next);
      } catch (error) {
        // Made while loading, its caller is gone: one failed change must not lose the others or the read.
        console.error('[plc-kit] a change made while the workspace was loading failed:', error);
      }
    }
    if (next !== this.#state) {
      this.#remember(this.#state);
      this.#state = { ...next, updatedAt: new Date().toISOString() };
      this.#scheduleWrite();
    }
    this.#notify();
    this.#resolveLoaded();
  }

  #read(text: string): void {
    const outcome = readWorkspace(text);
    this.#state = outcome.workspace;
    if (outcome.status === 'ok') return;
    // The stored text is worth more than our fresh start: keep it before anything can write over it.
    try {
      this.#status = this.#keptStatus(outcome, this.adapter.setAside(text));
    } catch (error) {
      this.#canWrite = false;
      this.#unkept = { text, outcome };
      this.#status = { kind: 'read-only', storage: this.adapter.kind, reason: (error as Error)?.message ?? 'no room for a copy' };
    }
  }

  #keptStatus(outcome: Exclude<ReadOutcome, { status: 'ok' }>, backupKey: string): StoreStatus {
    return outcome.status === 'salvaged'
      ? { kind: 'salvaged', storage: this.adapter.kind, backupKey, dropped: outcome.dropped }
      : { kind: 'recovered', storage: this.adapter.kind, backupKey, reason: outcome.reason };
  }

  /** Tries again to keep unreadable stored text aside (space may have been freed). Whether it did. */
  #keepAside(): boolean {
    const unkept = this.#unkept;
    if (!unkept) return false;
    let backupKey: string;
    try {
      backupKey = this.adapter.setAside(unkept.text);
    } catch {
      return false;
    }
    this.#unkept = undefined;
    this.#canWrite = true;
    this.#setStatus(this.#keptStatus(unkept.outcome, backupKey));
    return true;
  }

  #onRemote(text: string | null): void {
    if (text === null) return;
    if (this.#pending) {
      this.#pending.text = text; // Another tab saved since: read its newer text when loading.
      return;
    }
    const outcome = readWorkspace(text);
    if (outcome.status !== 'ok') {
      // Another tab's unreadable write is not ours to adopt; if we are waiting to keep the stored
      // text aside, it is now this text that must be kept.
      if (this.#unkept) this.#unkept = { text, outcome };
      return;
    }
    // Readable text replaced what we could not keep aside (another tab kept it): we may write again.
    this.#unkept = undefined;
    this.#canWrite = true;
    this.#forgetBefore(Date.now() - this.#carryWindow);
    const first = this.#recent[0];
    if (first) {
      const { workspace, carried, before } = carryRecent(first.before, this.#state, outcome.workspace);
      this.#state = workspace;
      this.#recent = carried ? [{ before, at: first.at }] : [];
      // Saved without a change this tab made a moment ago: the change is carried in, and saved.
      if (carried) this.#scheduleWrite();
    } else this.#state = outcome.workspace;
    this.#setStatus({ kind: 'ok', storage: this.adapter.kind, remoteChange: true });
    this.#notify();
  }

  /** Keeps the workspace as it was before a change, for the carry window. */
  #remember(prev: Workspace): void {
    const now = Date.now();
    this.#forgetBefore(now - this.#carryWindow);
    if (this.#carryWindow > 0) this.#recent.push({ before: prev, at: now });
  }

  #forgetBefore(since: number): void {
    let old = 0;
    while (old < this.#recent.length && this.#recent[old]!.at < since) old++;
    if (old) this.#recent = this.#recent.slice(old);
  }

  #scheduleWrite(): void {
    if (this.#pendingWrite) return;
    this.#pendingWrite = true;
    queueMicrotask(() => {
      if (this.#pendingWrite) this.flush();
    });
  }

  #setStatus(status: StoreStatus): void {
    this.#status = status;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) {
      try {
        listener(this.#state, this);
      } catch (error) {
        // One broken listener must not stop the others, nor throw into the host page.
        console.error('[plc-kit] a store listener failed:', error);
      }
    }
  }
}

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
}
