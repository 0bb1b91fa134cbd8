// Adversarial frameworks at the parsing boundary: the largest framework allowed (1,000 items) is read,
// one more item is refused with the stated limit, and deeply nested, oversized or prototype-polluting
// JSON gives a message, never an exception or a polluted object.
import { expect } from '@open-wc/testing';
import { MAX_FRAMEWORK_JSON, parseFramework, parseFrameworkJson, localText } from '@plc-kit/core';
import { bigChecklist } from './support.js';

describe('robustness: frameworks at the limits', () => {
  it('reads a checklist of 1,000 items', () => {
    const result = parseFrameworkJson(JSON.stringify(bigChecklist(1000)), { kind: 'checklist' });
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.framework.kind === 'checklist' && result.framework.items.length).to.equal(1000);
  });

  it('refuses 1,001 items, naming the limit and where', () => {
    const result = parseFramework(bigChecklist(1001), { kind: 'checklist' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === 'items');
    expect(problem, JSON.stringify(result.problems.slice(0, 3))).to.exist;
    expect(localText(problem!.message, 'en')).to.match(/1,?000/);
    expect(localText(problem!.message, 'cy')).to.match(/1,?000/);
  });

  it('refuses JSON over the stated size with the size and the limit', () => {
    const text = JSON.stringify({ ...bigChecklist(3), description: { en: 'x'.repeat(MAX_FRAMEWORK_JSON) } });
    const result = parseFrameworkJson(text);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(localText(result.problems[0]!.message, 'en')).to.match(/too long/).and.include(MAX_FRAMEWORK_JSON.toLocaleString('en-GB'));
  });

  it('deeply nested JSON gives a message, not a stack overflow', () => {
    const depth = 100_000;
    for (const text of [
      '['.repeat(depth) + ']'.repeat(depth),
      '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
      '['.repeat(depth),
      JSON.stringify({ ...bigChecklist(2), title: { en: 'ok' } }).replace('"ok"', '['.repeat(depth) + ']'.repeat(depth)),
    ]) {
      const result = parseFrameworkJson(text, { kind: 'checklist' });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(localText(result.problems[0]!.message, 'en')).to.be.a('string').and.not.equal('');
    }
  });

  it('__proto__ and constructor keys neither pollute prototypes nor sneak through', () => {
    const text = JSON.stringify(bigChecklist(2)).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const result = parseFrameworkJson(text, { kind: 'checklist' });
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
    expect((Object.prototype as { polluted?: boolean }).polluted).to.equal(undefined);
    if (result.ok) {
      expect(Object.getPrototypeOf(result.framework)).to.equal(Object.prototype);
      expect(Object.keys(result.framework)).to.not.include('__proto__');
    }
  });
});
