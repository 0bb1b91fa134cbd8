// Docs generated from the code: the custom-elements manifest (Storybook's autodocs), the editor data
// built from it (VS Code custom data, JetBrains web-types, named in package.json) and the generated
// tokens reference all describe every element and token there is.
import { expect } from '@open-wc/testing';
import { baseTokens, systemTokens } from '../packages/elements/src/base/tokens.styles.js';
import { THEMES } from '@plc-kit/elements';
import { manifestElements } from './theming.support.js';

const text = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, `${path} exists (npm run analyze writes it)`).to.equal(true);
  return response.text();
};
const json = async <T>(path: string) => JSON.parse(await text(path)) as T;

interface PackageJson {
  customElements: string;
  'web-types': string;
  'html-custom-data': string;
  'css-custom-data': string;
  files: string[];
  exports: Record<string, unknown>;
}
interface HtmlData {
  tags: { name: string; description?: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}
interface CssData {
  properties: { name: string }[];
}
interface WebTypes {
  name: string;
  contributions: {
    html: { elements: { name: string; attributes: { name: string }[]; events?: { name: string }[] }[] };
    css?: { properties?: { name: string }[] };
  };
}

const pkg = '/packages/elements/';
const file = (path: string) => pkg + path.replace(/^\.\//, '');

describe('docs and editor data from the code', () => {
  it('package.json names the manifest, the web-types and the VS Code custom data, and ships them', async () => {
    const p = await json<PackageJson>(`${pkg}package.json`);
    for (const key of ['customElements', 'web-types', 'html-custom-data', 'css-custom-data'] as const) {
      expect(p[key], key).to.be.a('string');
      await text(file(p[key]));
      expect(p.files.map((f) => f.replace(/^\.\//, ''))).to.include(p[key].replace(/^\.\//, ''));
    }
  });

  it('the manifest gives each element its tag, summary, attributes, events, parts and tokens (with defaults)', async () => {
    const elements = await manifestElements();
    const tags = elements.map((e) => e.declaration.tagName);
    expect(tags).to.include.members(['plc-provider', 'plc-checklist', 'plc-conditions-radar', 'plc-enquiry-cycle', 'plc-network-map']);
    for (const { declaration: d } of elements) {
      expect((d as { summary?: string }).summary, `<${d.tagName}> @summary`).to.be.a('string').and.not.equal('');
      if (d.tagName === 'plc-provider') continue;
      const attributes = d.attributes ?? [];
      const theme = attributes.find((a) => a.name === 'theme') as { type?: { text: string } } | undefined;
      for (const t of THEMES) expect(theme?.type?.text, `<${d.tagName}> theme values`).to.include(`'${t}'`);
      expect(d.cssParts?.length, `<${d.tagName}> documents its parts`).to.be.greaterThan(0);
      const props = new Map((d.cssProperties ?? []).map((p) => [p.name, p]));
      for (const t of systemTokens) expect(props.get(t.name)?.default, `<${d.tagName}> ${t.name} with its default`).to.be.a('string');
      const events = (d as { events?: { name: string; description?: string }[] }).events ?? [];
      for (const e of events.filter((ev) => ev.name.startsWith('plc-'))) expect(e.description, `<${d.tagName}> ${e.name} says what its detail is`).to.match(/detail/i);
    }
  });

  it('VS Code custom data lists every tag with its attributes and values, and every token', async () => {
    const p = await json<PackageJson>(`${pkg}package.json`);
    const html = await json<HtmlData>(file(p['html-custom-data']));
    const css = await json<CssData>(file(p['css-custom-data']));
    for (const { declaration: d } of await manifestElements()) {
      const tag = html.tags.find((t) => t.name === d.tagName);
      expect(tag, `<${d.tagName}> in the HTML data`).to.not.equal(undefined);
      expect(tag!.attributes.map((a) => a.name)).to.include.members((d.attributes ?? []).map((a) => a.name));
      const theme = tag!.attributes.find((a) => a.name === 'theme');
      if (theme) expect(theme.values?.map((v) => v.name)).to.have.members([...THEMES]);
      for (const prop of d.cssProperties ?? []) expect(css.properties.map((c) => c.name), prop.name).to.include(prop.name);
    }
    expect(css.properties.map((c) => c.name)).to.include.members(baseTokens.map((t) => t.name));
  });

  it('JetBrains web-types list every tag with its attributes and events', async () => {
    const p = await json<PackageJson>(`${pkg}package.json`);
    const types = await json<WebTypes>(file(p['web-types']));
    expect(types.name).to.equal('@plc-kit/elements');
    for (const { declaration: d } of await manifestElements()) {
      const el = types.contributions.html.elements.find((e) => e.name === d.tagName);
      expect(el, `<${d.tagName}> in web-types`).to.not.equal(undefined);
      expect(el!.attributes.map((a) => a.name)).to.include.members((d.attributes ?? []).map((a) => a.name));
      const events = ((d as { events?: { name: string }[] }).events ?? []).map((e) => e.name).filter((n) => n.startsWith('plc-'));
      expect((el!.events ?? []).map((e) => e.name)).to.include.members(events);
    }
  });

  it('the generated tokens reference lists every token, every element’s own tokens and parts', async () => {
    const md = await text('/docs/tokens.md');
    for (const t of baseTokens) expect(md, t.name).to.include(`\`${t.name}\``);
    for (const { declaration: d } of await manifestElements()) {
      expect(md).to.include(`\`<${d.tagName}>\``);
      for (const p of (d.cssProperties ?? []).filter((c) => !c.inheritedFrom && !baseTokens.some((t) => t.name === c.name))) expect(md, p.name).to.include(`\`${p.name}\``);
      for (const part of d.cssParts ?? []) expect(md, `${d.tagName} part ${part.name}`).to.include(`\`${part.name}\``);
    }
  });
});
