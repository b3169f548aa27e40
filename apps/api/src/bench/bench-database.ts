import { readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, withDatabase, type EmbeddedPostgres } from '@routekaart/db';

/**
 * A database of its own for a benchmark: a new one on DATABASE_URL's server (dropped afterwards), or
 * an embedded PostgreSQL in a temporary folder.
 */
export interface Database {
  url: string;
  close(): Promise<void>;
}

export async function freshDatabase(): Promise<Database> {
  const name = `routekaart_bench_${process.pid}_${Date.now().toString(36)}`;
  let embedded: EmbeddedPostgres | null = null;
  let dir: string | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dir = await mkdtemp(join(tmpdir(), 'routekaart-bench-'));
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres' });
    serverUrl = embedded.url;
  }
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    async close() {
      // BENCH_KEEP_DATABASE=1 leaves a server database in place to explain its statements afterwards.
      if (process.env.BENCH_KEEP_DATABASE && !embedded) return console.log(`kept database ${name}`);
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await embedded?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * CPU seconds used so far by this machine's PostgreSQL processes (every process named `postgres`:
 * the server's backends and workers, embedded or not); 0 when the database runs elsewhere. Backends
 * that ended in between are not counted, so the pool's connections should live through a
 * measurement. CPU time moves less than wall time when the machine's speed drifts.
 */
export function databaseCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks / 100;
}
