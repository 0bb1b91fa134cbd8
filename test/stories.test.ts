// Every story is a test. Each story is rendered as Storybook renders it (its args, its own and its
// file's decorators, then the preview's decorator with the toolbar globals: theme, language, direction,
// brand), its play function is run, and axe checks the result. Each story is then rendered again in the
// dark theme, in Welsh and right-to-left, and axe checks that too (play functions are written for the
// story's own globals, so they run only the first time).
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { DEFAULT_GLOBALS, normaliseGlobals, withKitGlobals, type KitGlobals } from '../.storybook/kit-globals.js';

type Args = Record<string, unknown>;
interface StoryContext {
  id: string;
  name: string;
  title: string;
  args: Args;
  globals: KitGlobals;
  parameters: Record<string, unknown>;
  canvasElement: HTMLElement;
}
type StoryFn = (update?: Partial<StoryContext>) => unknown;
type Decorator = (story: StoryFn, context: StoryContext) => unknown;
interface Story {
  args?: Args;
  globals?: Partial<KitGlobals>;
  parameters?: Record<string, unknown>;
  decorators?: Decorator[];
  render?: (args: Args, context: StoryContext) => TemplateResult;
  play?: (context: StoryContext) => Promise<void> | void;
  name?: string;
}
interface Meta extends Omit<Story, 'play' | 'name'> {
  title: string;
}

// Served by the story-index plugin in web-test-runner.config.mjs: every file in stories/*.stories.ts.
const indexUrl = '/__story-index.js';
const { files } = (await import(/* @vite-ignore */ indexUrl)) as { files: string[] };
const modules = await Promise.all(files.map(async (file) => [file, (await import(/* @vite-ignore */ file)) as Record<string, unknown>] as const));

/** The variant every story is also checked in, beside its own toolbar state. */
const SECOND_LOOK: Partial<KitGlobals> = { theme: 'dark', lang: 'cy', dir: 'rtl' };

let renders = 0;

/** Renders a story as Storybook would, returning the canvas and a clean-up. */
function show(meta: Meta, story: Story, exportName: string, globals: KitGlobals): { canvas: HTMLElement; context: StoryContext; done: () => void } {
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  document.body.append(canvas);
  const context: StoryContext = {
    id: `${meta.title}--${exportName}--${++renders}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    name: story.name ?? exportName,
    title: meta.title,
    args: { ...meta.args, ...story.args },
    globals,
    parameters: { ...meta.parameters, ...story.parameters },
    canvasElement: canvas,
  };
  const renderFn = story.render ?? meta.render!;
  // Storybook order: the story's decorators innermost, then the file's, then the preview's.
  let fn: StoryFn = (update) => renderFn({ ...context.args, ...update?.args }, { ...context, ...update });
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = fn;
    fn = (update) => decorator(inner, { ...context, ...update });
  }
  render(withKitGlobals(fn(), globals, context.id), canvas);
  return {
    canvas,
    context,
    done: () => {
      render(null, canvas);
      canvas.remove();
    },
  };
}

/** Waits for every element in the canvas (through shadow roots) to finish updating, then two frames. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: ParentNode) => {
      for (const el of node.querySelectorAll('*')) {
        const update = (el as { updateComplete?: Promise<unknown> }).updateComplete;
        if (update) pending.push(update);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    await Promise.all(pending);
    await frame();
  }
}

/** The next animation frame, or 50 ms when none comes (Firefox gives a background tab no frames). */
function frame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Fails the test with any error that reached the page while the story ran. */
function watchPageErrors(): () => void {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String((e.reason as Error)?.message ?? e.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return () => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
  };
}

describe('stories', () => {
  it('are found', () => {
    expect(modules.length).to.be.greaterThan(0);
  });

  for (const [file, mod] of modules) {
    const meta = mod.default as Meta;
    describe(meta.title, () => {
      for (const [exportName, value] of Object.entries(mod)) {
        if (exportName === 'default' || exportName.startsWith('_') || typeof value !== 'object' || value === null) continue;
        const story = value as Story;
        if (!(story.render ?? meta.render)) continue;
        const ownGlobals = normaliseGlobals({ ...DEFAULT_GLOBALS, ...meta.globals, ...story.globals });
        const label = `${ownGlobals.theme}, ${ownGlobals.lang}, ${ownGlobals.dir}${ownGlobals.brand === 'kit' ? '' : `, ${ownGlobals.brand}`}`;

        it(`${story.name ?? exportName} renders, plays and passes axe (${label}; ${file})`, async function () {
          this.timeout(30000);
          localStorage.clear();
          const checkErrors = watchPageErrors();
          const { canvas, context, done } = show(meta, story, exportName, ownGlobals);
          try {
            await story.play?.(context);
            await settle(canvas);
            await expect(canvas).to.be.accessible();
            checkErrors();
          } finally {
            done();
          }
        });

        it(`${story.name ?? exportName} renders and passes axe in the dark theme, in Welsh, right to left (${file})`, async function () {
          this.timeout(30000);
          localStorage.clear();
          const checkErrors = watchPageErrors();
          const globals = normaliseGlobals({ ...ownGlobals, ...SECOND_LOOK });
          const { canvas, done } = show(meta, story, exportName, globals);
          try {
            await settle(canvas);
            const wrapper = canvas.querySelector('.plc-story')!;
            expect(wrapper.getAttribute('lang')).to.equal('cy');
            expect(wrapper.getAttribute('dir')).to.equal('rtl');
            await expect(canvas).to.be.accessible();
            checkErrors();
          } finally {
            done();
          }
        });
      }
    });
  }
});
