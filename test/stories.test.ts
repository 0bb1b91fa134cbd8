// Every story is a test: rendered as Storybook renders it, its play function run, then axe on the result.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
  name?: string;
}
interface Meta {
  title: string;
  args?: Args;
  render?: (args: Args) => TemplateResult;
}

// Served by the story-index plugin in web-test-runner.config.mjs: every file in stories/*.stories.ts.
const indexUrl = '/__story-index.js';
const { files } = (await import(/* @vite-ignore */ indexUrl)) as { files: string[] };
const modules = await Promise.all(files.map(async (file) => [file, (await import(/* @vite-ignore */ file)) as Record<string, unknown>] as const));

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
        const renderFn = story.render ?? meta.render;
        if (!renderFn) continue;
        it(`${story.name ?? exportName} renders, plays and passes axe (${file})`, async function () {
          this.timeout(30000);
          localStorage.clear();
          const args = { ...meta.args, ...story.args };
          const canvas = document.createElement('div');
          document.body.append(canvas);
          try {
            render(renderFn(args), canvas);
            await story.play?.({ canvasElement: canvas, args });
            await new Promise((r) => requestAnimationFrame(r));
            await expect(canvas).to.be.accessible();
          } finally {
            render(null, canvas);
            canvas.remove();
          }
        });
      }
    });
  }
});
