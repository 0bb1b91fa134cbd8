// `npm run build`: library builds of each package (ESM + .d.ts) and the standalone bundles in
// packages/embed/dist: plc-kit.js (every element) and one per element, each with the chunks it loads
// on demand in dist/chunks/ (the folder is deployed as a whole).
import { spawnSync } from 'node:child_process';
import { rmSync, mkdirSync, existsSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleEntries, buildBundle, CHUNKS } from '../packages/embed/lib/bundles.mjs';

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

step('@plc-kit/embed: standalone bundles → packages/embed/dist (chunks loaded on demand in dist/chunks)');
const out = `${root}packages/embed/dist`;
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/${CHUNKS}`, { recursive: true });
// Each bundle builds on its own (packages/embed/lib/bundles.mjs, the options the tests and the bench use),
// so its chunks are only what its `import()`s load and the code those share with its entry — never
// another bundle's code. Chunk names carry a hash of their content: two bundles that need the same
// chunk share one file.
const written = new Map();
for (const name of bundleEntries().keys()) {
  const bundle = await buildBundle(name, { sourcemap: true, logLevel: 'warning' });
  for (const [file, bytes] of bundle.files) {
    const before = written.get(file);
    if (before && !(file.endsWith('.map') || Buffer.from(before).equals(Buffer.from(bytes)))) {
      throw new Error(`${file} is written by ${bundle.name} and by another bundle with different content`);
    }
    written.set(file, bytes);
    writeFileSync(`${out}/${file}`, bytes);
  }
}
const statics = `${root}packages/embed/static`;
if (existsSync(statics)) for (const f of readdirSync(statics)) copyFileSync(`${statics}/${f}`, `${out}/${f}`);
const chunks = readdirSync(`${out}/${CHUNKS}`).filter((f) => f.endsWith('.js'));
console.log(`Build complete: packages/*/dist and packages/embed/dist (plc-kit.js, one bundle per element, ${chunks.length} chunks in dist/${CHUNKS}/)`);
