import { createContext } from '@lit/context';
import type { WorkspaceStore } from '@plc-kit/core';
import type { Theme } from './theme.js';

/** What a `<plc-provider>` shares with the elements inside it. */
export interface Workspace {
  store: WorkspaceStore;
  theme?: Theme;
}

export const workspaceContext = createContext<Workspace>(Symbol.for('plc-kit/workspace'));
