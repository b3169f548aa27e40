import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDataSource, openAndMigrate } from '../data-source';
import { withDatabase } from '../database-url';
import { createTestDatabase, type TestDatabase } from '../testing';
import { BackupError, restoreBackup, writeBackup, type BackupManifest } from './backup';

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function rowCounts(url: string, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM "${t}"`))[0]!.n);
  return counts;
}

describe('backup and restore', () => {
  const TEXT = 'Strategische voorraad gallium en germanium: eerste afspraken.';
  let source: TestDatabase;
  let dir: string;
  let fresh: string;
  let freshName: string | undefined;
  let file: string;
  let manifest: BackupManifest;
  let documentId: string;

  beforeAll(async () => {
    source = await createTestDatabase();
    dir = await mkdtemp(join(tmpdir(), 'rk-backup-'));
    // A document as the collaboration server stores it: a compacted state, an update in the log, a named version.
    const doc = new Y.Doc();
    doc.getText('text').insert(0, TEXT);
    const state = Buffer.from(Y.encodeStateAsUpdate(doc));
    const [roadmap] = await query<{ id: string }>(source.url, `SELECT id FROM roadmap ORDER BY created_at LIMIT 1`);
    const [created] = await query<{ id: string }>(source.url, `INSERT INTO document (roadmap_id, title, state) VALUES ($1, 'Routekaart 2027', $2) RETURNING id`, [roadmap!.id, state]);
    documentId = created!.id;
    await query(source.url, `INSERT INTO document_update (document_id, payload) VALUES ($1, $2)`, [documentId, state]);
    await query(source.url, `INSERT INTO document_version (document_id, name, state) VALUES ($1, 'Concept 1', $2)`, [documentId, state]);

    file = join(dir, 'routekaart.backup');
    manifest = await writeBackup(source.url, createWriteStream(file));

    // A new installation: an empty database that only had the migrations run, as `npm run restore` finds it.
    freshName = `${source.name}_restore`;
    await query(withDatabase(source.url, 'postgres'), `CREATE DATABASE ${freshName}`);
    fresh = withDatabase(source.url, freshName);
    const ds = createDataSource({ url: fresh, poolSize: 2 }); // the migration lock holds one connection
    await openAndMigrate(ds);
    await ds.destroy();
  });
  afterAll(async () => {
    if (freshName) await query(withDatabase(source.url, 'postgres'), `DROP DATABASE IF EXISTS ${freshName} WITH (FORCE)`);
    await source?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a broken or foreign file and leaves the database as it was', async () => {
    const tables = manifest.tables.map((t) => t.name);
    const before = await rowCounts(fresh, tables);
    const whole = await readFile(file);
    const truncated = join(dir, 'truncated.backup');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    await expect(restoreBackup(fresh, createReadStream(truncated))).rejects.toThrow();
    await expect(restoreBackup(fresh, Readable.from([gzipSync('hello\n')]))).rejects.toThrow(/not a Routekaart backup/);
    const older = { ...manifest, migrations: manifest.migrations.slice(0, -1) };
    const mismatched = gzipSync(`ROUTEKAART-BACKUP 1\n${JSON.stringify(older)}\n`);
    await expect(restoreBackup(fresh, Readable.from([mismatched]))).rejects.toThrow(BackupError);
    await expect(restoreBackup(fresh, Readable.from([mismatched]))).rejects.toThrow(/restore with the version of Routekaart that made the backup/);
    expect(await rowCounts(fresh, tables)).toEqual(before);
  });

  it('restores into a new installation with every row of every table', async () => {
    const tables = manifest.tables.map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['document', 'document_version', 'document_update', 'item', 'supply_link', 'app_user', 'audit_event']));
    // Parents come before the tables that refer to them.
    expect(tables.indexOf('organisation')).toBeLessThan(tables.indexOf('app_user'));
    expect(tables.indexOf('item')).toBeLessThan(tables.indexOf('supply_link'));

    await restoreBackup(fresh, createReadStream(file));
    expect(await rowCounts(fresh, tables)).toEqual(await rowCounts(source.url, tables));
    for (const t of manifest.tables) expect(t.rows, t.name).toBe((await rowCounts(source.url, [t.name]))[t.name]);
  });

  it('brings back the documents, their versions and the chain data as they were', async () => {
    const [document] = await query<{ title: string; state: Buffer }>(fresh, `SELECT title, state FROM document WHERE id = $1`, [documentId]);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, document!.state);
    expect(document!.title).toBe('Routekaart 2027');
    expect(restored.getText('text').toString()).toBe(TEXT);
    const [version] = await query<{ name: string; state: Buffer }>(fresh, `SELECT name, state FROM document_version WHERE document_id = $1`, [documentId]);
    expect(version!.name).toBe('Concept 1');

    const links = `SELECT row_to_json(sl)::text AS row FROM supply_link sl ORDER BY id`;
    const before = await query<{ row: string }>(source.url, links);
    expect(before.length).toBeGreaterThan(10);
    expect(await query(fresh, links)).toEqual(before);
    const users = `SELECT email, password_hash FROM app_user ORDER BY email`;
    expect(await query(fresh, users)).toEqual(await query(source.url, users));
  });

  it('continues the sequences after the restored rows', async () => {
    const [{ max }] = (await query<{ max: string }>(fresh, `SELECT max(seq) AS max FROM document_update`)) as [{ max: string }];
    const [next] = await query<{ seq: string }>(fresh, `INSERT INTO document_update (document_id, payload) VALUES ($1, '\\x00') RETURNING seq`, [documentId]);
    expect(BigInt(next!.seq)).toBeGreaterThan(BigInt(max));
  });

  it('will not restore over a database that has a history of its own', async () => {
    await expect(restoreBackup(fresh, createReadStream(file))).rejects.toThrow(/already has a history .* restore into a new installation/);
  });
});
