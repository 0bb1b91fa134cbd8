// The embed package's browser bundles, built in memory with esbuild from the sources (in the
// repository) — for the test server and for `plc-kit scorm` when packages/embed/dist is missing.
// The options match scripts/build.mjs, so what is tested is what ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const embedRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = join(embedRoot, '..', '..');
export const distDir = join(embedRoot, 'dist');
export const staticDir = join(embedRoot, 'static');

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

export function esbuildOptions({ minify = true } = {}) {
  return {
    bundle: true,
    minify,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    tsconfig: join(repoRoot, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    logLevel: 'silent',
    write: false,
  };
}

/** Builds the named bundles in memory: name → bytes. */
export async function buildBundles(names) {
  const { build } = await import('esbuild');
  const entries = bundleEntries();
  const out = new Map();
  for (const name of names) {
    const file = entries.get(name);
    if (!file) throw new Error(`no bundle called ${name} (known: ${[...entries.keys()].join(', ')})`);
    const result = await build({ ...esbuildOptions(), entryPoints: [file], outfile: `${name}.js` });
    out.set(name, result.outputFiles[0].contents);
  }
  return out;
}

/** Reads a bundle from dist, or undefined. */
export function distBundle(name) {
  const file = join(distDir, `${name}.js`);
  return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
}

/** The built-in frameworks (id → kind and title), from the core sources or the built plc-frameworks.js. */
export async function frameworkCatalog({ rebuild = false } = {}) {
  let code;
  const built = distBundle('plc-frameworks');
  if (built && !rebuild) code = Buffer.from(built).toString('utf8');
  else if (haveSources()) code = Buffer.from((await buildBundles(['plc-frameworks'])).get('plc-frameworks')).toString('utf8');
  else throw new Error('plc-frameworks.js is missing from dist and there are no sources to build it from');
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.frameworks;
}
