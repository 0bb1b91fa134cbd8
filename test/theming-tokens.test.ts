// Every token the styles use is declared, and every declared token is used: scanned at test time from
// each registered element's real styles (Lit's `elementStyles`), its module's source (for tokens read
// in script, e.g. for canvas drawing) and the manifest's `@cssproperty` docs, so it covers every
// element as it lands.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { baseTokens, referenceTokens, systemTokens, tokenStyles } from '../packages/elements/src/base/tokens.styles.js';
import { manifestElements } from './theming.support.js';
import '../.storybook/elements.js';

interface Scan {
  declaredPrivate: Set<string>;
  usedPrivate: Set<string>;
  readPublic: Set<string>;
  declaredPublic: Set<string>;
}

function scanCss(text: string, into: Scan): Scan {
  const css = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of css.matchAll(/(?<![\w-])(--[\w-]+)\s*:/g)) (m[1]!.startsWith('--_') ? into.declaredPrivate : into.declaredPublic).add(m[1]!);
  for (const m of css.matchAll(/var\(\s*(--[\w-]+)/g)) (m[1]!.startsWith('--_') ? into.usedPrivate : into.readPublic).add(m[1]!);
  return into;
}

const empty = (): Scan => ({ declaredPrivate: new Set(), usedPrivate: new Set(), readPublic: new Set(), declaredPublic: new Set() });

function cssOf(klass: typeof LitElement): string {
  const styles = klass.elementStyles ?? [];
  return styles.map((s) => ('cssText' in s ? s.cssText : [...(s as CSSStyleSheet).cssRules].map((r) => r.cssText).join('\n'))).join('\n');
}

/**
 * Tokens a module's script sets (`style.setProperty('--_x', …)`) and reads (`this.token('--_x')`,
 * `getPropertyValue('--plc-x')`, …), from its source as the test server serves it.
 */
async function scriptTokens(path: string): Promise<{ set: Set<string>; read: Set<string> }> {
  const response = await fetch(`/packages/elements/${path}`);
  const source = response.ok ? await response.text() : '';
  const set = new Set([...source.matchAll(/setProperty\(\s*['"`](--[\w-]+)['"`]/g)].map((m) => m[1]!));
  const all = [...source.matchAll(/['"`](--[\w-]+)['"`]/g)].map((m) => m[1]!);
  return { set, read: new Set(all.filter((n) => !set.has(n))) };
}

const baseScan = scanCss(tokenStyles.cssText, empty());

describe('tokens: declared ⇔ used', () => {
  it('the base declares a private variable for every public token in its tables, reads each public token, and declares none', () => {
    for (const t of baseTokens) {
      expect(baseScan.declaredPrivate, t.private).to.include(t.private);
      expect(baseScan.readPublic, t.name).to.include(t.name);
    }
    expect([...baseScan.declaredPublic], 'public tokens are read with a fallback, never declared').to.deep.equal([]);
    expect([...baseScan.readPublic].sort()).to.deep.equal(baseTokens.map((t) => t.name).sort());
  });

  it('every palette token is used by a role in some theme, and every role is mapped in every theme it needs', () => {
    const used = new Set(systemTokens.flatMap((t) => Object.values(t.values).flatMap((v) => v!.split(', '))).filter((v) => v.startsWith('ref:')).map((v) => `--plc-ref-${v.slice(4)}`));
    for (const t of referenceTokens) expect(used, `${t.name} is used by a role`).to.include(t.name);
    for (const t of systemTokens.filter((s) => s.group === 'Colour')) {
      expect(Object.keys(t.values).sort(), t.name).to.deep.equal(['dark', 'forced', 'high-contrast', 'light']);
    }
  });

  it('covers every element in the manifest', async () => {
    const elements = await manifestElements();
    expect(elements.map((e) => e.declaration.tagName)).to.include('plc-provider');
    expect(elements.length).to.be.greaterThan(1);
  });

  it('each element uses only declared private variables, declares only used ones, and documents exactly the public tokens it reads', async () => {
    const problems: string[] = [];
    const kitUsed = new Set(baseScan.usedPrivate);
    const elements = (await manifestElements()).filter((e) => e.declaration.tagName !== 'plc-provider');
    for (const { declaration, path } of elements) {
      const tag = declaration.tagName!;
      const klass = customElements.get(tag) as typeof LitElement | undefined;
      if (!klass) {
        problems.push(`<${tag}> is not registered by .storybook/elements.ts`);
        continue;
      }
      const all = scanCss(cssOf(klass), empty());
      const { set: scriptSet, read: script } = await scriptTokens(path);
      for (const n of scriptSet) (n.startsWith('--_') ? all.declaredPrivate : all.declaredPublic).add(n);
      const ownDeclared = [...all.declaredPrivate].filter((n) => !baseScan.declaredPrivate.has(n));
      const used = new Set([...all.usedPrivate, ...[...script].filter((n) => n.startsWith('--_'))]);
      for (const n of used) kitUsed.add(n);
      for (const n of used) if (!all.declaredPrivate.has(n)) problems.push(`<${tag}> uses ${n}, which nothing declares`);
      for (const n of ownDeclared) if (!used.has(n)) problems.push(`<${tag}> declares ${n} and never uses it`);
      for (const n of all.declaredPublic) problems.push(`<${tag}> declares the public token ${n}: read it with a fallback instead, so the page's value wins`);
      // Documented: the element's `@cssproperty` docs in the manifest (with the system tokens the manifest
      // config adds from the base tables), and the palette in the base tables (docs/tokens.md).
      const documented = new Set([...(declaration.cssProperties ?? []).map((p) => p.name), ...referenceTokens.map((t) => t.name)]);
      const read = new Set([...all.readPublic, ...[...script].filter((n) => n.startsWith('--plc-'))]);
      for (const n of read) if (!documented.has(n)) problems.push(`<${tag}> reads ${n} without documenting it (@cssproperty)`);
      for (const n of documented) if (!read.has(n)) problems.push(`<${tag}> documents ${n} (@cssproperty) but never reads it`);
    }
    for (const n of baseScan.declaredPrivate) {
      if (!kitUsed.has(n) && !n.startsWith('--_theme-') && !n.startsWith('--_ref-')) problems.push(`the base declares ${n} and no element uses it`);
    }
    for (const n of baseScan.declaredPrivate) {
      if ((n.startsWith('--_theme-') || n.startsWith('--_ref-')) && !baseScan.usedPrivate.has(n)) problems.push(`the base declares ${n} and never uses it`);
    }
    expect(problems).to.deep.equal([]);
  });
});
