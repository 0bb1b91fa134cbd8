import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { checklistFrameworks, type RatingResponse } from '@plc-kit/core';
import { ratingFrameworks } from '@plc-kit/core/frameworks';
import { sendKeys } from '@web/test-runner-commands';
import type { PlcChecklist, PlcConditionsRadar, PlcEnquiryCycle } from '@plc-kit/elements';
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import '@plc-kit/elements/enquiry-cycle/define.js';
import { withInlineJson } from '../helpers/inline.js';

/*
 * WCAG 2.2 SC 3.1.2 Language of Parts: on a Welsh page, English text (a citation, or a user framework's
 * English where it gives no Welsh) is marked lang="en", and Welsh text is not.
 */

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T>(sel)];
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The texts the element marks as English, in document order. */
const englishParts = (el: Element) => $$(el, '[lang="en"]').map(text);
let keys = 0;
const uniqueKey = () => `lang-parts-${Date.now()}-${keys++}`;

/** Mounts an element whose framework is inline JSON, as a page author gives their own. */
async function withInline<T extends HTMLElement>(tag: string, framework: object, attrs: Record<string, string>): Promise<T> {
  const el = withInlineJson<T>(tag, framework, attrs);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  // A user's framework waits for the parser, which loads on demand.
  await waitUntil(() => $(el, '[role="heading"]'), 'the inline framework is parsed');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await frame();
  return el;
}

describe('language of parts: the checklist', () => {
  const plcOrNot = checklistFrameworks['plc-or-not']!;

  async function answerAll(el: PlcChecklist, value: number): Promise<void> {
    for (const fieldset of $$(el, 'fieldset')) {
      fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')[value - 1]!.click();
      await el.updateComplete;
    }
    await frame();
  }

  it('marks a built-in framework’s citation English on a Welsh page, and only that', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist lang="cy" storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await el.updateComplete;
    await answerAll(el, 4);
    const cites = $$(el, 'cite');
    // One in "About this checklist", one under the result.
    expect(cites).to.have.length(2);
    for (const cite of cites) {
      expect(cite.getAttribute('lang')).to.equal('en');
      expect(cite.textContent).to.equal(plcOrNot.source.citation);
    }
    // Every other text of this framework has Welsh, so nothing else is marked English.
    expect(englishParts(el)).to.deep.equal([plcOrNot.source.citation, plcOrNot.source.citation]);
    expect(text($(el, '#about p.muted')!)).to.equal(`Ffynhonnell: ${plcOrNot.source.citation} ${plcOrNot.source.note!.cy}`);
    await expect(el).to.be.accessible();
  });

  it('needs no lang wrapper on an English page: the citation is in the page’s language', async () => {
    const el = await fixture<PlcChecklist>(html`<plc-checklist lang="en" storage="none" storage-key=${uniqueKey()}></plc-checklist>`);
    await el.updateComplete;
    const cite = $(el, '#about cite')!;
    expect(cite.textContent).to.equal(plcOrNot.source.citation);
    expect(cite.hasAttribute('lang')).to.be.false;
    expect($$(el, '[lang]')).to.have.length(0);
  });

  const own = {
    id: 'our-checklist',
    kind: 'checklist',
    title: { en: 'Our checklist' },
    description: { en: 'How we work together' },
    source: { citation: 'Our own school (2025)', note: { en: 'Written by our staff.' } },
    items: [
      { id: 'a', plc: { en: 'We share lessons' }, not: { en: 'We keep lessons to ourselves' }, strengthen: { en: 'Share one lesson a week' } },
      // A row that does give Welsh: it must stay unmarked beside the English one.
      { id: 'b', plc: { en: 'We reflect', cy: 'Rydym yn myfyrio' }, strengthen: { en: 'Reflect more', cy: 'Myfyriwch fwy' } },
    ],
    bands: [{ id: 'all', min: 0, label: { en: 'Starting out' }, summary: { en: 'Early days.' } }],
  };

  it('marks a user framework’s English-only text lang="en" on a Welsh page, and leaves its Welsh unmarked', async () => {
    const el = await withInline<PlcChecklist>('plc-checklist', own, { lang: 'cy', storage: 'none', 'storage-key': uniqueKey() });
    const heading = $(el, '[part="header"] [role="heading"]')!;
    expect(heading.querySelector('[lang="en"]')!.textContent).to.equal('Our checklist');
    expect($(el, '#about p [lang="en"]')!.textContent).to.equal('How we work together');
    expect($(el, '#not-1 [lang="en"]')!.textContent).to.equal('We keep lessons to ourselves');
    expect($(el, '#plc-1 [lang="en"]')!.textContent).to.equal('We share lessons');
    // The Welsh row and the Welsh label before each pole are not marked.
    expect($(el, '#plc-2 [lang]')).to.equal(null);
    expect(text($(el, '#plc-2')!)).to.contain('Rydym yn myfyrio');
    await answerAll(el, 1);
    const band = $(el, '[part="band"]')!;
    expect(text(band)).to.equal('Band: Starting out');
    expect(band.querySelector('[lang="en"]')!.textContent).to.equal('Starting out');
    const feedback = $$(el, '[part="feedback"] li');
    expect(feedback.map((li) => [...li.querySelectorAll('[lang="en"]')].map((n) => n.textContent))).to.deep.equal([
      ['We share lessons', 'Share one lesson a week'],
      [],
    ]);
    expect(text(feedback[1]!)).to.contain('Myfyriwch fwy');
    // The citation, and the note that has no Welsh, both under the result.
    const source = $$(el, '[part="result"] p.muted').at(-1)!;
    expect([...source.querySelectorAll('[lang="en"]')].map((n) => n.textContent)).to.deep.equal(['Our own school (2025)', 'Written by our staff.']);
    await expect(el).to.be.accessible();
  });

  it('marks nothing in the same framework on an English page', async () => {
    const el = await withInline<PlcChecklist>('plc-checklist', own, { lang: 'en', storage: 'none', 'storage-key': uniqueKey() });
    expect(text($(el, '#plc-1')!)).to.contain('We share lessons');
    expect($(el, '#about cite')!.textContent).to.equal('Our own school (2025)');
    expect($$(el, '[lang]')).to.have.length(0);
  });
});

describe('language of parts: the conditions radar', () => {
  const cfs = ratingFrameworks['conditions-for-success']!;

  it('marks the citation English on a Welsh page, and none of the built-in framework’s Welsh', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar lang="cy" storage="none"></plc-conditions-radar>`);
    await el.updateComplete;
    await frame();
    const cite = $(el, '[part="header"] cite')!;
    expect(cite.getAttribute('lang')).to.equal('en');
    expect(cite.textContent).to.equal(cfs.source.citation);
    expect(englishParts(el)).to.deep.equal([cfs.source.citation]);
    await expect(el).to.be.accessible();
  });

  it('needs no lang wrapper for the citation on an English page', async () => {
    const el = await fixture<PlcConditionsRadar>(html`<plc-conditions-radar lang="en" storage="none"></plc-conditions-radar>`);
    await el.updateComplete;
    expect($(el, '[part="header"] cite')!.textContent).to.equal(cfs.source.citation);
    expect($$(el, '[lang]')).to.have.length(0);
  });

  const own = {
    id: 'our-team',
    kind: 'rating',
    title: { en: 'Our team' },
    description: { en: 'How we see ourselves' },
    source: { citation: 'Us (2025)' },
    axes: [
      { id: 'a', label: { en: 'Aspect a' }, description: { en: 'About a' } },
      { id: 'b', label: { en: 'Aspect b', cy: 'Agwedd b' }, description: { en: 'About b', cy: 'Ynglŷn â b' } },
      { id: 'c', label: { en: 'Aspect c' }, description: { en: 'About c' } },
    ],
    scale: { min: 0, max: 10, points: [{ value: 0, label: { en: 'None' } }, { value: 10, label: { en: 'All', cy: 'Y cyfan' } }] },
    reference: { value: 5, label: { en: 'Halfway' } },
  };

  it('marks a user framework’s English-only text lang="en" on a Welsh page, and leaves its Welsh unmarked', async () => {
    const el = await withInline<PlcConditionsRadar>('plc-conditions-radar', own, { lang: 'cy', storage: 'none' });
    expect(englishParts(el)).to.deep.equal([
      'Our team',
      'How we see ourselves',
      'Us (2025)',
      'Aspect a',
      'About a',
      'None',
      // Aspect b gives Welsh; its scale's first point does not.
      'None',
      'Aspect c',
      'About c',
      'None',
      'Halfway',
    ]);
    expect($$(el, 'legend').map(text)).to.include('Agwedd b');
    await expect(el).to.be.accessible();
  });

  it('marks them in the results too: the table’s caption and rows, the reference key', async () => {
    const responses: RatingResponse[] = [
      { id: 'r1', framework: 'our-team', ratings: { a: 10, b: 0, c: 10 }, at: '2026-09-01T09:00:00Z' },
      { id: 'r2', framework: 'our-team', ratings: { a: 0, b: 10, c: 0 }, at: '2026-09-02T09:00:00Z' },
    ];
    const el = await withInline<PlcConditionsRadar>('plc-conditions-radar', own, { lang: 'cy', storage: 'none', mode: 'results' });
    el.responses = responses;
    await waitUntil(() => $(el, 'table tbody'), 'the results table is drawn');
    expect([...$(el, 'table caption')!.querySelectorAll('[lang="en"]')].map(text)).to.deep.equal(['Our team']);
    expect($$(el, 'tbody th[scope="row"]').map((th) => [text(th), th.querySelector('[lang="en"]') !== null])).to.deep.equal([
      ['Aspect a', true],
      ['Agwedd b', false],
      ['Aspect c', true],
    ]);
    expect(text($(el, '.legend .key')!)).to.equal('Halfway');
    expect($(el, '.legend .key [lang="en"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('language of parts: the enquiry cycle', () => {
  const own = {
    id: 'our-cycle',
    kind: 'cycle',
    title: { en: 'Our cycle' },
    source: { citation: 'Our school' },
    stages: [
      {
        id: 'plan',
        label: { en: 'Plan' },
        description: { en: 'Decide what to try' },
        prompts: [{ en: 'What will we try?' }, { en: 'Who will lead?', cy: 'Pwy fydd yn arwain?' }],
        criteria: [{ check: 'actions', label: { en: 'An action is planned' } }],
      },
      { id: 'review', label: { en: 'Review', cy: 'Adolygu' }, prompts: [] },
    ],
  };

  async function settle(el: PlcEnquiryCycle): Promise<void> {
    await el.updateComplete;
    await frame();
    await el.updateComplete;
  }

  it('marks a user model’s English-only text lang="en" on a Welsh page, and leaves its Welsh unmarked', async () => {
    const el = withInlineJson<PlcEnquiryCycle>('plc-enquiry-cycle', own, { lang: 'cy', plc: 'ours', storage: 'none' });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => $(el, '#new-name'), 'the inline model is parsed');
    await settle(el);
    // The form that starts a PLC names the model.
    expect(englishParts(el)).to.deep.equal(['Our cycle']);
    $(el, '#new-name')!.focus();
    await sendKeys({ type: 'Ein tîm' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="stepper"]'), 'the PLC is made');
    $<HTMLButtonElement>(el, '[part="stepper"] button[data-stage="plan"]')!.click();
    await settle(el);

    const meta = $(el, '[part="header"] .meta')!;
    expect([...meta.querySelectorAll('[lang="en"]')].map(text)).to.deep.equal(['Our cycle', 'Plan']);
    expect(text(meta)).to.contain('Cam 1 o 2: Plan');
    expect($$(el, '.step-label').map((s) => [text(s), s.querySelector('[lang="en"]') !== null])).to.deep.equal([
      ['Plan', true],
      ['Adolygu', false],
    ]);
    const stage = $(el, 'section.stage')!;
    expect(text(stage.querySelector('#stage-title')!)).to.contain('Cam 1 o 2: Plan');
    expect(stage.querySelector('#stage-title [lang="en"]')!.textContent).to.equal('Plan');
    expect(stage.querySelector('p [lang="en"]')!.textContent).to.equal('Decide what to try');
    expect([...stage.querySelectorAll('.prompts li')].map((li) => [text(li), li.querySelector('[lang="en"]') !== null])).to.deep.equal([
      ['What will we try?', true],
      ['Pwy fydd yn arwain?', false],
    ]);
    expect([...stage.querySelectorAll('.criteria [lang="en"]')].map(text)).to.deep.equal(['An action is planned']);
    // The next stage has Welsh: its button carries no English part.
    const next = $(el, '#move-next')!;
    expect(text(next)).to.equal('Symud ymlaen i “Adolygu” →');
    expect(next.querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();

    // The overview of every PLC names the stage inside a Welsh sentence.
    el.removeAttribute('plc');
    await waitUntil(() => $(el, 'table.overview tbody tr'), 'the overview is shown');
    await settle(el);
    const cell = $(el, 'table.overview tbody tr td')!;
    expect(text(cell)).to.equal('Cam 1 o 2: Plan');
    expect(cell.querySelector('[lang="en"]')!.textContent).to.equal('Plan');
    await expect(el).to.be.accessible();
  });
});
