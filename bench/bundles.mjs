// Bundle size (min+gzip) of every element's define entry and of the whole kit, each with all its dependencies.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function entries() {
  const dir = `${root}packages/elements/src`;
  const list = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'base' && existsSync(`${dir}/${d.name}/define.ts`))
    .map((d) => ({ name: `plc-${d.name}`, file: `${dir}/${d.name}/define.ts` }));
  list.push({ name: 'plc-kit.js', file: `${root}packages/embed/src/plc-kit.ts` });
  return list;
}

export async function bundleSize(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['source', 'browser', 'production'],
    tsconfig: `${root}tsconfig.json`,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles.map((f) => f.contents);
  const bytes = Buffer.concat(code.map((c) => Buffer.from(c)));
  return { min: bytes.length / 1024, gzip: gzipSync(bytes, { level: 9 }).length / 1024, metafile: result.metafile };
}
