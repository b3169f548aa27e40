// Shared by the benchmark scripts: the built API as a child process (embedded PostgreSQL in a
// temporary folder unless DATABASE_URL is set), its GraphQL endpoint, and /proc readings.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const API_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
/** Node options the API runs with, as `npm start` and the image start it (e2e/compose-schema.e2e.ts holds them equal). */
export const API_NODE_OPTIONS = ['--max-semi-space-size=8', '--expose-gc'];
export const DEMO_USERS = ['beleid@ez.example', 'beleid@defensie.example', 'analist@nmo.example', 'keten@werf.example', 'inkoop@radar.example', 'verkoop@magneet.example'];
export const DEMO_ROADMAP = 'Routekaart Militaire schepen 2026';

export const log = (message) => console.error(`[bench] ${message}`);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function newestMtime(dirs) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

const LIB_SOURCES = ['libs/domain/src', 'libs/access/src', 'libs/db/src'];

export function ensureApiBuild() {
  const sources = ['apps/api/src', ...LIB_SOURCES].map((d) => join(ROOT, d));
  if (existsSync(API_MAIN) && statSync(API_MAIN).mtimeMs >= newestMtime(sources)) return;
  log('building the API (npm run build -w @routekaart/api)…');
  execFileSync('npm', ['run', 'build', '--silent', '-w', '@routekaart/api'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The web app the API serves (apps/web/build), rebuilt when its sources are newer. */
export function ensureWebBuild() {
  const index = join(ROOT, 'apps/web/build/index.html');
  const sources = ['apps/web/src', 'apps/web/static', ...LIB_SOURCES].map((d) => join(ROOT, d));
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) return;
  log('building the web app (vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: join(ROOT, 'apps/web'), stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
}

/** Starts a child process and waits until its output matches `ready`. */
export async function startProcess(args, env, ready, timeoutMs = 90_000) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exit = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = ready.exec(out);
    if (match) return { child, match, exit, output: () => out };
    if (child.exitCode !== null || Date.now() > deadline) throw Object.assign(new Error(`process did not start:\n${out}`), { exitCode: child.exitCode });
    await sleep(50);
  }
}

export async function stopProcess(p) {
  if (p.child.exitCode === null) p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 20_000);
  await p.exit;
  clearTimeout(timer);
}

/** The process and its descendants (e.g. the embedded PostgreSQL and its backends). */
function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const all = [];
  const walk = (p) => {
    for (const child of children.get(p) ?? []) {
      all.push(child);
      walk(child);
    }
  };
  walk(pid);
  return all;
}

/** CPU seconds of the processes below `pid` (the embedded PostgreSQL; 0 with DATABASE_URL). */
export function descendantCpu(pid) {
  return descendants(pid).reduce((sum, p) => sum + processUsage(p).cpuSeconds, 0);
}

/** Resident memory (MiB) and CPU seconds of a process, from /proc. */
export function processUsage(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(stat[11]) + Number(stat[12]);
    return { rssMiB: rssKb / 1024, cpuSeconds: ticks / 100 };
  } catch {
    return { rssMiB: 0, cpuSeconds: 0 };
  }
}

/**
 * CPU seconds used so far by this machine's PostgreSQL processes (see `databaseCpuSeconds` in
 * apps/api/src/bench/bench-database.ts, which the analysis benchmark uses too; built with the API).
 */
export function databaseCpuSeconds() {
  return createRequire(import.meta.url)(join(ROOT, 'dist/api/apps/api/src/bench/bench-database.js')).databaseCpuSeconds();
}

export async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export const login = async (url, email, password = 'routekaart') =>
  (await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password })).login.token;

/**
 * The built API on a free loopback port, with the demo data, in development mode unless `production`
 * (log in with `password`). Its own embedded PostgreSQL in a temporary folder, or a database of its
 * own on DATABASE_URL's server. `stop()` ends it and removes the folder or the database.
 */
export async function startApi({ production = false } = {}) {
  ensureApiBuild();
  const env = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  // HEAP_KEEPER_MB=0 compares the server without its own full collections (README, "Memory").
  if (process.env.HEAP_KEEPER_MB !== undefined) env.HEAP_KEEPER_MB = process.env.HEAP_KEEPER_MB;
  // The demo accounts' password: production refuses the default one.
  let password = 'routekaart';
  // As an operator runs it (NODE_ENV=production: no introspection, no GraphiQL, libraries without
  // their development checks), still with the demo data for the benchmark's logins.
  if (production) {
    password = 'bench-only-demo-password';
    Object.assign(env, { NODE_ENV: 'production', DEMO_DATA: 'true', DEMO_PASSWORD: password });
  }
  let dataDir = null;
  let database = null;
  if (process.env.DATABASE_URL) {
    // The analysis benchmark's helper (built with the API): a new database on that server, dropped after.
    const { freshDatabase } = createRequire(import.meta.url)(join(ROOT, 'dist/api/apps/api/src/bench/bench-database.js'));
    database = await freshDatabase();
    env.DATABASE_URL = database.url;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'rk-bench-'));
    chmodSync(dataDir, 0o755);
    env.ROUTEKAART_DATA_DIR = dataDir;
  }
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  let p;
  try {
    p = await startProcess([...API_NODE_OPTIONS, ...nodeArgs, API_MAIN], env, /Routekaart is running at (http:\/\/\S+)/);
  } catch (error) {
    await database?.close();
    throw error;
  }
  return {
    process: p,
    url: p.match[1].replace('//localhost:', '//127.0.0.1:'),
    password,
    async stop() {
      await stopProcess(p);
      await database?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
