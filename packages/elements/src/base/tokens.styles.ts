import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The kit's design tokens, in three levels (after Material's reference → system → component):
 *
 * - **reference** (`--plc-ref-*`): the palette and typefaces, raw values with no meaning attached;
 * - **system** (`--plc-color-*`, `--plc-font-*`, `--plc-space-*`, …): roles (surface, text, accent,
 *   success, …) that each theme maps onto the palette;
 * - **component** (`--plc-<element>-*`): declared by each element over the system tokens and
 *   documented with `@cssproperty` on its class.
 *
 * Public tokens are never declared by the kit: they are *read*, with the kit's value as the fallback,
 * into private variables (`--_…`) on each element's host. So a value the host page sets anywhere
 * (`:root`, a wrapper, the element itself) always wins, whatever the selector's specificity, and
 * nothing the kit declares can reach the host page. Themes only change which palette entry a role's
 * fallback points at. Lengths are in `px`/`em` and sizes use the `medium` keyword, never `rem`, so a
 * host page's `:root { font-size: 62.5% }` cannot shrink the kit.
 *
 * The tables below are the single source: the CSS is built from them (constant text, no user input
 * reaches it), and `scripts/tokens-reference.mjs` builds docs/tokens.md from them and the manifest.
 */

export type TokenLevel = 'reference' | 'system';

/** The themes a role is mapped in. `forced` is Windows High Contrast / `forced-colors: active`. */
export type TokenTheme = 'light' | 'dark' | 'high-contrast' | 'forced';

export interface TokenDoc {
  /** The public token a page sets, e.g. `--plc-color-accent`. */
  readonly name: `--plc-${string}`;
  /** The private variable elements use, e.g. `--_color-accent`. */
  readonly private: `--_${string}`;
  readonly level: TokenLevel;
  readonly group: string;
  /**
   * The kit's value per theme: a literal, or a reference token's name (`ref:brand-40`), or another
   * private variable (`var:--_color-focus`). Themes missing here use `light`'s value.
   */
  readonly values: Readonly<Partial<Record<TokenTheme, string>> & { light: string }>;
}

/** Reference tokens: the palette (descriptions in `tokenDescriptions`). */
const palette: ReadonlyArray<[id: string, value: string]> = [
  ['neutral-0', '#000000'],
  ['neutral-8', '#15191f'],
  ['neutral-12', '#1c2430'],
  ['neutral-16', '#222831'],
  ['neutral-40', '#4f5b6a'],
  ['neutral-55', '#7f8b99'],
  ['neutral-60', '#8a96a5'],
  ['neutral-80', '#b6c0cc'],
  ['neutral-95', '#eef1f5'],
  ['neutral-98', '#f4f6f8'],
  ['neutral-100', '#ffffff'],
  ['brand-10', '#0b1a2a'],
  ['brand-40', '#0b5cad'],
  ['brand-80', '#7cb8f7'],
  ['brand-85', '#9ccbff'],
  ['green-35', '#1d6b35'],
  ['green-80', '#6fd08c'],
  ['amber-40', '#8a5300'],
  ['amber-75', '#f2b35b'],
  ['red-45', '#b3261e'],
  ['red-75', '#ff8a80'],
  ['purple-35', '#6a3fa0'],
  ['purple-75', '#c7a4f2'],
  ['teal-40', '#00707a'],
  ['teal-80', '#5fd4dc'],
  ['contrast-yellow', '#ffff00'],
  ['contrast-cyan', '#00ffff'],
  ['contrast-magenta', '#ff66ff'],
  ['contrast-green', '#00ff66'],
  ['contrast-amber', '#ffcc00'],
  ['contrast-orange', '#ff9900'],
  ['contrast-red', '#ff6666'],
];

export const referenceTokens: readonly TokenDoc[] = [
  ...palette.map(
    ([id, value]): TokenDoc => ({
      name: `--plc-ref-${id}`,
      private: `--_ref-${id}`,
      level: 'reference',
      group: id.startsWith('neutral') ? 'Palette: neutrals' : id.startsWith('contrast') ? 'Palette: high contrast' : 'Palette: hues',
      values: { light: value },
    }),
  ),
  {
    name: '--plc-ref-font-sans',
    private: '--_ref-font-sans',
    level: 'reference',
    group: 'Typefaces',
    values: { light: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
  },
];

const ref = (id: string) => `ref:${id}`;
const series = (...ids: string[]) => ids.map(ref).join(', ');

/** System tokens: roles. Colours are mapped per theme; the rest hold in every theme. */
export const systemTokens: readonly TokenDoc[] = [
  // Colour roles
  color('surface', ['neutral-100', 'neutral-8', 'neutral-0'], 'Canvas'),
  color('surface-raised', ['neutral-98', 'neutral-16', 'neutral-0'], 'Canvas'),
  color('text', ['neutral-12', 'neutral-95', 'neutral-100'], 'CanvasText'),
  color('text-muted', ['neutral-40', 'neutral-80', 'neutral-100'], 'CanvasText'),
  color('border', ['neutral-60', 'neutral-55', 'neutral-100'], 'CanvasText'),
  color('accent', ['brand-40', 'brand-80', 'contrast-yellow'], 'Highlight'),
  color('on-accent', ['neutral-100', 'brand-10', 'neutral-0'], 'HighlightText'),
  color('success', ['green-35', 'green-80', 'contrast-green'], 'CanvasText'),
  color('warning', ['amber-40', 'amber-75', 'contrast-amber'], 'CanvasText'),
  color('danger', ['red-45', 'red-75', 'contrast-red'], 'CanvasText'),
  color('focus', ['brand-40', 'brand-85', 'contrast-yellow'], 'Highlight'),
  {
    name: '--plc-series',
    private: '--_series',
    level: 'system',
    group: 'Colour',
    values: {
      light: series('brand-40', 'red-45', 'green-35', 'amber-40', 'purple-35', 'teal-40'),
      dark: series('brand-80', 'red-75', 'green-80', 'amber-75', 'purple-75', 'teal-80'),
      'high-contrast': series('contrast-yellow', 'contrast-cyan', 'contrast-magenta', 'contrast-green', 'neutral-100', 'contrast-orange'),
      forced: 'Highlight, LinkText, CanvasText, GrayText, VisitedText, ButtonText',
    },
  },
  // Typography
  other('font-family', '--_font-family', 'Typography', ref('font-sans')),
  other('font-family-heading', '--_font-family-heading', 'Typography', 'var:--_font-family'),
  other('font-weight-heading', '--_font-weight-heading', 'Typography', '700'),
  other('font-size', '--_font-size', 'Typography', 'medium'),
  other('font-size-small', '--_font-size-small', 'Typography', '0.875em'),
  other('font-size-large', '--_font-size-large', 'Typography', '1.25em'),
  other('line-height', '--_line-height', 'Typography', '1.5'),
  // Spacing
  other('space-xs', '--_space-xs', 'Spacing', '4px'),
  other('space-s', '--_space-s', 'Spacing', '8px'),
  other('space-m', '--_space-m', 'Spacing', '16px'),
  other('space-l', '--_space-l', 'Spacing', '24px'),
  // Shape
  other('radius', '--_radius', 'Shape', '6px'),
  other('border-width', '--_border-width', 'Shape', '1px'),
  other('focus-ring-width', '--_focus-ring-width', 'Shape', '3px', { 'high-contrast': '4px' }),
  other('elevation', '--_elevation', 'Shape', '0 1px 3px rgb(0 0 0 / 0.15)', {
    dark: '0 1px 3px rgb(0 0 0 / 0.6)',
    'high-contrast': 'none',
    forced: 'none',
  }),
];

function color(role: string, [light, dark, highContrast]: [string, string, string], forced: string): TokenDoc {
  return {
    name: `--plc-color-${role}`,
    private: `--_color-${role}`,
    level: 'system',
    group: 'Colour',
    values: { light: ref(light), dark: ref(dark), 'high-contrast': ref(highContrast), forced },
  };
}

function other(id: string, privateName: `--_${string}`, group: string, light: string, more: Partial<Record<TokenTheme, string>> = {}): TokenDoc {
  return { name: `--plc-${id}`, private: privateName, level: 'system', group, values: { light, ...more } };
}

/**
 * What each base token is for, for the docs (docs/tokens.md, the manifest, editors). Kept apart from
 * the tables so element bundles, which never read it, leave it out.
 */
export const tokenDescriptions: Readonly<Record<string, string>> = {
  '--plc-ref-neutral-0': 'Black: high-contrast surfaces.',
  '--plc-ref-neutral-8': 'Dark surface.',
  '--plc-ref-neutral-12': 'Text on light surfaces.',
  '--plc-ref-neutral-16': 'Raised dark surface.',
  '--plc-ref-neutral-40': 'Muted text on light surfaces.',
  '--plc-ref-neutral-55': 'Borders on dark surfaces.',
  '--plc-ref-neutral-60': 'Borders on light surfaces.',
  '--plc-ref-neutral-80': 'Muted text on dark surfaces.',
  '--plc-ref-neutral-95': 'Text on dark surfaces.',
  '--plc-ref-neutral-98': 'Raised light surface.',
  '--plc-ref-neutral-100': 'White: light surfaces.',
  '--plc-ref-brand-10': 'Brand, darkest: text on the dark theme’s accent.',
  '--plc-ref-brand-40': 'Brand: the light theme’s accent and focus ring, first chart series.',
  '--plc-ref-brand-80': 'Brand, light: the dark theme’s accent.',
  '--plc-ref-brand-85': 'Brand, lighter: the dark theme’s focus ring.',
  '--plc-ref-green-35': 'Success on light surfaces.',
  '--plc-ref-green-80': 'Success on dark surfaces.',
  '--plc-ref-amber-40': 'Warning on light surfaces.',
  '--plc-ref-amber-75': 'Warning on dark surfaces.',
  '--plc-ref-red-45': 'Danger on light surfaces.',
  '--plc-ref-red-75': 'Danger on dark surfaces.',
  '--plc-ref-purple-35': 'Chart series on light surfaces.',
  '--plc-ref-purple-75': 'Chart series on dark surfaces.',
  '--plc-ref-teal-40': 'Chart series on light surfaces.',
  '--plc-ref-teal-80': 'Chart series on dark surfaces.',
  '--plc-ref-contrast-yellow': 'High contrast: accent and focus.',
  '--plc-ref-contrast-cyan': 'High contrast: chart series.',
  '--plc-ref-contrast-magenta': 'High contrast: chart series.',
  '--plc-ref-contrast-green': 'High contrast: success, chart series.',
  '--plc-ref-contrast-amber': 'High contrast: warning.',
  '--plc-ref-contrast-orange': 'High contrast: chart series.',
  '--plc-ref-contrast-red': 'High contrast: danger.',
  '--plc-ref-font-sans': 'The sans-serif typeface stack: the default for text and headings.',
  '--plc-color-surface': 'Background of the element.',
  '--plc-color-surface-raised': 'Background of cards, panels, notices and buttons.',
  '--plc-color-text': 'Main text colour.',
  '--plc-color-text-muted': 'Secondary text: hints, captions, axis labels.',
  '--plc-color-border': 'Borders, dividers, chart grid lines.',
  '--plc-color-accent': 'Links, chosen options, primary buttons, progress.',
  '--plc-color-on-accent': 'Text and icons on the accent colour.',
  '--plc-color-success': 'Done, met, on track.',
  '--plc-color-warning': 'Needs attention.',
  '--plc-color-danger': 'Errors, overdue items, destructive actions.',
  '--plc-color-focus': 'The focus ring.',
  '--plc-series': 'Comma-separated colours for chart series and network clusters, in order.',
  '--plc-font-family': 'Font family of all text.',
  '--plc-font-family-heading': 'Font family of headings, legends and captions.',
  '--plc-font-weight-heading': 'Weight of headings.',
  '--plc-font-size': 'Base font size (`medium` is the reader’s own browser setting, 16px unless they changed it).',
  '--plc-font-size-small': 'Small text: hints, captions, counts.',
  '--plc-font-size-large': 'Element titles.',
  '--plc-line-height': 'Line height.',
  '--plc-space-xs': 'Extra-small spacing.',
  '--plc-space-s': 'Small spacing.',
  '--plc-space-m': 'Medium spacing.',
  '--plc-space-l': 'Large spacing.',
  '--plc-radius': 'Corner radius of cards, buttons and fields.',
  '--plc-border-width': 'Width of borders around buttons, fields and notices.',
  '--plc-focus-ring-width': 'Width of the focus ring.',
  '--plc-elevation': 'Shadow of raised surfaces (`none` for a flat look).',
};

/** Every public token the base declares a private variable for, reference then system. */
export const baseTokens: readonly TokenDoc[] = [...referenceTokens, ...systemTokens];

/** A token's value in a theme, as CSS (`ref:` and `var:` resolved to private variables). */
export function tokenValueCss(value: string): string {
  return value
    .split(', ')
    .map((part) => (part.startsWith('ref:') ? `var(--_ref-${part.slice(4)})` : part.startsWith('var:') ? `var(${part.slice(4)})` : part))
    .join(', ');
}

/** The private variable holding a system token's theme value (the fallback for the public token). */
const themeVar = (token: TokenDoc) => `--_theme-${token.private.slice(3)}`;

function declarations(theme: TokenTheme): string {
  const lines: string[] = [];
  for (const token of systemTokens) {
    const value = token.values[theme];
    if (value !== undefined && (theme === 'light' || value !== token.values.light)) lines.push(`${themeVar(token)}: ${tokenValueCss(value)};`);
  }
  return lines.join('\n');
}

/** Reference tokens: the page's value, else the kit's. */
const referenceCss = referenceTokens.map((t) => `${t.private}: var(${t.name}, ${t.values.light});`).join('\n');

/** System tokens: the page's value, else the theme's. */
const systemCss = systemTokens.map((t) => `${t.private}: var(${t.name}, var(${themeVar(t)}));`).join('\n');

/** In forced-colors mode the user's colours win over the page's tokens too (canvas drawing reads these). */
const forcedCss = systemTokens
  .filter((t) => t.values.forced !== undefined)
  .map((t) => `${t.private}: ${t.values.forced};`)
  .join('\n');

// Constant text built from the tables above at module load: no user or page input reaches it.
const raw = (text: string): CSSResult => unsafeCSS(text);

export const tokenStyles = css`
  :host {
    ${raw(referenceCss)}
    ${raw(declarations('light'))}
    ${raw(systemCss)}
    --_focus-ring: var(--_focus-ring-width) solid var(--_color-focus);

    display: block;
    box-sizing: border-box;
    color-scheme: light;
    color: var(--_color-text);
    background: var(--_color-surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    text-align: start;
    /* Inherited text properties a host page may have changed: the kit sets its own. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    font-stretch: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    hyphens: manual;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:state(theme-dark)) {
    ${raw(declarations('dark'))}
    color-scheme: dark;
  }
  :host(:state(theme-high-contrast)) {
    ${raw(declarations('high-contrast'))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(theme-auto)) {
      ${raw(declarations('dark'))}
      color-scheme: dark;
    }
  }
  @media (prefers-contrast: more) {
    :host(:state(theme-auto)) {
      ${raw(declarations('high-contrast'))}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    :host {
      ${raw(forcedCss)}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  legend,
  caption {
    font-family: var(--_font-family-heading);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: var(--_font-weight-heading);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .notice {
    border: calc(2 * var(--_border-width)) solid var(--_color-warning);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
    margin-block-end: var(--_space-m);
    background: var(--_color-surface-raised);
    box-shadow: var(--_elevation);
  }
  .notice.error {
    border-color: var(--_color-danger);
  }
  .notice ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-l);
  }
  button {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface-raised);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-m);
    min-height: 2.25em;
    min-width: 2.25em;
    cursor: pointer;
  }
  button.primary {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    border-color: var(--_color-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-xs) var(--_space-s);
  }
  a {
    color: var(--_color-accent);
  }
`;

/** The base tokens a canvas drawing reads: a change to any of them means a redraw. */
const drawnTokens = () => [...systemTokens.filter((t) => t.group === 'Colour').map((t) => t.private), '--_font-family', '--_font-size'];

/**
 * Styles for an element that draws on a canvas (chart, map): each token it draws with runs a tiny
 * discrete transition when its value changes, whatever changed it (the page's tokens, a theme, a
 * media query such as dark mode or forced colours), so `watchTokens()` hears of it. Pass the element's
 * own private variables that the drawing reads too.
 */
export function tokenWatchStyles(...own: `--_${string}`[]): CSSResult {
  return css`
    :host {
      transition-property: ${raw([...drawnTokens(), ...own].join(', '))};
      /* Starting halfway through (a negative delay) makes the discrete flip to the new value happen at
         once, so a redraw in the same task already reads it; the events still fire. */
      transition-duration: 2ms;
      transition-delay: -1ms;
      transition-behavior: allow-discrete;
    }
  `;
}

/**
 * Calls `onChange` (at most once a frame) after any token in `tokenWatchStyles()` changes value on
 * `host`; returns the function that stops watching. The transition events it listens to are stopped
 * at the host, so the host page never sees them.
 */
export function watchTokens(host: HTMLElement, onChange: () => void): () => void {
  let queued = 0;
  const listener = (event: Event) => {
    const name = (event as TransitionEvent).propertyName ?? '';
    if (event.target !== host || !name.startsWith('--_')) return;
    event.stopPropagation();
    if (event.type !== 'transitionend' || queued) return;
    queued = requestAnimationFrame(() => {
      queued = 0;
      try {
        onChange();
      } catch (error) {
        console.error(`[plc-kit] <${host.localName}> could not follow a token change:`, error);
      }
    });
  };
  const types = ['transitionrun', 'transitionstart', 'transitionend', 'transitioncancel'];
  for (const type of types) host.addEventListener(type, listener);
  return () => {
    for (const type of types) host.removeEventListener(type, listener);
    if (queued) cancelAnimationFrame(queued);
    queued = 0;
  };
}
