// Dev-server routes for the security tests (web-test-runner middleware; Node side). The test runner's
// own page cannot carry a strict Content-Security-Policy (it runs inline scripts), so the tests open
// these pages in an iframe:
//   /__sec/csp/<file>    served WITH `Content-Security-Policy: default-src 'self'; script-src 'self';
//                        style-src 'self'; img-src 'self' data: blob:` (no unsafe-inline, no unsafe-eval)
//   /__sec/open/<file>   the same files with no policy at all (and embed.html's own <meta> policy
//                        removed), so a hostile-input test proves the kit's escaping, not the CSP, stops
//                        a payload
// where <file> is
//   page.html            an empty page that loads probe.js (it counts `securitypolicyviolation` events
//                        and errors) and then the bundles named in `?bundles=` (default plc-kit);
//                        `?canary` adds an inline script, an inline style and a style attribute that a
//                        working policy must refuse (proof that the policy is really in force)
//   <bundle>.js          a production bundle of packages/embed (plc-kit, plc-checklist, …, plc-embed),
//                        built in memory with the embed package's own esbuild options (what ships)
//   chunks/<chunk>.js    the chunks those bundles import (from ./chunks/, as in packages/embed/dist)
//   embed.html, embed.css, …  packages/embed/static
//   probe.js, …          test/security/pages; <name>.js for test/security/pages/<name>.ts is built like a bundle
//   /__sec/elements      { elements: [tag, …] }: the elements whose define.ts exists right now, so the
//                        tests cover every element that has landed, and each new one automatically
//   /__sec/bundle/<bundle>.json  { entry, initial: [file, …], lazy: [{ file, label }, …] }: which of a
//                        bundle's files load up front and which only on demand (as the bench counts them)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');
const pagesDir = join(here, 'pages');
const elementsDir = join(root, 'packages', 'elements', 'src');

/** The policy of issue #10, word for word. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:";

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export function elementTags() {
  return readdirSync(elementsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['base', 'provider'].includes(d.name) && existsSync(join(elementsDir, d.name, 'define.ts')))
    .map((d) => `plc-${d.name}`)
    .sort();
}

// Bundles are built once per test run (the runner does not watch) and shared by both browsers. A
// bundle's chunks (imported by its entry from ./chunks/) are kept here as each bundle is built.
const built = new Map();
const chunks = new Map();
const layouts = new Map();
function bundle(name) {
  let pending = built.get(name);
  if (!pending) {
    pending = (async () => {
      const { bundleEntries, buildBundle } = await import('../../packages/embed/lib/bundles.mjs');
      // A test page's own script (test/security/pages/<name>.ts), or one of the embed package's bundles.
      const own = join(pagesDir, `${name}.ts`);
      const file = existsSync(own) ? own : bundleEntries().get(name);
      if (!file) return undefined;
      const result = await buildBundle(name, { file });
      for (const [path, bytes] of result.files) if (path !== result.entry) chunks.set(path, bytes);
      layouts.set(name, { entry: result.entry, initial: result.initial, lazy: result.lazy });
      return result.files.get(result.entry);
    })();
    built.set(name, pending);
    pending.catch(() => built.delete(name));
  }
  return pending;
}

function page(url) {
  const names = (url.searchParams.get('bundles') ?? 'plc-kit')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => /^[a-z][a-z0-9-]*$/.test(n));
  const canary = url.searchParams.has('canary')
    ? `<script>window.__inlineScriptRan = true;</script>
    <style>#canary { color: rgb(255, 0, 0); }</style>
    <p id="canary" style="font-weight: 900">canary</p>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>PLC Kit under a strict CSP</title>
    <script src="probe.js"></script>
    ${names.map((n) => `<script type="module" src="${n}.js"></script>`).join('\n    ')}
  </head>
  <body>
    ${canary}
    <main id="host"></main>
  </body>
</html>`;
}

async function respond(req, res) {
  const url = new URL(req.url, 'http://x');
  const path = decodeURIComponent(url.pathname);
  if (path === '/__sec/elements') return send(res, 200, TYPES['.json'], JSON.stringify({ elements: elementTags() }));
  const layout = /^\/__sec\/bundle\/([a-z][a-z0-9.-]*)\.json$/.exec(path);
  if (layout) {
    if (!(await bundle(layout[1]))) return send(res, 404, 'text/plain', `no bundle ${layout[1]}`);
    return send(res, 200, TYPES['.json'], JSON.stringify(layouts.get(layout[1])));
  }
  const m = /^\/__sec\/(csp|open)\/(.+)$/.exec(path);
  if (!m) return send(res, 404, 'text/plain', 'no such route');
  const [, mode, name] = m;
  const headers = mode === 'csp' ? { 'content-security-policy': STRICT_CSP } : {};
  if (name === 'page.html') return send(res, 200, TYPES['.html'], page(url), headers);
  if (chunks.has(name)) return send(res, 200, TYPES['.js'], chunks.get(name), headers);
  if (name.endsWith('.js') && !existsSync(join(pagesDir, name))) {
    const code = await bundle(name.slice(0, -3));
    if (code) return send(res, 200, TYPES['.js'], code, headers);
  }
  const { staticDir } = await import('../../packages/embed/lib/bundles.mjs');
  for (const dir of [pagesDir, staticDir]) {
    const file = normalize(join(dir, name));
    if (!file.startsWith(dir) || !existsSync(file)) continue;
    let body = readFileSync(file);
    if (extname(file) === '.html') {
      // The probe goes first, so every violation and error of the page is counted.
      let html = body.toString('utf8').replace(/<head>/i, '<head>\n    <script src="probe.js"></script>');
      // The open variant tests the kit's own escaping: take away embed.html's <meta> policy too.
      if (mode === 'open') html = html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, '');
      body = html;
    }
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, headers);
  }
  send(res, 404, 'text/plain', `no ${name}`);
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** Koa middleware for web-test-runner's dev server. */
export async function securityMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__sec/')) return next();
  ctx.status = 200; // Koa's default 404 would be reported as a failed request.
  ctx.respond = false;
  try {
    await respond(ctx.req, ctx.res);
  } catch (error) {
    if (!ctx.res.headersSent) send(ctx.res, 500, 'text/plain', String(error?.stack ?? error));
  }
}
