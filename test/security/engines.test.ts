// The second engine: the browser commands tests rely on behave the same in Chromium and Firefox
// (scripts/firefox-commands.mjs fills the gaps Puppeteer's WebDriver BiDi leaves in Firefox).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

const matches = (query: string) => matchMedia(query).matches;

describe('second engine: browser commands', () => {
  afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' } as never));

  it('emulateMedia switches print, colour scheme, reduced motion and forced colours, and back', async () => {
    await emulateMedia({ media: 'print' });
    expect(matches('print')).to.equal(true);
    await emulateMedia({ media: 'screen' });
    expect(matches('print')).to.equal(false);

    await emulateMedia({ colorScheme: 'dark' });
    expect(matches('(prefers-color-scheme: dark)')).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(matches('(prefers-color-scheme: light)')).to.equal(true);

    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matches('(prefers-reduced-motion: reduce)')).to.equal(true);
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(matches('(prefers-reduced-motion: reduce)')).to.equal(false);

    await emulateMedia({ forcedColors: 'active' } as never);
    expect(matches('(forced-colors: active)')).to.equal(true);
    await emulateMedia({ forcedColors: 'none' } as never);
    expect(matches('(forced-colors: active)')).to.equal(false);
  });

  it('sendKeys presses Space, Tab and arrows the same way', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><button type="button" id="first">first</button><input type="checkbox" id="box" /><input type="radio" name="r" value="1" /><input type="radio" name="r" value="2" /></form>`);
    form.querySelector<HTMLButtonElement>('#first')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('box');
    await sendKeys({ press: 'Space' });
    // Firefox over BiDi may activate the checkbox just after the command resolves.
    await waitUntil(() => form.querySelector<HTMLInputElement>('#box')!.checked, 'Space checks the box', { timeout: 3000 });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => new FormData(form).get('r') === '2', 'ArrowRight moves to the second radio', { timeout: 3000 });
  });
});
