import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { WorkspaceStore } from '@plc-kit/core';
import { workspaceContext } from '../base/context.js';
import { parseStorageKind, storeFor } from '../base/stores.js';
import { parseTheme, type Theme } from '../base/theme.js';

/**
 * Shares one workspace (data, storage, theme) with every PLC Kit element inside it. Language is
 * shared through its `lang` attribute, which the elements inside read like any ancestor's.
 *
 * @summary Shares one workspace among the PLC Kit elements on a page.
 * @slot - The elements (and any other content) that share this workspace.
 */
export class PlcProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where the workspace is kept: `local` (this browser, the default) or `none` (memory only). */
  @property() storage: 'local' | 'none' = 'local';

  /** Namespace of the saved workspace, so several independent workspaces can live on one site. */
  @property({ attribute: 'storage-key' }) storageKey = 'plc-kit';

  /** Theme for every element inside that does not set its own: `light`, `dark`, `auto`, `high-contrast`. */
  @property({ reflect: true }) theme?: Theme;

  #provider = new ContextProvider(this, { context: workspaceContext });

  /** The shared workspace store. */
  get store(): WorkspaceStore {
    return storeFor(parseStorageKind(this.storage), this.storageKey || 'plc-kit');
  }

  override connectedCallback(): void {
    // Provide before children connect, so their context request finds us on first try.
    this.#provide();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('storage') || changed.has('storageKey') || changed.has('theme')) this.#provide();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  #provide(): void {
    this.#provider.setValue({ store: this.store, theme: parseTheme(this.theme) });
  }
}
