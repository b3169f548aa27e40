import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_MAIN, REPO_ROOT, ensureApiBuild } from './support/api-build';

const BACKUP_CLI = API_MAIN.replace(/main\.js$/, 'backup.js');

/** `npm start` as a newcomer runs it: the built API as its own process, embedded PostgreSQL included. */
interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

function run(env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exit };
}

async function start(env: Record<string, string>): Promise<Started> {
  const r = run(env);
  const deadline = Date.now() + 90_000;
  for (;;) {
    const match = /Routekaart is running at (http:\/\/\S+)/.exec(r.output());
    if (match) return { ...r, url: match[1] };
    if (r.child.exitCode !== null || Date.now() > deadline) throw new Error(`did not start:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/** PIDs of PostgreSQL servers whose command line names this data folder. */
function postgresFor(dataDir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', `postgres -D ${dataDir}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function login(url: string, email: string): Promise<{ email: string; organisation: { name: string } }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(email: "${email}", password: "routekaart") { user { email organisation { name } } } }`,
    }),
  });
  const body = (await res.json()) as { data: { login: { user: { email: string; organisation: { name: string } } } } };
  return body.data.login.user;
}

describe('npm start (the built API as a process)', () => {
  let dataRoot: string;
  beforeAll(() => {
    ensureApiBuild();
    dataRoot = mkdtempSync(join(tmpdir(), 'rk-start-'));
    chmodSync(dataRoot, 0o755);
  });
  afterAll(() => {
    for (const pid of postgresFor(dataRoot)) process.kill(pid, 'SIGKILL');
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('exits with one line naming DATABASE_URL when it cannot be parsed', async () => {
    const r = run({ DATABASE_URL: 'postgres//oops' });
    expect(await r.exit).toBe(1);
    expect(r.output().trim()).toBe('routekaart: DATABASE_URL is not a URL (expected postgres://user@host:port/database)');
  });

  it('exits with one line naming DATABASE_URL when nothing answers there', async () => {
    const r = run({ DATABASE_URL: 'postgres://someone:secret@127.0.0.1:1/nothing' });
    expect(await r.exit).toBe(1);
    const lines = r.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^routekaart: cannot connect to the database at DATABASE_URL \(postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing\): .*ECONNREFUSED/);
  });

  it('exits with one line naming PORT when it is not a number', async () => {
    const r = run({ PORT: 'http' });
    expect(await r.exit).toBe(1);
    expect(r.output().trim()).toBe('routekaart: PORT must be a whole number from 0 to 65535, got "http"');
  });

  it('starts on embedded PostgreSQL, prints the demo logins, serves health and login, and stops without leaving PostgreSQL behind', async () => {
    const dataDir = join(dataRoot, 'first');
    const s = await start({ ROUTEKAART_DATA_DIR: dataDir });
    expect(s.output()).toContain('verkoop@magneet.example');
    expect(s.output()).toContain('Demo logins (password: routekaart)');
    const health = (await (await fetch(`${s.url}/health`)).json()) as { database: { status: string } };
    expect(health.database.status).toBe('up');
    expect(await login(s.url, 'keten@werf.example')).toEqual({
      email: 'keten@werf.example',
      organisation: { name: 'Noordzee Marinewerf B.V.' },
    });
    expect(postgresFor(dataDir)).toHaveLength(1);

    s.child.kill('SIGINT');
    expect(await s.exit).toBe(0);
    expect(postgresFor(dataDir)).toEqual([]);

    // Second start: same data, nothing initialised or seeded again; a user added before survives.
    const again = await start({ ROUTEKAART_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    expect(again.output()).toMatch(/"created":false/);
    expect(again.output()).not.toContain('demo organisations and users loaded');
    expect((await login(again.url, 'beleid@ez.example')).email).toBe('beleid@ez.example');
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);
    expect(postgresFor(dataDir)).toEqual([]);
  });

  it('recovers after the process was killed with SIGKILL, which leaves PostgreSQL running', async () => {
    const dataDir = join(dataRoot, 'killed');
    const s = await start({ ROUTEKAART_DATA_DIR: dataDir });
    s.child.kill('SIGKILL');
    await s.exit;
    const orphan = postgresFor(dataDir);
    expect(orphan).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).toContain(String(orphan[0]));

    const again = await start({ ROUTEKAART_DATA_DIR: dataDir });
    expect((await login(again.url, 'analist@nmo.example')).organisation.name).toBe('Nationaal Materialen Observatorium');
    expect(postgresFor(dataDir)).toHaveLength(1);
    expect(postgresFor(dataDir)).not.toContain(orphan[0]);
    again.child.kill('SIGINT');
    expect(await again.exit).toBe(0);
    expect(postgresFor(dataDir)).toEqual([]);
  });

  it('backs up a running installation and restores it into a fresh data directory, logins and all', async () => {
    const dataDir = join(dataRoot, 'killed'); // started and stopped by the test before
    const running = await start({ ROUTEKAART_DATA_DIR: dataDir });
    const file = join(dataRoot, 'routekaart.backup');
    const cli = (dir: string, ...args: string[]) =>
      execFileSync(process.execPath, [BACKUP_CLI, ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ROUTEKAART_DATA_DIR: dir },
        encoding: 'utf8',
      });
    // While the platform runs: the backup uses its PostgreSQL and leaves it running.
    expect(cli(dataDir, 'backup', file)).toMatch(/backup written to .*routekaart\.backup \(\d+ tables, \d+ rows/);
    expect(postgresFor(dataDir)).toHaveLength(1);
    expect((await login(running.url, 'keten@werf.example')).email).toBe('keten@werf.example');
    running.child.kill('SIGINT');
    expect(await running.exit).toBe(0);

    const restoredDir = join(dataRoot, 'restored');
    expect(cli(restoredDir, 'restore', file)).toMatch(/restored \d+ rows/);
    expect(postgresFor(restoredDir)).toEqual([]);
    const restored = await start({ ROUTEKAART_DATA_DIR: restoredDir, LOG_LEVEL: 'info' });
    expect(restored.output()).not.toContain('demo organisations and users loaded');
    expect((await login(restored.url, 'verkoop@magneet.example')).organisation.name).toBe('Brabant Magneettechniek B.V.');
    restored.child.kill('SIGINT');
    expect(await restored.exit).toBe(0);
  });
});
