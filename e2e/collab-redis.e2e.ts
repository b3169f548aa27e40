import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@routekaart/db/testing';
import { redisForTests, uniqueRedisPrefix, TEST_REDIS_URL as REDIS_URL } from '../apps/api/src/testing/test-redis';
import { openEditor, waitFor, within, type TestEditor } from '../apps/api/src/testing/collab-client';
import { ensureApiBuild } from './support/api-build';
import { createDemoDocument, startApiProcess, type ApiProcess } from './support/api-process';

// Redis: REDIS_URL, else TEST_REDIS_URL, else the one these machines run on loopback. Without
// REDIS_URL a missing Redis skips these tests with a warning; with REDIS_URL set (CI) it fails them.

describe('two API processes editing one document through Redis', () => {
  let available = false;
  const redisPrefix = uniqueRedisPrefix('collab-redis');
  let db: TestDatabase;
  let p1: ApiProcess;
  let p2: ApiProcess;
  let lead: string;
  let member: string;
  const editors: TestEditor[] = [];
  const open = (api: ApiProcess, id: string, token: string) => {
    const editor = openEditor(api.url, id, { token });
    editors.push(editor);
    return editor;
  };

  beforeAll(async () => {
    available = await redisForTests('collab-redis.e2e');
    if (!available) return;
    ensureApiBuild();
    db = await createTestDatabase();
    [p1, p2] = await Promise.all([startApiProcess({ DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: redisPrefix }), startApiProcess({ DATABASE_URL: db.url, REDIS_URL, REDIS_PREFIX: redisPrefix })]);
    lead = await p1.login('beleid@ez.example');
    member = await p2.login('keten@werf.example');
  });
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });
  afterAll(async () => {
    await Promise.all([p1?.kill(), p2?.kill()]);
    await db?.drop();
  });

  it('lets editors on different processes converge, with presence, and a late joiner gets everything', async (ctx) => {
    if (!available) return ctx.skip();
    const id = await createDemoDocument(p1, lead, 'Twee processen');
    const a = open(p1, id, lead);
    const b = open(p2, id, member);
    await within(Promise.all([a.synced, b.synced]), 'both editors to sync');
    for (let i = 0; i < 30; i++) {
      a.text.insert(a.text.length, `a${i} `);
      b.text.insert(0, `b${i} `);
    }
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === b.text.length && a.text.toString().includes('a29') && a.text.toString().includes('b29'), 'convergence across processes');

    a.provider.awareness.setLocalStateField('user', { name: 'Eva' });
    await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === 'Eva'), 'presence across processes');

    const late = open(p2, id, member);
    await within(late.synced, 'the late joiner to sync');
    await waitFor(() => late.text.toString() === a.text.toString(), 'the late joiner to have everything');
  });

  it('closes editors on the other process when the document is deleted', async (ctx) => {
    if (!available) return ctx.skip();
    const id = await createDemoDocument(p1, lead, 'Wordt verwijderd');
    const b = open(p2, id, member);
    await within(b.synced, 'sync');
    await p1.gql('mutation($id: ID!) { deleteDocument(id: $id) }', { id }, lead);
    expect(await within(b.closed, 'the remote close')).toEqual({ code: 4404, reason: 'the document was deleted' });
  });
});
