import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { exportWorkspace, localText, translator, type Lang, type Workspace, type WorkspaceStore } from '@plc-kit/core';
// This module is itself loaded on demand (with the overview), so the reader comes with it.
import { importWorkspace, workspaceBackupMessages, type ImportWorkspaceResult } from '@plc-kit/core/workspace-file';
import { afterNextPaint } from '../base/paint.js';

type Problems = ImportWorkspaceResult['problems'];

/** Where a restore has got to. */
type Step =
  | { kind: 'reading'; file: string }
  | { kind: 'confirm'; file: string; workspace: Workspace; problems: Problems }
  | { kind: 'restored'; file: string; key: string; plcs: number }
  | { kind: 'failed'; file: string; problems: Problems }
  | { kind: 'no-room' };

export interface BackupView {
  lang: Lang;
  store: WorkspaceStore;
  readonly: boolean;
  heading: (content: unknown, id: string) => TemplateResult;
  /** The kit's common word for cancelling. */
  cancel: string;
}

/** At most this many of a file's problems are listed; the count says how many there are. */
const LISTED = 10;

/**
 * Saving a copy of the whole workspace and restoring one: the data lives in one browser, so this is
 * how a school keeps it safe or moves it to another computer. The enquiry cycle loads this module
 * (with the workspace reader and these words) only when it shows its overview; a restore asks first
 * and keeps what was there aside (`WorkspaceStore.replaceAll`).
 */
export class WorkspaceBackup implements ReactiveController {
  #step?: Step;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    /** Offers the copy as a file, as the element offers all its files (and says that it did). */
    private readonly offer: (name: string, text: string, type: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.backup-dialog');
    if (this.#step?.kind === 'confirm' && dialog && !dialog.open) dialog.showModal();
  }

  render({ lang, store, readonly, heading, cancel }: BackupView): TemplateResult {
    const t = translator(workspaceBackupMessages, lang);
    const step = this.#step;
    const list = (problems: Problems) =>
      html`<ul>
        ${problems.slice(0, LISTED).map((p) => html`<li>${p.path ? `${p.path}: ` : ''}${localText(p.message, lang)}</li>`)}
      </ul>`;
    return html`<section class="backup" part="backup" aria-labelledby="backup-title">
      ${heading(t('title'), 'backup-title')}
      <p class="muted">${t('intro')}</p>
      <div class="toolbar">
        <button type="button" class="download-workspace" @click=${() => this.#download(store)}>${t('download')}</button>
        ${readonly
          ? nothing
          : html`<label class="restore-label" for="backup-file">${t('restore')}</label>
              <input
                id="backup-file"
                type="file"
                accept=".json,application/json"
                ?disabled=${step?.kind === 'reading'}
                @change=${(e: Event) => void this.#read(e.target as HTMLInputElement)}
              />`}
      </div>
      <p role="status" aria-busy=${step?.kind === 'reading' ? 'true' : 'false'}>
        ${step?.kind === 'reading' ? t('reading', { file: step.file }) : nothing}
        ${step?.kind === 'restored' ? t('restored', { file: step.file, plcs: step.plcs, key: step.key }) : nothing}
      </p>
      ${step?.kind === 'failed'
        ? html`<div class="notice error" role="alert" part="error"><strong>${t('failed', { file: step.file })}</strong>${list(step.problems)}</div>`
        : nothing}
      ${step?.kind === 'no-room' ? html`<div class="notice error" role="alert" part="error">${t('noRoom')}</div>` : nothing}
      ${step?.kind === 'confirm'
        ? html`<dialog class="backup-dialog" part="dialog" aria-labelledby="backup-confirm-title" aria-describedby="backup-confirm-body" @cancel=${() => this.#cancel()}>
            <div class="heading" role="heading" aria-level="2" id="backup-confirm-title">${t('confirm.title')}</div>
            <p id="backup-confirm-body">
              ${t('confirm.body', {
                file: step.file,
                plcs: step.workspace.plcs.length,
                schools: step.workspace.schools.length,
                responses: step.workspace.checklistResponses.length + step.workspace.ratingResponses.length,
              })}
            </p>
            ${step.problems.length ? html`<p>${t('confirm.dropped', { count: step.problems.length })}</p>${list(step.problems)}` : nothing}
            <div class="actions">
              <button type="button" class="cancel" autofocus @click=${() => this.#cancel()}>${cancel}</button>
              <button type="button" class="danger confirm" @click=${() => this.#restore(store)}>${t('confirm.yes')}</button>
            </div>
          </dialog>`
        : nothing}
    </section>`;
  }

  #download(store: WorkspaceStore): void {
    const day = new Date().toISOString().slice(0, 10);
    this.offer(`plc-kit-workspace-${day}.json`, exportWorkspace(store.state), 'application/json');
  }

  async #read(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = ''; // the same file chosen again is read again
    if (!file) return;
    this.#set({ kind: 'reading', file: file.name });
    await afterNextPaint(); // a large file takes a moment to check: say so first
    try {
      const result = importWorkspace(await file.text());
      this.#set(result.ok ? { kind: 'confirm', file: file.name, workspace: result.workspace, problems: result.problems } : { kind: 'failed', file: file.name, problems: result.problems });
      if (!result.ok) this.#returnFocus();
    } catch (error) {
      this.#set({ kind: 'failed', file: file.name, problems: [{ path: '', message: { en: String((error as Error)?.message ?? error) } }] });
      this.#returnFocus();
    }
  }

  #restore(store: WorkspaceStore): void {
    const step = this.#step;
    if (step?.kind !== 'confirm') return;
    this.#closeDialog();
    try {
      const key = store.replaceAll(step.workspace);
      this.#set({ kind: 'restored', file: step.file, key, plcs: step.workspace.plcs.length });
    } catch {
      this.#set({ kind: 'no-room' });
    }
    this.#returnFocus();
  }

  #cancel(): void {
    this.#closeDialog();
    this.#set(undefined);
    this.#returnFocus();
  }

  #closeDialog(): void {
    this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.backup-dialog')?.close();
  }

  /**
   * Puts focus back on the file picker once a restore is over, however it ended (the picker was
   * disabled while the file was read, which took focus off it, and the dialog is gone): a keyboard
   * user carries on from the control they used, with the outcome announced beside it.
   */
  #returnFocus(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#backup-file')?.focus());
  }

  #set(step: Step | undefined): void {
    this.#step = step;
    this.host.requestUpdate();
  }
}
