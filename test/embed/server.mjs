// Dev-server routes for the embed tests (web-test-runner middleware; Node side):
//   /__embed/<name>.js   a bundle of packages/embed, built in memory by esbuild on request (so `npm
//                        test` needs no prior build), and /__embed/chunks/<chunk>.js the chunks it
//                        imports; /__embed/<file> a file from packages/embed/static
//   /__embed/info        { otherOrigin }: a second server on 127.0.0.1 serving the same routes, so
//                        tests can put a frame on another origin
//   /__lrs/<ns>/xapi/    a learning record store's statement resource that checks each statement
//                        against the xAPI 1.0.3 statement schema (xapi-statement.schema.json), with
//                        /__lrs/<ns>/control to fail, drop or recover, and /__lrs/<ns>/log to inspect
//   /__scorm/build?…     runs `plc-kit scorm …` (the real CLI) and serves the unzipped package at /__scorm/<id>/
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import { bundleEntries, bundleOutputs, esbuildOptions, SINGLE_FILE, staticDir, embedRoot } from '../../packages/embed/lib/bundles.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.xml': 'application/xml', '.map': 'application/json' };

// ---------------------------------------------------------------- bundles
// Each bundle is rebuilt on request (an esbuild context per bundle), as `npm run build` builds it:
// the entry file plus its chunks, which the entry imports from ./chunks/ and which are served from
// the chunks that every build so far produced (their names carry a hash of their content).
const contexts = new Map();
const chunks = new Map();
async function bundle(name) {
  const entries = bundleEntries();
  const file = entries.get(name);
  if (!file) return undefined;
  let ctx = contexts.get(name);
  if (!ctx) {
    const { context } = await import('esbuild');
    ctx = await context({ ...esbuildOptions({ splitting: !SINGLE_FILE.has(name) }), entryPoints: { [name]: file } });
    contexts.set(name, ctx);
  }
  const built = bundleOutputs(name, await ctx.rebuild());
  for (const [path, bytes] of built.files) if (path !== built.entry) chunks.set(path, bytes);
  return built.files.get(built.entry);
}

const cspReports = [];
async function serveEmbed(req, path, res) {
  const name = path.replace(/^\/__embed\//, '');
  if (name === 'csp-report') {
    cspReports.push(JSON.parse((await readBody(req)) || '{}')['csp-report'] ?? {});
    return send(res, 204, 'text/plain', '');
  }
  if (name === 'info') {
    const bundles = [...bundleEntries().keys()].filter((n) => n.startsWith('plc-') && existsSync(join(embedRoot, '..', 'elements', 'src', n.slice(4), 'define.ts')) && n !== 'plc-provider');
    return json(res, 200, { otherOrigin: await otherOrigin(), elements: bundles });
  }
  if (chunks.has(name)) return send(res, 200, TYPES['.js'], chunks.get(name));
  if (name.endsWith('.js')) {
    const code = await bundle(name.slice(0, -3)).catch((error) => {
      send(res, 500, 'text/plain', String(error?.stack ?? error));
      return null;
    });
    if (code === null) return;
    if (code) return send(res, 200, TYPES['.js'], code);
  }
  if (name === 'csp-reports') return json(res, 200, cspReports);
  const file = normalize(join(staticDir, name));
  if (file.startsWith(staticDir) && existsSync(file)) {
    const body = readFileSync(file);
    if (name.endsWith('.html')) {
      // The page's own <meta> policy again as a header, with a report address, so tests see any violation.
      const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(body.toString('utf8'))?.[1];
      if (policy) {
        res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', 'content-security-policy': `${policy}; report-uri /__embed/csp-report` });
        return res.end(body);
      }
    }
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
  }
  send(res, 404, 'text/plain', `no ${name}`);
}

// ---------------------------------------------------------------- LRS
const ajv = new Ajv({ $data: true, allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(here, 'xapi-statement.schema.json'), 'utf8')));
const stores = new Map();
function lrs(ns) {
  let s = stores.get(ns);
  if (!s) stores.set(ns, (s = { statements: new Map(), attempts: [], rejected: [], fail: 0, failStatus: 503, down: false, auth: 'Basic dGVzdDp0ZXN0' }));
  return s;
}

async function serveLrs(req, res, path, url) {
  const m = /^\/__lrs\/([\w-]+)\/(.*)$/.exec(path);
  if (!m) return send(res, 404, 'text/plain', 'no store');
  const [, ns, rest] = m;
  const store = lrs(ns);
  if (rest === 'control' && req.method === 'POST') {
    const body = JSON.parse((await readBody(req)) || '{}');
    if (body.reset) stores.delete(ns);
    const s = lrs(ns);
    if (typeof body.fail === 'number') s.fail = body.fail;
    if (typeof body.status === 'number') s.failStatus = body.status;
    if (typeof body.down === 'boolean') s.down = body.down;
    if (typeof body.auth === 'string') s.auth = body.auth;
    return json(res, 200, { ok: true });
  }
  if (rest === 'log') {
    return json(res, 200, { statements: [...store.statements.values()], attempts: store.attempts, rejected: store.rejected });
  }
  if (rest !== 'xapi/statements') return send(res, 404, 'text/plain', 'unknown resource');
  if (req.method === 'OPTIONS') return send(res, 204, 'text/plain', '');
  if (req.method === 'GET') {
    const id = url.searchParams.get('statementId');
    if (id) return store.statements.has(id) ? json(res, 200, store.statements.get(id)) : send(res, 404, 'text/plain', 'no such statement');
    return json(res, 200, { statements: [...store.statements.values()], more: '' });
  }
  if (req.method !== 'POST' && req.method !== 'PUT') return send(res, 405, 'text/plain', 'method not allowed');
  const text = await readBody(req);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const list = Array.isArray(parsed) ? parsed : parsed === undefined ? [] : [parsed];
  const ids = list.map((s) => s?.id);
  const attempt = { method: req.method, ids, status: 0, at: Date.now() };
  store.attempts.push(attempt);
  if (store.down) {
    attempt.status = 'dropped';
    req.socket.destroy(); // As if the network went away: the browser sees a failed fetch.
    return;
  }
  if (store.fail > 0) {
    store.fail--;
    attempt.status = store.failStatus;
    return send(res, store.failStatus, 'text/plain', 'the store is having a bad day');
  }
  const version = req.headers['x-experience-api-version'];
  if (!version || !/^1\.0(\.\d+)?$/.test(String(version))) return reject(res, store, attempt, 400, [`X-Experience-API-Version header missing or not 1.0.x: ${version}`], parsed);
  if (req.headers.authorization !== store.auth) return reject(res, store, attempt, 401, [`Authorization is ${req.headers.authorization ?? 'missing'}`], parsed);
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return reject(res, store, attempt, 400, ['Content-Type must be application/json'], parsed);
  if (!list.length) return reject(res, store, attempt, 400, ['no statement in the body'], text);
  const problems = [];
  list.forEach((statement, i) => {
    if (!validate(statement)) for (const e of validate.errors) problems.push(`statement ${i}${e.instancePath} ${e.message}`);
  });
  if (new Set(ids.filter(Boolean)).size !== ids.filter(Boolean).length) problems.push('two statements in one batch share an id');
  if (problems.length) return reject(res, store, attempt, 400, problems, parsed);
  // Same id again: nothing changes (xAPI 2.2: "MUST NOT make any modifications"); different content → 409.
  for (const statement of list) {
    const existing = statement.id && store.statements.get(statement.id);
    if (existing && JSON.stringify(existing.statement) !== JSON.stringify(statement)) {
      attempt.status = 409;
      return send(res, 409, 'text/plain', `statement ${statement.id} exists with other content`);
    }
  }
  const stored = list.map((statement) => {
    const id = statement.id ?? crypto.randomUUID();
    if (!store.statements.has(id)) store.statements.set(id, { statement: { ...statement, id }, stored: new Date().toISOString(), headers: { version, auth: req.headers.authorization } });
    return id;
  });
  attempt.status = req.method === 'PUT' ? 204 : 200;
  return req.method === 'PUT' ? send(res, 204, 'text/plain', '') : json(res, 200, stored);
}

function reject(res, store, attempt, status, problems, statement) {
  attempt.status = status;
  store.rejected.push({ status, problems, statement });
  json(res, status, { problems });
}

// ---------------------------------------------------------------- SCORM packages from the real CLI
const packages = new Map();
async function serveScorm(req, res, path, url) {
  if (path === '/__scorm/build') {
    const args = JSON.parse(url.searchParams.get('args') ?? '[]');
    const dir = mkdtempSync(join(tmpdir(), 'plc-scorm-'));
    const out = join(dir, 'package.zip');
    const result = await run(process.execPath, [join(embedRoot, 'bin', 'plc-kit.mjs'), 'scorm', ...args, '--out', out, '--rebuild']);
    if (result.code !== 0) {
      rmSync(dir, { recursive: true, force: true });
      return json(res, 422, { code: result.code, stdout: result.stdout, stderr: result.stderr });
    }
    const zip = readFileSync(out);
    rmSync(dir, { recursive: true, force: true });
    const files = unzipSync(new Uint8Array(zip));
    const id = `p${packages.size + 1}`;
    packages.set(id, files);
    return json(res, 200, { id, files: Object.keys(files), bytes: zip.length, stdout: result.stdout });
  }
  const m = /^\/__scorm\/(p\d+)\/(.+)$/.exec(path);
  const files = m && packages.get(m[1]);
  const file = files?.[m[2]];
  if (!file) return send(res, 404, 'text/plain', 'not in the package');
  send(res, 200, TYPES[extname(m[2])] ?? 'application/octet-stream', file);
}

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: join(embedRoot, '..', '..') });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// ---------------------------------------------------------------- plumbing
function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
function json(res, status, value) {
  send(res, status, 'application/json', JSON.stringify(value));
}

/** Handles a request if it is one of ours; returns false otherwise. */
export async function handle(req, res) {
  const url = new URL(req.url, 'http://x');
  const path = decodeURIComponent(url.pathname);
  if (path.startsWith('/__embed/')) await serveEmbed(req, path, res);
  else if (path.startsWith('/__lrs/')) await serveLrs(req, res, path, url);
  else if (path.startsWith('/__scorm/')) await serveScorm(req, res, path, url);
  else return false;
  return true;
}

let other;
/** A second server on 127.0.0.1 (another origin than the test page's localhost), serving the same routes and the test pages. */
function otherOrigin() {
  other ??= new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      try {
        if (await handle(req, res)) return;
        const path = normalize(join(here, '..', '..', decodeURIComponent(new URL(req.url, 'http://x').pathname)));
        if (path.startsWith(join(here, 'pages')) && existsSync(path)) return send(res, 200, TYPES[extname(path)] ?? 'text/plain', readFileSync(path));
        send(res, 404, 'text/plain', 'not here');
      } catch (error) {
        send(res, 500, 'text/plain', String(error));
      }
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${server.address().port}`);
    });
  });
  return other;
}

/** Koa middleware for web-test-runner's dev server. */
export async function embedMiddleware(ctx, next) {
  if (!/^\/__(embed|lrs|scorm)\//.test(ctx.path)) return next();
  ctx.status = 200; // Koa's default 404 would be reported as a failed request.
  ctx.respond = false;
  try {
    await handle(ctx.req, ctx.res);
  } catch (error) {
    if (!ctx.res.headersSent) send(ctx.res, 500, 'text/plain', String(error?.stack ?? error));
  }
}
