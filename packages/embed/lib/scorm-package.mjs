// Writes a SCORM 1.2 package (a zip) around one PLC Kit element: imsmanifest.xml, a launch page
// (index.html, no inline script or style), the element's bundle with its chunks, and the SCORM runtime
// script. The manifest lists every file.
import { zipSync, strToU8 } from 'fflate';
import { buildBundles, distBundle, frameworkCatalog, haveSources, staticDir } from './bundles.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What each element takes (mirrors src/elements.ts, which the browser side uses). */
export const ELEMENTS = {
  'plc-checklist': { kind: 'checklist', frameworkAttribute: 'framework', title: { en: 'Are we a PLC?', cy: 'Ydyn ni’n gymuned dysgu proffesiynol?' } },
  'plc-conditions-radar': { kind: 'rating', frameworkAttribute: 'framework', title: { en: 'Conditions for success', cy: 'Amodau ar gyfer llwyddiant' } },
  'plc-enquiry-cycle': { kind: 'cycle', frameworkAttribute: 'cycle', title: { en: 'Enquiry cycle', cy: 'Cylch ymholi' } },
  'plc-network-map': { title: { en: 'PLC network map', cy: 'Map rhwydwaith y cymunedau' } },
};

const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

export class UsageError extends Error {}

const escapeXml = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);

/**
 * @param {{ element: string, framework?: string, lang?: string, theme?: string, mode?: string,
 *   attrs?: string[], title?: string, mastery?: string, bundle?: 'element' | 'kit', rebuild?: boolean }} options
 * @returns {Promise<{ zip: Uint8Array, files: string[], title: string, identifier: string }>}
 */
export async function scormPackage(options) {
  const element = String(options.element ?? '').toLowerCase();
  const info = ELEMENTS[element];
  if (!info) throw new UsageError(`--element must be one of: ${Object.keys(ELEMENTS).join(', ')} (got "${options.element ?? ''}")`);
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'cy') throw new UsageError(`--lang must be en or cy (got "${lang}")`);

  const attributes = new Map();
  let framework;
  if (options.framework !== undefined) {
    if (!info.kind) throw new UsageError(`${element} takes no framework`);
    const catalog = await frameworkCatalog({ rebuild: options.rebuild });
    framework = catalog.find((f) => f.id === options.framework && f.kind === info.kind);
    if (!framework) {
      const ids = catalog.filter((f) => f.kind === info.kind).map((f) => f.id);
      throw new UsageError(`--framework "${options.framework}" is not a built-in ${info.kind} framework; use one of: ${ids.join(', ')}`);
    }
    attributes.set(info.frameworkAttribute, framework.id);
  }
  if (options.theme) attributes.set('theme', options.theme);
  if (options.mode) attributes.set('mode', options.mode);
  for (const pair of options.attrs ?? []) {
    const at = pair.indexOf('=');
    const name = (at < 0 ? pair : pair.slice(0, at)).trim().toLowerCase();
    if (!ATTRIBUTE.test(name) || name.startsWith('on')) throw new UsageError(`--attr "${pair}": not an attribute name`);
    attributes.set(name, at < 0 ? '' : pair.slice(at + 1));
  }
  let mastery;
  if (options.mastery !== undefined) {
    mastery = Number(options.mastery);
    if (!Number.isFinite(mastery) || mastery < 0 || mastery > 100) throw new UsageError('--mastery must be a percentage from 0 to 100');
  }

  const title = options.title || (framework ? (framework.title[lang] ?? framework.title.en) : info.title[lang]);
  const identifier = `plc-kit-${element.slice(4)}${framework ? `-${framework.id}` : ''}`.replace(/[^A-Za-z0-9_.-]/g, '-');

  // Bundles: the element's own (smaller) unless asked for the whole kit; built fresh from the sources when asked or when dist is missing.
  const bundleName = options.bundle === 'kit' ? 'plc-kit' : element;
  // The network map lays out in a Worker started from beside its bundle.
  const worker = bundleName === 'plc-kit' || element === 'plc-network-map';
  const needed = [bundleName, 'plc-scorm', ...(worker ? ['layout.worker'] : [])];
  const bundles = new Map();
  const missing = needed.filter((n) => options.rebuild || !distBundle(n));
  if (missing.length) {
    if (!haveSources()) throw new Error(`dist is missing ${missing.join(', ')}.js and there are no sources to build from`);
    for (const [n, bundle] of await buildBundles(missing)) bundles.set(n, bundle);
  }
  for (const n of needed) if (!bundles.has(n)) bundles.set(n, distBundle(n));
  // Every file each bundle can load goes in: its entry and all its chunks (chunks/…, imported from
  // beside the entry), including those loaded only on demand — an LMS serves nothing but the package.
  const code = {};
  for (const bundle of bundles.values()) for (const [file, bytes] of bundle.files) if (!file.endsWith('.map')) code[file] = bytes;

  const attrText = [...attributes].map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeXml(v)}"`)).join('');
  const files = {
    'index.html': strToU8(`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self' https:; base-uri 'none'; form-action 'none'" />
    <title>${escapeXml(title)}</title>
    <link rel="stylesheet" href="plc-scorm.css" />
    <script type="module" src="${bundleName}.js"></script>
    <script type="module" src="plc-scorm.js"></script>
  </head>
  <body>
    <main>
      <plc-provider storage="none" storage-key="scorm">
        <${element}${attrText}></${element}>
      </plc-provider>
      <p id="plc-scorm-status" role="status" aria-live="polite"></p>
    </main>
  </body>
</html>
`),
    'plc-scorm.css': existsSync(join(staticDir, 'scorm.css')) ? new Uint8Array(readFileSync(join(staticDir, 'scorm.css'))) : strToU8('body{margin:0}'),
    ...code,
  };
  const fileList = Object.keys(files);
  files['imsmanifest.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="plc-kit-org">
    <organization identifier="plc-kit-org">
      <title>${escapeXml(title)}</title>
      <item identifier="plc-kit-item" identifierref="plc-kit-sco" isvisible="true">
        <title>${escapeXml(title)}</title>${mastery !== undefined ? `\n        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>` : ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="plc-kit-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList.map((f) => `      <file href="${escapeXml(f)}" />`).join('\n')}
    </resource>
  </resources>
</manifest>
`);
  // A fixed date keeps the zip byte-for-byte the same for the same input.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime }]])), { level: 9 });
  return { zip, files: Object.keys(files), title, identifier };
}
