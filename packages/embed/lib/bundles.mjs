// The embed package's browser bundles, built in memory with esbuild from the sources (in the
// repository) — for scripts/build.mjs, the bench, the test servers and `plc-kit scorm` when
// packages/embed/dist is missing. One set of options for all of them, so what is tested and measured
// is what ships.
//
// A bundle is its entry file (`plc-checklist.js`) plus chunks in `chunks/`: each `import()` in the
// sources becomes a chunk fetched only when that code runs, and code shared by the entry and such a
// chunk becomes a chunk the entry imports statically. Chunks are imported as `./chunks/<name>-<hash>.js`
// from the entry, so they must be served from beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { chartjsPureReads } from './chartjs-pure.mjs';

export const embedRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(embedRoot, '..', '..');
export const distDir = join(embedRoot, 'dist');
export const staticDir = join(embedRoot, 'static');
export const CHUNKS = 'chunks';

/**
 * Bundles that must stay one self-contained file: the layout Worker (started from a URL beside the
 * bundle), the resizer (documented to work as a classic `<script>`, which cannot import), and the
 * framework list (Node imports it from a data: URL, which cannot resolve a relative chunk).
 */
export const SINGLE_FILE = new Set(['layout.worker', 'plc-resizer', 'plc-frameworks']);

/** Whether the sources are here (a checkout of the repository) rather than only the published dist. */
export function haveSources() {
  return existsSync(join(embedRoot, 'src', 'plc-kit.ts')) && existsSync(join(repoRoot, 'packages', 'elements', 'src'));
}

/** Every bundle the package builds: name (without .js) → entry file. */
export function bundleEntries() {
  const entries = new Map();
  const elements = join(repoRoot, 'packages', 'elements', 'src');
  if (existsSync(elements)) {
    for (const d of readdirSync(elements, { withFileTypes: true })) {
      if (d.isDirectory() && d.name !== 'base' && existsSync(join(elements, d.name, 'define.ts'))) {
        entries.set(`plc-${d.name}`, join(elements, d.name, 'define.ts'));
      }
    }
  }
  entries.set('plc-kit', join(embedRoot, 'src', 'plc-kit.ts'));
  const extras = join(embedRoot, 'src', 'entries');
  if (existsSync(extras)) {
    for (const f of readdirSync(extras).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))) entries.set(f.replace(/\.ts$/, ''), join(extras, f));
  }
  return entries;
}

/**
 * esbuild options for one bundle, built in memory (`write: false`) as if into dist/. Pass the entry
 * as `entryPoints: { [name]: file }` so the entry file keeps the bundle's name; read the result
 * with `bundleOutputs`.
 */
export function esbuildOptions({ minify = true, splitting = true, sourcemap = false, logLevel = 'silent' } = {}) {
  return {
    bundle: true,
    minify,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    logLevel,
    write: false,
    metafile: true,
    sourcemap,
    splitting,
    absWorkingDir: repoRoot,
    outdir: distDir,
    entryNames: '[name]',
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    plugins: [chartjsPureReads],
  };
}

const posix = (path) => path.split(sep).join('/');

/** A person's name for what a chunk holds: the module an `import()` asked for, or its largest inputs. */
function describe(output) {
  const short = (input) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
    if (pkg) return pkg[1];
    return input.replace(/^.*?packages\/([^/]+)\/src\//, '$1/').replace(/\.[cm]?[jt]s$/, '');
  };
  if (output.entryPoint) return short(output.entryPoint);
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) sizes.set(short(input), (sizes.get(short(input)) ?? 0) + bytesInOutput);
  const top = [...sizes].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
  if (!top.length) return 'shared: esbuild helpers';
  return `shared: ${top.slice(0, 2).map(([name]) => name).join(', ')}${top.length > 2 ? ` +${top.length - 2} more` : ''}`;
}

/**
 * What one esbuild result (of `esbuildOptions`, one entry) ships as bundle `name`:
 *   files    path relative to dist → bytes: the entry, every chunk it can reach, and their source maps
 *   initial  the entry and every chunk it reaches by static `import`, entry first (what a page downloads)
 *   lazy     [{ file, label }]: the chunks reached only through an `import()` (downloaded when used)
 * Chunks nothing reaches (esbuild emits one for every `import()` in the graph, even in code that was
 * tree-shaken away) are left out.
 */
export function bundleOutputs(name, result) {
  const outputs = result.metafile.outputs;
  const rel = (path) => posix(relative(distDir, join(repoRoot, path)));
  const byRel = new Map(Object.keys(outputs).map((path) => [rel(path), outputs[path]]));
  const entry = `${name}.js`;
  if (!byRel.has(entry)) throw new Error(`esbuild produced no ${entry} (outputs: ${[...byRel.keys()].join(', ')})`);
  const initial = [];
  const reached = new Set();
  const visit = (file, kinds, into) => {
    if (reached.has(file)) return;
    reached.add(file);
    into?.push(file);
    for (const imported of byRel.get(file).imports) {
      if (imported.external || !kinds.includes(imported.kind)) continue;
      visit(rel(imported.path), kinds, into);
    }
  };
  visit(entry, ['import-statement'], initial);
  const eager = new Set(initial);
  reached.clear();
  visit(entry, ['import-statement', 'dynamic-import']);
  const lazy = [...reached].filter((file) => !eager.has(file)).map((file) => ({ file, label: describe(byRel.get(file)) }));
  const keep = new Set([...reached].flatMap((file) => [file, `${file}.map`]));
  const files = new Map();
  for (const out of result.outputFiles) {
    const file = posix(relative(distDir, out.path));
    if (keep.has(file)) files.set(file, out.contents);
  }
  for (const file of reached) {
    if (file === entry) continue;
    // A chunk's import.meta.url is the chunks/ folder, not dist/: a `new URL('./x.js', import.meta.url)`
    // moved into a chunk would point at a file that is not there.
    if (Buffer.from(files.get(file)).includes('import.meta')) {
      throw new Error(`${name}: chunk ${file} uses import.meta, which would resolve against ${CHUNKS}/ instead of the bundle's folder; keep that code in the entry`);
    }
  }
  return { name, entry, files, initial, lazy };
}

/** Builds bundle `name` in memory with its chunks (see `bundleOutputs`). */
export async function buildBundle(name, { file = bundleEntries().get(name), minify = true, sourcemap = false, logLevel } = {}) {
  if (!file) throw new Error(`no bundle called ${name} (known: ${[...bundleEntries().keys()].join(', ')})`);
  const { build } = await import('esbuild');
  const result = await build({ ...esbuildOptions({ minify, sourcemap, logLevel, splitting: !SINGLE_FILE.has(name) }), entryPoints: { [name]: file } });
  return bundleOutputs(name, result);
}

/** Builds the named bundles in memory: name → bundle (see `bundleOutputs`). */
export async function buildBundles(names, options) {
  const out = new Map();
  for (const name of names) out.set(name, await buildBundle(name, options));
  return out;
}

/**
 * Bundle `name` as built into dist (entry and every chunk it can import), or undefined. The chunks are
 * found from the entry's own import specifiers, which esbuild writes as plain "./chunks/…" strings.
 */
export function distBundle(name) {
  const entry = `${name}.js`;
  if (!existsSync(join(distDir, entry))) return undefined;
  const files = new Map();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop();
    if (files.has(file)) continue;
    const bytes = new Uint8Array(readFileSync(join(distDir, file)));
    files.set(file, bytes);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const specifier = folder ? /["'`]\.\/([\w$.-]+\.js)["'`]/g : new RegExp(`["'\`]\\./(${CHUNKS}/[\\w$.-]+\\.js)["'\`]`, 'g');
    for (const [, path] of Buffer.from(bytes).toString('utf8').matchAll(specifier)) {
      const target = `${folder}${path}`;
      if (target.startsWith(`${CHUNKS}/`) && existsSync(join(distDir, target))) pending.push(target);
    }
  }
  return { name, entry, files, initial: undefined, lazy: undefined };
}

/** The built-in frameworks (id → kind and title), from the core sources or the built plc-frameworks.js. */
export async function frameworkCatalog({ rebuild = false } = {}) {
  let built = rebuild ? undefined : distBundle('plc-frameworks');
  if (!built && haveSources()) built = await buildBundle('plc-frameworks');
  if (!built) throw new Error('plc-frameworks.js is missing from dist and there are no sources to build it from');
  const code = Buffer.from(built.files.get(built.entry)).toString('utf8');
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.frameworks;
}
