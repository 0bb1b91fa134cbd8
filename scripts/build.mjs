// `npm run build`: library builds of each package (ESM + .d.ts) and the standalone bundles in
// packages/embed/dist: plc-kit.js (every element, every dependency inlined) and one per element.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { rmSync, mkdirSync, existsSync, readdirSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entries } from '../bench/bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const step = (label) => console.log(`> ${label}`);
const run = (cmd, args) => {
  const status = spawnSync(cmd, args, { stdio: 'inherit', cwd: root }).status;
  if (status !== 0) process.exit(status ?? 1);
};

for (const pkg of ['core', 'elements']) {
  step(`@plc-kit/${pkg}: ESM + .d.ts → packages/${pkg}/dist`);
  rmSync(`${root}packages/${pkg}/dist`, { recursive: true, force: true });
  run('npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
}

step('custom-elements manifest and editor data');
run('npm', ['run', '--silent', 'analyze']);

step('@plc-kit/embed: standalone bundles → packages/embed/dist');
const out = `${root}packages/embed/dist`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const shared = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['source', 'browser', 'production'],
  tsconfig: `${root}tsconfig.json`,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  sourcemap: true,
  logLevel: 'warning',
};
for (const entry of entries()) {
  const outfile = entry.name.endsWith('.js') ? `${out}/${entry.name}` : `${out}/${entry.name}.js`;
  await build({ ...shared, entryPoints: [entry.file], outfile });
}
// Extra entries the embed package owns (the iframe page, the resizer, the LMS bridge) build here too.
const extras = `${root}packages/embed/src/entries`;
if (existsSync(extras)) {
  for (const f of readdirSync(extras).filter((f) => f.endsWith('.ts'))) {
    await build({ ...shared, entryPoints: [`${extras}/${f}`], outfile: `${out}/${f.replace(/\.ts$/, '.js')}` });
  }
}
const statics = `${root}packages/embed/static`;
if (existsSync(statics)) for (const f of readdirSync(statics)) copyFileSync(`${statics}/${f}`, `${out}/${f}`);
console.log('Build complete: packages/*/dist and packages/embed/dist/plc-kit.js');
