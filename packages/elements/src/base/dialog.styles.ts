import { css } from 'lit';

/** The kit's confirmation dialogs ("start again?", "replace the data?"): one look, from the tokens. */
export const dialogStyles = css`
  dialog {
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-l);
    max-width: min(32em, 90vw);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    justify-content: flex-end;
  }
  button.danger {
    background: var(--_color-danger);
    border-color: var(--_color-danger);
    color: var(--_color-surface);
  }
`;
