// The theme builder: Storybook's Controls panel holds the main tokens (brand colour, surfaces, fonts,
// size, shape, spacing); every element below restyles live, and the CSS to paste into a school's own
// stylesheet is shown with a copy button and a contrast check. Two example themes start from a school
// brand and from a sober, government-like look. The play functions prove the tokens reach inside
// every element, so the builder never shows a preview that the real CSS would not give.
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import {
  FONT_CHOICES,
  KIT_DEFAULT,
  SCHOOL_BRAND,
  WELSH_GOVERNMENT_LIKE,
  themeContrast,
  themeCss,
  themeTokens,
  type ThemeChoices,
} from '../.storybook/theme-builder.js';
import { elementExamples } from '../.storybook/elements.js';
import { assert, until, waitFor } from './support.js';

/** Colour controls may hand back `rgb()`/`hsl()`/names; the builder works in `#rrggbb`. */
function hex(value: unknown, fallback: string): string {
  const text = String(value ?? '').trim();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toLowerCase();
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx || !text) return fallback;
  ctx.fillStyle = fallback;
  ctx.fillStyle = text;
  const out = String(ctx.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(out) ? out : fallback;
}

function choicesFrom(args: Record<string, unknown>): ThemeChoices {
  const a = { ...KIT_DEFAULT, ...args } as ThemeChoices;
  return {
    ...a,
    brand: hex(a.brand, KIT_DEFAULT.brand),
    surfaceRaised: hex(a.surfaceRaised, KIT_DEFAULT.surfaceRaised),
    text: hex(a.text, KIT_DEFAULT.text),
  };
}

async function copy(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const panel = button.closest('.plc-builder-css')!;
  const status = panel.querySelector('[role="status"]')!;
  const text = panel.querySelector('code')!.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    // No clipboard (an insecure page, or permission refused): select the text so Ctrl+C copies it.
    const selection = getSelection();
    selection?.selectAllChildren(panel.querySelector('code')!);
    status.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

const builderStyles = html`<style>
  .plc-builder {
    display: grid;
    gap: 24px;
    grid-template-columns: minmax(0, 1fr);
    font-family: system-ui, sans-serif;
  }
  @media (min-width: 1100px) {
    .plc-builder {
      grid-template-columns: minmax(0, 2fr) minmax(300px, 1fr);
    }
  }
  .plc-builder-preview {
    display: grid;
    gap: 24px;
  }
  .plc-builder-preview > section > h2,
  .plc-builder-css h2 {
    font-size: 1rem;
    margin: 0 0 8px;
  }
  .plc-builder-css pre {
    margin: 0 0 8px;
    padding: 12px;
    overflow: auto;
    max-height: 28em;
    background: #f4f6f8;
    color: #1c2430;
    border: 1px solid #8a96a5;
    border-radius: 4px;
    font-size: 0.8125rem;
    direction: ltr;
    text-align: left;
  }
  .plc-builder-css button {
    font: inherit;
    min-height: 36px;
    padding: 4px 16px;
  }
  .plc-builder-css table {
    border-collapse: collapse;
    margin-block-start: 16px;
    font-size: 0.875rem;
  }
  .plc-builder-css th,
  .plc-builder-css td {
    text-align: start;
    padding: 4px 8px;
    border-block-end: 1px solid #8a96a5;
  }
  .plc-builder-css .fails {
    font-weight: 700;
  }
</style>`;

interface BuilderArgs extends ThemeChoices {
  /** The element tags to show (all when empty). */
  only?: string[];
}

function renderBuilder(args: Record<string, unknown>, context?: { id?: string }) {
  const choices = choicesFrom(args);
  const tokens = themeTokens(choices);
  const contrast = themeContrast(choices);
  const only = (args as Partial<BuilderArgs>).only;
  const examples = only?.length ? elementExamples.filter((e) => only.includes(e.tag)) : elementExamples;
  const key = `builder-${context?.id ?? 'story'}`;
  return html`${builderStyles}
    <div class="plc-builder">
      <div class="plc-builder-preview" data-theme-name=${choices.name} style=${styleMap(tokens)}>
        ${examples.map((example) => html`<section aria-label=${example.title}><h2>${example.title}</h2>${example.render(key)}</section>`)}
      </div>
      <section class="plc-builder-css" aria-labelledby="plc-builder-css-title">
        <h2 id="plc-builder-css-title">Your theme’s CSS</h2>
        <pre tabindex="0" aria-label="Theme CSS"><code>${themeCss(choices)}</code></pre>
        <button type="button" @click=${copy}>Copy CSS</button>
        <span role="status"></span>
        <table>
          <caption>
            Contrast of the built colours (WCAG AA)
          </caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col">Ratio</th>
              <th scope="col">AA</th>
            </tr>
          </thead>
          <tbody>
            ${contrast.map(
              (c) =>
                html`<tr class=${c.ratio >= c.needed ? 'passes' : 'fails'}>
                  <td>${c.label}</td>
                  <td>${c.ratio.toFixed(2)}:1</td>
                  <td>${c.ratio >= c.needed ? 'passes' : html`fails (needs ${c.needed}:1)`}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        ${contrast.some((c) => c.ratio < c.needed)
          ? html`<p>Some pairs fail: choose a darker brand colour or text colour.</p>`
          : nothing}
      </section>
    </div>`;
}

export default {
  title: 'Theming/Theme builder',
  render: renderBuilder,
  args: { ...KIT_DEFAULT },
  argTypes: {
    name: { control: 'text', description: 'Name of the theme (a comment in the CSS).' },
    brand: { control: 'color', description: 'Brand colour: accent, focus ring, first chart series. Toned for AA contrast in the light and dark themes.' },
    surfaceRaised: { control: 'color', description: 'Light theme: background of cards, panels and buttons.' },
    text: { control: 'color', description: 'Light theme: text colour (darkened if needed for 7:1 on the raised surface).' },
    font: { control: 'select', options: FONT_CHOICES, description: 'Font of all text.' },
    headingFont: { control: 'select', options: FONT_CHOICES, description: 'Font of headings, legends and captions.' },
    headingWeight: { control: 'select', options: [400, 500, 600, 700, 800], description: 'Weight of headings.' },
    textSize: { control: 'inline-radio', options: ['medium', 'large'], description: 'Base text size, following the reader’s browser setting.' },
    radius: { control: { type: 'range', min: 0, max: 24, step: 1 }, description: 'Corner radius (px).' },
    spacing: { control: { type: 'range', min: 0.75, max: 1.5, step: 0.05 }, description: 'Multiplies every space.' },
    borderWidth: { control: { type: 'range', min: 1, max: 4, step: 1 }, description: 'Border width (px).' },
    focusRingWidth: { control: { type: 'range', min: 2, max: 6, step: 1 }, description: 'Focus ring width (px).' },
    shadows: { control: 'boolean', description: 'Shadows under raised surfaces.' },
    only: { table: { disable: true } },
  },
  parameters: { layout: 'padded', docs: { description: { component: 'Pick your school’s colours and fonts in the Controls panel: every element restyles as you go, and the CSS to paste into your site is kept up to date beside them.' } } },
};

/** The tokens the preview sets must be what each element draws with, and the CSS must hold them all. */
async function checkBuilder(canvasElement: HTMLElement, choices: ThemeChoices): Promise<void> {
  const preview = canvasElement.querySelector<HTMLElement>('.plc-builder-preview');
  assert(preview, 'the preview is shown');
  const tokens = themeTokens(choices);
  const css = canvasElement.querySelector('.plc-builder-css code')?.textContent ?? '';
  for (const [name, value] of Object.entries(tokens)) assert(css.includes(`${name}: ${value};`), `the CSS sets ${name}`);
  for (const example of elementExamples) {
    const el = await waitFor(preview.querySelector<HTMLElement>(example.tag));
    const styles = getComputedStyle(el);
    assert(styles.getPropertyValue('--_radius').trim() === tokens['--plc-radius'], `<${example.tag}> uses the theme's radius`);
    assert(styles.fontFamily.includes(tokens['--plc-ref-font-sans']!.split(',')[0]!.replace(/'/g, '')), `<${example.tag}> uses the theme's font`);
    const accent = await until(() => styles.getPropertyValue('--_color-accent').trim(), `<${example.tag}> has an accent`);
    const theme = el.matches(':state(theme-dark)') ? '--plc-ref-brand-80' : el.matches(':state(theme-high-contrast)') ? '' : '--plc-ref-brand-40';
    if (theme) assert(accent === tokens[theme], `<${example.tag}> draws its accent in the brand colour (${accent} vs ${tokens[theme]})`);
  }
}

export const ThemeBuilder = {
  name: 'Theme builder',
  play: async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Record<string, unknown> }) => {
    await checkBuilder(canvasElement, choicesFrom(args));
  },
};

export const SchoolBrand = {
  name: 'Example: a school brand',
  args: { ...SCHOOL_BRAND },
  play: async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Record<string, unknown> }) => {
    await checkBuilder(canvasElement, choicesFrom(args));
  },
};

export const WelshGovernmentLike = {
  name: 'Example: sober, Welsh Government-like',
  args: { ...WELSH_GOVERNMENT_LIKE },
  play: async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Record<string, unknown> }) => {
    await checkBuilder(canvasElement, choicesFrom(args));
    const el = canvasElement.querySelector<HTMLElement>(elementExamples[0]?.tag ?? 'plc-provider');
    if (el && el.localName !== 'plc-provider') {
      assert(getComputedStyle(el).getPropertyValue('--_elevation').trim() === 'none', 'the sober theme is flat');
    }
  },
};
