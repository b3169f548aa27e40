import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@routekaart/db/testing';
import { openEditor, waitFor, within, type TestEditor } from '../apps/api/src/testing/collab-client';
import { ensureApiBuild } from './support/api-build';
import { createDemoDocument, startApiProcess, type ApiProcess } from './support/api-process';

/**
 * "Every update is appended to DocumentUpdate before it is broadcast, so an edit another client has
 * seen survives a crash": two editors, the server killed with SIGKILL the moment B has seen A's
 * edits, a new process on the same database, a new editor.
 */
describe('collaboration durability across a crash of the API process', () => {
  let db: TestDatabase;
  const apis: ApiProcess[] = [];
  const editors: TestEditor[] = [];

  beforeAll(async () => {
    ensureApiBuild();
    db = await createTestDatabase();
  });
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });
  afterAll(async () => {
    for (const api of apis) await api.kill('SIGKILL');
    await db?.drop();
  });

  it('keeps every edit client B had seen after the server is killed with SIGKILL and restarted', async () => {
    const first = await startApiProcess({ DATABASE_URL: db.url });
    apis.push(first);
    const lead = await first.login('beleid@ez.example');
    const member = await first.login('keten@werf.example');
    const id = await createDemoDocument(first, lead, 'Crashtest');

    const a = openEditor(first.url, id, { token: lead });
    const b = openEditor(first.url, id, { token: member });
    editors.push(a, b);
    await within(Promise.all([a.synced, b.synced]), 'both editors to sync');

    // Many small updates from both sides, interleaved, as typing produces them.
    for (let i = 0; i < 100; i++) {
      a.text.insert(a.text.length, `A${i}.`);
      if (i % 5 === 0) b.text.insert(0, `B${i}.`);
      if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => b.text.toString().includes('A99.') && a.text.toString().includes('B95.'), 'each editor to see the other one\'s last edit');
    const seenByB = b.text.toString();

    first.child.kill('SIGKILL');
    await first.exit;
    for (const editor of editors.splice(0)) editor.destroy();

    // Nothing was compacted or flushed at shutdown: what B saw is in the update log.
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    const [{ rows }] = (await pg.query('SELECT count(*)::int AS rows FROM document_update WHERE document_id = $1', [id])).rows;
    await pg.end();
    expect(rows).toBeGreaterThan(0);

    const second = await startApiProcess({ DATABASE_URL: db.url });
    apis.push(second);
    const c = openEditor(second.url, id, { token: await second.login('analist@nmo.example') });
    editors.push(c);
    await within(c.synced, 'the new editor to sync');
    const loaded = c.text.toString();
    for (let i = 0; i < 100; i++) expect(loaded).toContain(`A${i}.`);
    for (let i = 0; i < 100; i += 5) expect(loaded).toContain(`B${i}.`);
    expect(loaded).toBe(seenByB);
  });
});
