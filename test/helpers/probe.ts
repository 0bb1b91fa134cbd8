import { html } from 'lit';
import { PlcElement, defineElement } from '@plc-kit/elements';
import type { Workspace } from '@plc-kit/core';

declare global {
  interface GlobalEventHandlersEventMap {
    'plc-probe': CustomEvent<{ n: number }>;
  }
}

/** A minimal element on the shared base, so the base can be tested apart from any real element. */
export class PlcProbe extends PlcElement {
  renders = 0;
  protected override renderContent() {
    this.renders++;
    return html`<p>
      <span id="lang">${this.lang_}</span> <span id="words">${this.common('storage.saved')}</span>
      <span id="plcs">${this.store.state.plcs.length}</span>
      <button @click=${() => this.addPlc()}>add</button>
    </p>`;
  }
  addPlc(name = 'A PLC'): void {
    this.store.update((ws: Workspace) => ({ ...ws, plcs: [...ws.plcs, { id: `p${ws.plcs.length + 1}`, name, kind: 'plc', members: [], schools: [], status: 'forming', pastCycles: [], history: [], notes: '' }] }));
  }
  fail(message: string): void {
    this.showProblem({ message });
  }
}
defineElement('plc-probe', PlcProbe);

declare global {
  interface HTMLElementTagNameMap {
    'plc-probe': PlcProbe;
  }
}
