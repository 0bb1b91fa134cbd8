import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { WorkspaceStore } from '@plc-kit/core';
import { workspaceContext } from '../base/context.js';
import { parseStorageKind, storeFor } from '../base/stores.js';
import { THEMES, parseTheme, type Theme } from '../base/theme.js';

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
  /** The unusable theme last warned of: once per value, not at every update. */
  #warned?: string;

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
    const theme = parseTheme(this.theme);
    // The provider shows nothing of its own to put a note in, so the page's developer hears of a
    // theme it cannot use in the console, once per value; its elements use their fallback.
    if (this.theme != null && !theme && this.theme !== this.#warned) {
      this.#warned = this.theme;
      console.warn(`[plc-kit] <plc-provider theme="${String(this.theme).slice(0, 200)}"> is not one of ${THEMES.join(', ')}; its elements use their own theme or light.`);
    }
    this.#provider.setValue({ store: this.store, theme });
  }
}
