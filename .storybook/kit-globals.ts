// The toolbar globals (theme, language, direction, example brand) and the decorator that applies them.
// Kept free of Storybook imports so test/stories.test.ts applies exactly the same decorator when it
// runs every story as a test: what a developer sees under a toolbar setting is what CI checks.
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { THEMES, type Theme } from '@plc-kit/elements';
import '@plc-kit/elements/provider/define.js';
import { EXAMPLE_THEMES, themeTokens, type ExampleTheme } from './theme-builder.js';

export const LANGS = ['en', 'cy'] as const;
export const DIRS = ['ltr', 'rtl'] as const;
export const BRANDS = Object.keys(EXAMPLE_THEMES) as ExampleTheme[];

export interface KitGlobals {
  theme: Theme;
  lang: (typeof LANGS)[number];
  dir: (typeof DIRS)[number];
  brand: ExampleTheme;
}

export const DEFAULT_GLOBALS: KitGlobals = { theme: 'light', lang: 'en', dir: 'ltr', brand: 'kit' };

/** Storybook `globalTypes`: the toolbar menus. */
export const globalTypes = {
  theme: {
    description: 'Theme of the PLC Kit elements (their `theme`, through the provider)',
    toolbar: { title: 'Theme', icon: 'paintbrush', items: [...THEMES], dynamicTitle: true },
  },
  lang: {
    description: 'Language (`lang` on the story wrapper)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English' },
        { value: 'cy', title: 'Cymraeg' },
      ],
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction (`dir` on the story wrapper)',
    toolbar: { title: 'Direction', icon: 'transfer', items: [...DIRS], dynamicTitle: true },
  },
  brand: {
    description: 'Example theme applied as tokens on the story wrapper',
    toolbar: {
      title: 'Brand',
      icon: 'star',
      items: BRANDS.map((value) => ({ value, title: EXAMPLE_THEMES[value].name })),
      dynamicTitle: true,
    },
  },
} as const;

/** Page colours around the elements, so a dark theme is seen on a dark page. */
const PAGE: Record<Theme, { background: string; color: string; scheme: string }> = {
  light: { background: '#ffffff', color: '#1c2430', scheme: 'light' },
  dark: { background: '#0d1014', color: '#eef1f5', scheme: 'dark' },
  'high-contrast': { background: '#000000', color: '#ffffff', scheme: 'dark' },
  auto: { background: 'Canvas', color: 'CanvasText', scheme: 'light dark' },
};

/** Accepts any value for a global and falls back to the default, as a toolbar URL can be edited by hand. */
export function normaliseGlobals(globals: Partial<Record<keyof KitGlobals, unknown>> = {}): KitGlobals {
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    theme: pick(globals.theme, THEMES, DEFAULT_GLOBALS.theme),
    lang: pick(globals.lang, LANGS, DEFAULT_GLOBALS.lang),
    dir: pick(globals.dir, DIRS, DEFAULT_GLOBALS.dir),
    brand: pick(globals.brand, BRANDS, DEFAULT_GLOBALS.brand),
  };
}

/**
 * Wraps a story the way every story is shown: a page-like wrapper with the language, direction and
 * the example brand's tokens, and a `<plc-provider>` with the theme and a memory-only workspace of the
 * story's own (so stories never share or keep data).
 */
export function withKitGlobals(story: unknown, rawGlobals: Partial<Record<keyof KitGlobals, unknown>>, storyId: string): TemplateResult {
  const globals = normaliseGlobals(rawGlobals);
  const page = PAGE[globals.theme];
  const tokens = globals.brand === 'kit' ? {} : themeTokens(EXAMPLE_THEMES[globals.brand]);
  const style = {
    ...tokens,
    display: 'block',
    padding: '16px',
    background: page.background,
    color: page.color,
    'color-scheme': page.scheme,
  };
  return html`<div class="plc-story" lang=${globals.lang} dir=${globals.dir} style=${styleMap(style)}>
    <plc-provider theme=${globals.theme} storage="none" storage-key=${`storybook:${storyId}`}>${story}</plc-provider>
  </div>`;
}
