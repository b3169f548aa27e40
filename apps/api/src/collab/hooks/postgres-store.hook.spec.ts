import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '@routekaart/db';
import { createTestDatabase, type TestDatabase } from '@routekaart/db/testing';
import type { CollabLogger } from '../core/collab-server';
import { CollabRefusal, type DocumentHandle } from '../core/hooks';
import { compactDocument, PostgresStoreHook, storedDocumentState } from './postgres-store.hook';

const silent: CollabLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** An editor producing updates that append `text` to a shared Y.Text. */
function editor() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return {
    type: (text: string) => {
      doc.getText('text').insert(doc.getText('text').length, text);
      return updates[updates.length - 1];
    },
  };
}

const textOf = (state: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('text').toString();
};

describe('the PostgreSQL store of collaborative documents', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let documentId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  async function newDocument(): Promise<string> {
    const [{ id }] = await ds.query(`INSERT INTO document (roadmap_id, title) SELECT id, 'Test' FROM roadmap LIMIT 1 RETURNING id`);
    return id;
  }

  const append = (id: string, update: Uint8Array, via?: Client): Promise<unknown> => {
    const sql = `INSERT INTO document_update (document_id, payload) VALUES ($1, $2)`;
    return via ? via.query(sql, [id, Buffer.from(update)]) : ds.query(sql, [id, Buffer.from(update)]);
  };

  it('folds the log into the state without changing the content', async () => {
    documentId = await newDocument();
    const e = editor();
    for (const word of ['een ', 'twee ', 'drie']) await append(documentId, e.type(word));
    const before = textOf(await storedDocumentState(ds, documentId));
    const folded = await compactDocument(ds, documentId);
    expect(folded.updates).toBe(3);
    expect(textOf(await storedDocumentState(ds, documentId))).toBe(before);
    expect(before).toBe('een twee drie');
    const [{ rows }] = await ds.query('SELECT count(*)::int AS rows FROM document_update WHERE document_id = $1', [documentId]);
    expect(rows).toBe(0);
  });

  it('keeps an update whose insert commits while compaction runs, even with a lower sequence number', async () => {
    const id = await newDocument();
    const e = editor();
    await append(id, e.type('a'));
    const slow = new Client({ connectionString: db.url });
    await slow.connect();
    try {
      // This insert takes its sequence number now but commits only after the compaction.
      await slow.query('BEGIN');
      await append(id, e.type('b'), slow);
      await append(id, e.type('c'));
      const folded = await compactDocument(ds, id);
      expect(folded.updates).toBe(2);
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    const [{ rows }] = await ds.query('SELECT count(*)::int AS rows FROM document_update WHERE document_id = $1', [id]);
    expect(rows).toBe(1);
    expect(textOf(await storedDocumentState(ds, id))).toBe('abc');
    await compactDocument(ds, id);
    expect(textOf(await storedDocumentState(ds, id))).toBe('abc');
  });

  it('loads state and log, stores batches, and refuses to store into a deleted document', async () => {
    const id = await newDocument();
    const hook = new PostgresStoreHook(ds, silent);
    const e = editor();
    const handle = (ydoc: Y.Doc): DocumentHandle => ({ name: id, ydoc, awareness: null as never, connectionCount: 0, appliedSeq: 0n });
    const user = (await ds.query(`SELECT id FROM app_user WHERE email = 'keten@werf.example'`))[0].id;
    const context = { token: 't', userId: user, organisationId: '', documentId: id, roadmapId: '' };
    await hook.store(handle(new Y.Doc()), [{ update: e.type('x'), context }, { update: e.type('y'), context }]);
    const loaded = new Y.Doc();
    const loadedHandle = handle(loaded);
    await hook.load(loadedHandle);
    expect(loaded.getText('text').toString()).toBe('xy');
    const actors = await ds.query('SELECT actor_user_id AS actor, seq FROM document_update WHERE document_id = $1 ORDER BY seq', [id]);
    expect(actors.map((a: { actor: string }) => a.actor)).toEqual([user, user]);
    // The load says how far into the log the document is (for the gap check between processes).
    expect(loadedHandle.appliedSeq).toBe(BigInt(actors[1].seq));

    await ds.query('UPDATE document SET deleted_at = now() WHERE id = $1', [id]);
    await expect(hook.store(handle(new Y.Doc()), [{ update: e.type('z'), context }])).rejects.toBeInstanceOf(CollabRefusal);
    await expect(hook.load(handle(new Y.Doc()))).rejects.toMatchObject({ code: 4404 });
    await hook.destroy();
  });

  it('stores the batches of documents that arrive together in one statement, each with its own sequence numbers, and refuses only the deleted one', async () => {
    const ids = [await newDocument(), await newDocument(), await newDocument()];
    await ds.query('UPDATE document SET deleted_at = now() WHERE id = $1', [ids[1]]);
    const inserts: string[] = [];
    const query = ds.query.bind(ds);
    const counting = Object.create(ds) as DataSource;
    counting.query = ((sql: string, params?: unknown[]) => {
      if (/INSERT INTO document_update/.test(sql)) inserts.push(sql);
      return query(sql, params);
    }) as DataSource['query'];
    const hook = new PostgresStoreHook(counting, silent);
    const editors = ids.map(() => editor());
    const batches = ids.map((id, k) =>
      ['a', 'b', 'c'].map((letter) => ({ update: editors[k]!.type(`${k}${letter}`), context: null })),
    );
    const results = await Promise.allSettled(
      ids.map((id, k) => hook.store({ name: id, ydoc: new Y.Doc(), awareness: null as never, connectionCount: 0, appliedSeq: 0n }, batches[k]!)),
    );
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 4404 });
    expect(inserts).toHaveLength(1);
    for (const k of [0, 2]) {
      expect(textOf(await storedDocumentState(ds, ids[k]!))).toBe(`${k}a${k}b${k}c`);
      const seqs = await ds.query('SELECT u.seq::text AS seq FROM document_update u WHERE u.document_id = $1 ORDER BY u.seq', [ids[k]]);
      // Each update learns its own row's sequence number, in order (the fan-out between processes relies on it).
      expect(batches[k]!.map((u) => String((u as { seq?: bigint }).seq))).toEqual(seqs.map((r: { seq: string }) => r.seq));
    }
    const [{ rows }] = await ds.query('SELECT count(*)::int AS rows FROM document_update WHERE document_id = $1', [ids[1]]);
    expect(rows).toBe(0);
    await hook.destroy();
  });

  it('stores a batch that arrives while a statement is on its way in the next one, and a failed statement fails only its own document', async () => {
    const [ok, broken] = [await newDocument(), await newDocument()];
    const hook = new PostgresStoreHook(ds, silent);
    const e = editor();
    const handle = (id: string): DocumentHandle => ({ name: id, ydoc: new Y.Doc(), awareness: null as never, connectionCount: 0, appliedSeq: 0n });
    const first = hook.store(handle(ok), [{ update: e.type('1'), context: null }]);
    await new Promise((resolve) => setImmediate(resolve));
    // An actor that is no user breaks the foreign key: the group statement fails, and each document is retried alone.
    const context = { token: 't', userId: '00000000-0000-4000-8000-000000000000', organisationId: '', documentId: broken, roadmapId: '' };
    const results = await Promise.allSettled([
      hook.store(handle(ok), [{ update: e.type('2'), context: null }]),
      hook.store(handle(broken), [{ update: editor().type('x'), context }]),
      first,
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(textOf(await storedDocumentState(ds, ok))).toBe('12');
    await hook.destroy();
  });

  it('skips a corrupt log row when loading instead of refusing the document, and leaves it in the log', async () => {
    const id = await newDocument();
    const e = editor();
    await append(id, e.type('goed'));
    await append(id, new Uint8Array([9, 9, 9, 9, 9]));
    const errors: unknown[] = [];
    const hook = new PostgresStoreHook(ds, { ...silent, error: (obj) => errors.push(obj) });
    const loaded = new Y.Doc();
    await hook.load({ name: id, ydoc: loaded, awareness: null as never, connectionCount: 0, appliedSeq: 0n });
    expect(loaded.getText('text').toString()).toBe('goed');
    expect(errors).toHaveLength(1);
    await compactDocument(ds, id);
    const [{ rows }] = await ds.query('SELECT count(*)::int AS rows FROM document_update WHERE document_id = $1', [id]);
    expect(rows).toBe(1);
    await hook.destroy();
  });
});
