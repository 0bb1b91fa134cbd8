// A SCORM package is all an LMS serves, so it must hold every file its bundles can load: each entry's
// static chunks and also the chunks loaded only on demand (a custom framework's parser, another rating
// framework), and imsmanifest.xml must list them all. Run by `npm test` (scripts/test.mjs) with `node --test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unzipSync, strFromU8 } from 'fflate';
import { scormPackage } from '../../packages/embed/lib/scorm-package.mjs';
import { buildBundle } from '../../packages/embed/lib/bundles.mjs';

/** The relative module paths a built file imports, resolved against its own folder (what a browser would fetch). */
function importsOf(path, code) {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  const found = [];
  for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\/[^"']+\.js)["']/g)) found.push(new URL(spec, `http://x/${folder}`).pathname.slice(1));
  return found;
}

for (const [what, options, bundleNames] of [
  ['the radar alone', { element: 'plc-conditions-radar' }, ['plc-conditions-radar', 'plc-scorm']],
  ['the whole kit', { element: 'plc-network-map', bundle: 'kit' }, ['plc-kit', 'plc-scorm', 'layout.worker']],
]) {
  test(`a package of ${what} holds every chunk its bundles can import, and its manifest lists each file`, async () => {
    const pkg = await scormPackage({ ...options, rebuild: true });
    const files = unzipSync(pkg.zip);
    const names = Object.keys(files);

    const expected = new Set(['index.html', 'plc-scorm.css', 'imsmanifest.xml']);
    for (const name of bundleNames) {
      const bundle = await buildBundle(name);
      expected.add(bundle.entry);
      for (const file of [...bundle.initial, ...bundle.lazy.map((l) => l.file)]) expected.add(file);
    }
    assert.deepEqual(new Set(names), expected);
    assert.ok(names.some((n) => n.startsWith('chunks/')), `the bundles have chunks: ${names.join(', ')}`);

    // Every relative import in every script resolves to a file in the package (what the browser will
    // ask for), and every chunk is imported by some script in it (nothing shipped that nothing loads).
    const imported = new Set();
    for (const name of names.filter((n) => n.endsWith('.js'))) {
      for (const target of importsOf(name, strFromU8(files[name]))) {
        assert.ok(files[target], `${name} imports ${target}, which is not in the package`);
        imported.add(target);
      }
    }
    for (const chunk of names.filter((n) => n.startsWith('chunks/'))) assert.ok(imported.has(chunk), `${chunk} is imported by a script in the package`);

    const manifest = strFromU8(files['imsmanifest.xml']);
    const listed = [...manifest.matchAll(/<file href="([^"]+)" \/>/g)].map((m) => m[1]);
    assert.deepEqual(new Set(listed), new Set(names.filter((n) => n !== 'imsmanifest.xml')));
  });
}
