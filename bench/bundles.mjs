// Bundle size (min+gzip) of every element's define entry and of the whole kit, built exactly as
// `npm run build` ships them (packages/embed/lib/bundles.mjs): the entry file plus its chunks.
//   initial  the entry file and every chunk it reaches by static `import` (recursively): what a page
//            downloads before the element can show anything
//   lazy     every other chunk the bundle can reach through `import()`, downloaded only when a page
//            uses that part (a custom framework, another rating framework, a CSV import)
// Each file is gzipped on its own (level 9) and the sizes are summed: files travel separately.
// test/security/lazy-chunks.test.ts proves that default use of each budgeted bundle fetches no lazy chunk.
// A bundle that always starts a Worker in default use (the map lays out in layout.worker.js) counts
// the worker's file in its initial download too: the page fetches it as soon as a map is shown.
import { gzipSync } from 'node:zlib';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../packages/embed/lib/bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export function entries() {
  const dir = `${root}packages/elements/src`;
  const list = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'base' && existsSync(`${dir}/${d.name}/define.ts`))
    .map((d) => ({ name: `plc-${d.name}`, file: `${dir}/${d.name}/define.ts` }));
  list.push({ name: 'plc-kit.js', file: `${root}packages/embed/src/plc-kit.ts` });
  return list;
}

const kB = (bytes) => bytes / 1024;

/** Other bundles a bundle's default use fetches (by `new Worker(new URL(…))`), counted as initial. */
export const fetchedInDefaultUse = {
  'plc-network-map': ['layout.worker'],
  'plc-kit': ['layout.worker'],
};

/**
 * @returns {Promise<{ initial: { min: number, gzip: number, files: string[] },
 *   lazy: { file: string, label: string, min: number, gzip: number }[],
 *   total: { min: number, gzip: number } }>} sizes in kB
 */
export async function bundleSize(file, name = file.replace(/^.*\//, '').replace(/\.[jt]s$/, '')) {
  const bundle = await buildBundle(name.replace(/\.js$/, ''), { file });
  const size = (path) => {
    const bytes = bundle.files.get(path);
    return { min: kB(bytes.length), gzip: kB(gzipSync(bytes, { level: 9 }).length) };
  };
  const initial = { min: 0, gzip: 0, files: bundle.initial };
  for (const path of bundle.initial) {
    const s = size(path);
    initial.min += s.min;
    initial.gzip += s.gzip;
  }
  for (const extra of fetchedInDefaultUse[name.replace(/\.js$/, '')] ?? []) {
    const worker = await buildBundle(extra);
    for (const path of worker.initial) {
      const bytes = worker.files.get(path);
      initial.min += kB(bytes.length);
      initial.gzip += kB(gzipSync(bytes, { level: 9 }).length);
      initial.files = [...initial.files, path];
    }
  }
  const lazy = bundle.lazy.map(({ file: path, label }) => ({ file: path, label, ...size(path) }));
  const total = { min: initial.min + lazy.reduce((n, l) => n + l.min, 0), gzip: initial.gzip + lazy.reduce((n, l) => n + l.gzip, 0) };
  return { initial, lazy, total };
}
