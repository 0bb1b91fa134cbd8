// The theme builder's logic, apart from any UI so the tests can use it: from a few choices (a brand
// colour, fonts, shape) to the PLC Kit tokens, and to the CSS a school pastes into its own site.
//
// A brand colour becomes palette (reference) tokens, never system ones: the light theme reads
// `--plc-ref-brand-40`, the dark theme `--plc-ref-brand-80`, and each tone is moved just far enough in
// lightness to keep WCAG AA contrast on that theme's surface. So one brand colour gives a readable
// accent in light, dark and auto, and the high-contrast theme (its own palette) is left alone.

export const FONT_STACKS = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  arial: 'Arial, Helvetica, sans-serif',
  humanist: "'Gill Sans', 'Gill Sans MT', Seravek, 'Trebuchet MS', Calibri, sans-serif",
  rounded: "ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, 'Arial Rounded MT Bold', Calibri, sans-serif",
  serif: "Georgia, Cambria, 'Times New Roman', Times, serif",
  'slab-serif': "Rockwell, 'Rockwell Nova', 'Roboto Slab', 'DejaVu Serif', Georgia, serif",
} as const;
export type FontStack = keyof typeof FONT_STACKS;
export const FONT_CHOICES = Object.keys(FONT_STACKS) as FontStack[];

export interface ThemeChoices {
  /** A short name, used in the CSS comment. */
  name: string;
  /** The brand colour (`#rrggbb`): accent, focus ring and first chart series. */
  brand: string;
  /** Background of cards and buttons in the light theme (`#rrggbb`). */
  surfaceRaised: string;
  /** Text colour in the light theme (`#rrggbb`). */
  text: string;
  font: FontStack;
  headingFont: FontStack;
  headingWeight: number;
  /**
   * Base text size, as a CSS keyword so it follows the reader's own browser setting and no host page
   * reset can shrink it: `medium` (16px by default) or `large` (18px by default).
   */
  textSize: 'medium' | 'large';
  /** Corner radius in px. */
  radius: number;
  /** Multiplies every space (1 = the kit's 4/8/16/24 px). */
  spacing: number;
  /** Border width in px. */
  borderWidth: number;
  /** Focus ring width in px. */
  focusRingWidth: number;
  /** Shadows under raised surfaces, or a flat look. */
  shadows: boolean;
}

/** The kit's own look, as builder choices (the starting point of the builder). */
export const KIT_DEFAULT: ThemeChoices = {
  name: 'PLC Kit',
  brand: '#0b5cad',
  surfaceRaised: '#f4f6f8',
  text: '#1c2430',
  font: 'system',
  headingFont: 'system',
  headingWeight: 700,
  textSize: 'medium',
  radius: 6,
  spacing: 1,
  borderWidth: 1,
  focusRingWidth: 3,
  shadows: true,
};

/** Example: a secondary school's brand, maroon and cream with a serif for headings. */
export const SCHOOL_BRAND: ThemeChoices = {
  name: 'Ysgol Cwm Derw',
  brand: '#7a1f3d',
  surfaceRaised: '#fbf4e6',
  text: '#2b1a12',
  font: 'humanist',
  headingFont: 'serif',
  headingWeight: 700,
  textSize: 'medium',
  radius: 12,
  spacing: 1,
  borderWidth: 1,
  focusRingWidth: 3,
  shadows: true,
};

/** Example: sober and governmental (after the look of gov.wales): square, flat, Arial, no ornament. */
export const WELSH_GOVERNMENT_LIKE: ThemeChoices = {
  name: 'Sober (Welsh Government-like)',
  brand: '#1d4f76',
  surfaceRaised: '#f3f2f1',
  text: '#0b0c0c',
  font: 'arial',
  headingFont: 'arial',
  headingWeight: 700,
  textSize: 'large',
  radius: 0,
  spacing: 1.25,
  borderWidth: 2,
  focusRingWidth: 4,
  shadows: false,
};

export const EXAMPLE_THEMES = { kit: KIT_DEFAULT, school: SCHOOL_BRAND, government: WELSH_GOVERNMENT_LIKE } as const;
export type ExampleTheme = keyof typeof EXAMPLE_THEMES;

/** The surfaces each tone must read on (the kit's light and dark surfaces). */
const LIGHT_SURFACE = '#ffffff';
const DARK_SURFACE = '#15191f';

/** The tokens for a set of choices, as `--plc-*` name → value. */
export function themeTokens(choices: ThemeChoices): Record<string, string> {
  const brand40 = toneFor(choices.brand, LIGHT_SURFACE, 4.5, 'darker');
  const brand80 = toneFor(choices.brand, DARK_SURFACE, 7, 'lighter');
  const brand85 = toneFor(choices.brand, DARK_SURFACE, 9, 'lighter');
  const brand10 = toneFor(choices.brand, brand80, 7, 'darker');
  const px = (n: number) => `${Math.round(n * 100) / 100}px`;
  return {
    '--plc-ref-brand-10': brand10,
    '--plc-ref-brand-40': brand40,
    '--plc-ref-brand-80': brand80,
    '--plc-ref-brand-85': brand85,
    '--plc-ref-neutral-98': choices.surfaceRaised.toLowerCase(),
    '--plc-ref-neutral-12': toneFor(choices.text, choices.surfaceRaised, 7, 'darker'),
    '--plc-ref-font-sans': FONT_STACKS[choices.font],
    '--plc-font-family-heading': FONT_STACKS[choices.headingFont],
    '--plc-font-weight-heading': String(choices.headingWeight),
    '--plc-font-size': choices.textSize,
    '--plc-radius': px(choices.radius),
    '--plc-space-xs': px(4 * choices.spacing),
    '--plc-space-s': px(8 * choices.spacing),
    '--plc-space-m': px(16 * choices.spacing),
    '--plc-space-l': px(24 * choices.spacing),
    '--plc-border-width': px(choices.borderWidth),
    '--plc-focus-ring-width': px(choices.focusRingWidth),
    '--plc-elevation': choices.shadows ? '0 1px 3px rgb(0 0 0 / 0.15)' : 'none',
  };
}

/** The CSS a school pastes into its site's stylesheet. */
export function themeCss(choices: ThemeChoices, selector = ':root'): string {
  const tokens = themeTokens(choices);
  const body = Object.entries(tokens)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return `/* PLC Kit theme: ${choices.name} (made with the theme builder) */\n${selector} {\n${body}\n}\n`;
}

/** WCAG contrast checks of the built theme, for the builder to show. */
export function themeContrast(choices: ThemeChoices): { label: string; ratio: number; needed: number }[] {
  const t = themeTokens(choices);
  return [
    { label: 'Light theme: accent on the surface', ratio: contrast(t['--plc-ref-brand-40']!, LIGHT_SURFACE), needed: 4.5 },
    { label: 'Light theme: white text on the accent', ratio: contrast('#ffffff', t['--plc-ref-brand-40']!), needed: 4.5 },
    { label: 'Light theme: text on raised surfaces', ratio: contrast(t['--plc-ref-neutral-12']!, choices.surfaceRaised), needed: 4.5 },
    { label: 'Dark theme: accent on the surface', ratio: contrast(t['--plc-ref-brand-80']!, DARK_SURFACE), needed: 4.5 },
    { label: 'Dark theme: text on the accent', ratio: contrast(t['--plc-ref-brand-10']!, t['--plc-ref-brand-80']!), needed: 4.5 },
  ].map((c) => ({ ...c, ratio: Math.round(c.ratio * 100) / 100 }));
}

// ——— colour maths: sRGB ↔ OKLCH, WCAG contrast ———

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const fromLinear = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toOklch(hex: string): [number, number, number] {
  const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [L, Math.hypot(A, B), Math.atan2(B, A)];
}

function fromOklch(L: number, C: number, H: number): { rgb: Rgb; inGamut: boolean } {
  const A = C * Math.cos(H);
  const B = C * Math.sin(H);
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  const lin: Rgb = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  const inGamut = lin.every((c) => c >= -1e-4 && c <= 1 + 1e-4);
  return { rgb: lin.map((c) => fromLinear(Math.min(1, Math.max(0, c)))) as Rgb, inGamut };
}

/** The colour at lightness L with the hue of `hex`, reducing chroma until it fits sRGB. */
function atLightness(hex: string, L: number): string {
  const [, C, H] = toOklch(hex);
  let c = C;
  for (let i = 0; i < 40; i++) {
    const { rgb, inGamut } = fromOklch(L, c, H);
    if (inGamut) return toHex(rgb);
    c *= 0.9;
  }
  return toHex(fromOklch(L, 0, H).rgb);
}

/**
 * The colour itself if it already reaches `ratio` against `background`; otherwise the same hue moved
 * `direction` in lightness just far enough to reach it.
 */
export function toneFor(hex: string, background: string, ratio: number, direction: 'darker' | 'lighter'): string {
  const start = toHex(parseHex(hex));
  if (contrast(start, background) >= ratio) return start;
  const [L] = toOklch(start);
  let lo = direction === 'darker' ? 0 : L;
  let hi = direction === 'darker' ? L : 1;
  // Binary search on lightness for the closest tone that still reaches the ratio.
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const ok = contrast(atLightness(start, mid), background) >= ratio;
    if (direction === 'darker') ok ? (lo = mid) : (hi = mid);
    else ok ? (hi = mid) : (lo = mid);
  }
  const found = atLightness(start, direction === 'darker' ? lo : hi);
  return contrast(found, background) >= ratio ? found : direction === 'darker' ? '#000000' : '#ffffff';
}
