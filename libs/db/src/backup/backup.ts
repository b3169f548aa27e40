import { once } from 'node:events';
import { pipeline as pipelineCallback, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * A logical backup of the platform's database that needs no `pg_dump`: the embedded PostgreSQL
 * ships without one, and a system `pg_dump` refuses a newer server. One gzip stream:
 *
 *   ROUTEKAART-BACKUP 1
 *   {"createdAt": ..., "migrations": [...], "tables": [{"name", "columns", "rows"}, ...]}
 *   <the first table's rows in COPY text format>
 *   \.
 *   <the next table's rows> ...
 *
 * Taken in one repeatable-read snapshot, so the tables agree with each other; tables come in
 * foreign-key order, so a restore loads parents before children. COPY's text format escapes
 * newlines and backslashes, so a row is one line and `\.` can only be the end of a table.
 */
export const BACKUP_HEADER = 'ROUTEKAART-BACKUP 1';
const END_OF_TABLE = '\\.';
/** TypeORM's bookkeeping: a restore target gets it from its own migrations. */
const MIGRATIONS_TABLE = 'migrations';
const AUDIT_TABLE = 'audit_event';
const USERS_TABLE = 'app_user';

export interface BackupManifest {
  createdAt: string;
  /** Names of the migrations the database had, in order: a restore needs exactly these. */
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
}

export class BackupError extends Error {}

/** Writes a backup of the database at `url` to `out`; resolves with what it wrote. */
export async function writeBackup(url: string, out: Writable): Promise<BackupManifest> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInLoadOrder(client);
    const manifest: BackupManifest = { createdAt: new Date().toISOString(), migrations: await migrationsOf(client), tables: [] };
    for (const name of tables) {
      const columns = await copyableColumns(client, name);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${ident(name)}`);
      manifest.tables.push({ name, columns, rows: Number(rows[0]!.n) });
    }

    const gzip = createGzip();
    const written = pipeline(gzip, out);
    await writeText(gzip, `${BACKUP_HEADER}\n${JSON.stringify(manifest)}\n`);
    for (const table of manifest.tables) {
      const copy = client.query(copyTo(`COPY ${ident(table.name)} (${table.columns.map(ident).join(', ')}) TO STDOUT`));
      for await (const chunk of copy) if (!gzip.write(chunk)) await once(gzip, 'drain');
      await writeText(gzip, `${END_OF_TABLE}\n`);
    }
    gzip.end();
    await written;
    await client.query('COMMIT');
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Fills the database at `url`, a new installation, with the backup read from `input`, in one
 * transaction: a failure (a broken file, a row that does not fit) leaves the database as it was.
 * The database must be migrated to exactly the backup's migrations (restore with the version of the
 * platform that made it, then start the newer one to migrate).
 */
export async function restoreBackup(url: string, input: Readable): Promise<BackupManifest> {
  const lines = linesOf(input);
  const next = async (what: string): Promise<string> => {
    const { value, done } = await lines.next();
    if (done) throw new BackupError(`the backup ends early (expected ${what})`);
    return value;
  };
  let header: string;
  try {
    header = await next('its header');
  } catch (error) {
    throw error instanceof BackupError ? error : new BackupError(`not a Routekaart backup (${(error as Error).message})`);
  }
  if (header !== BACKUP_HEADER) throw new BackupError('not a Routekaart backup (the first line is not "ROUTEKAART-BACKUP 1")');
  const manifest = JSON.parse(await next('its table list')) as BackupManifest;

  const client = new Client({ connectionString: url });
  await client.connect();
  let loading: Writable | undefined;
  try {
    const have = await migrationsOf(client);
    if (have.join('\n') !== manifest.migrations.join('\n')) {
      throw new BackupError(
        `the backup was made at migration ${manifest.migrations.at(-1) ?? '(none)'}, this database is at ${have.at(-1) ?? '(none)'}: ` +
          'restore with the version of Routekaart that made the backup',
      );
    }
    await client.query('BEGIN');
    // The audit log is append-only: a restore may fill a new installation, never rewrite a history.
    const { rows: used } = await client.query<{ users: string; events: string }>(
      `SELECT (SELECT count(*) FROM ${ident(USERS_TABLE)}) AS users, (SELECT count(*) FROM ${ident(AUDIT_TABLE)}) AS events`,
    );
    if (Number(used[0]!.users) > 0 || Number(used[0]!.events) > 0) {
      throw new BackupError(
        `this database already has a history (${used[0]!.users} users, ${used[0]!.events} audit events): ` +
          'restore into a new installation (an empty data directory or database)',
      );
    }
    // The rows come from one consistent snapshot: no triggers (the change log, the append-only
    // guard, foreign-key checks) while they are loaded. Needs the database's superuser.
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch (error) {
      throw new BackupError(`restoring needs a superuser of the database (${(error as Error).message})`);
    }
    const present = new Set(await tablesInLoadOrder(client));
    const missing = manifest.tables.filter((t) => !present.has(t.name)).map((t) => t.name);
    if (missing.length) throw new BackupError(`tables of the backup missing here: ${missing.join(', ')}`);
    await client.query(`TRUNCATE ${[...present].map(ident).join(', ')} RESTART IDENTITY CASCADE`);
    for (const table of manifest.tables) {
      const copy = client.query(copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(', ')}) FROM STDIN`));
      loading = copy;
      const done = new Promise<void>((resolve, reject) => {
        copy.on('finish', () => resolve());
        copy.on('error', reject);
      });
      done.catch(() => undefined); // awaited below; an aborted load's error is the one thrown
      let rows = 0;
      for (;;) {
        const line = await next(`the end of table ${table.name}`);
        if (line === END_OF_TABLE) break;
        rows++;
        if (!copy.write(`${line}\n`)) await once(copy, 'drain');
      }
      copy.end();
      await done;
      loading = undefined;
      if (rows !== table.rows) throw new BackupError(`table ${table.name}: ${rows} rows in the file, ${table.rows} announced`);
    }
    await resetSequences(client);
    await client.query('COMMIT');
    return manifest;
  } catch (error) {
    // A COPY still open holds the connection: abort it (CopyFail) before rolling back.
    if (loading) await new Promise<void>((resolve) => loading!.destroy(error as Error).once('close', resolve));
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The public tables (without TypeORM's migrations table), parents before the tables that refer to them. */
async function tablesInLoadOrder(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> $1 ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT ch.relname AS child, pa.relname AS parent FROM pg_constraint k
     JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = k.connamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.relname <> pa.relname`,
  );
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const r of references) parents.get(r.child)?.add(r.parent);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < parents.size) {
    const ready = [...parents.keys()].filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p) || !parents.has(p)));
    if (!ready.length) {
      const left = [...parents.keys()].filter((t) => !placed.has(t));
      throw new BackupError(`the foreign keys between ${left.join(', ')} form a circle: no load order`);
    }
    for (const t of ready) {
      placed.add(t);
      order.push(t);
    }
  }
  return order;
}

/** Columns a COPY can write back: not generated ones (PostgreSQL computes those). */
async function copyableColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

async function migrationsOf(client: Client): Promise<string[]> {
  const { rows: exists } = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = $1`, [MIGRATIONS_TABLE]);
  if (!exists.length) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM ${ident(MIGRATIONS_TABLE)} ORDER BY id`);
  return rows.map((r) => r.name);
}

/** Every sequence owned by a column continues after the highest value restored. */
async function resetSequences(client: Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT t.relname AS "table", a.attname AS "column", s.oid::regclass::text AS sequence
     FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const r of rows) {
    await client.query(`SELECT setval($1, COALESCE(max(${ident(r.column)}), 1), max(${ident(r.column)}) IS NOT NULL) FROM ${ident(r.table)}`, [r.sequence]);
  }
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The lines of a gzip stream. Unlike readline, a broken or cut-off file ends the iteration with
 * an error instead of leaving it waiting.
 */
async function* linesOf(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  pipelineCallback(input, gunzip, () => undefined); // errors reach the loop below through gunzip
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of gunzip) {
    const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}
