import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, waitFor, within, type TestEditor } from '../../testing/collab-client';
import { CollabServer, type CollabLogger } from '../core/collab-server';
import type { CollabExtension, DocumentHandle, PendingUpdate } from '../core/hooks';
import { redisForTests, TEST_REDIS_URL as REDIS_URL } from '../../testing/test-redis';
import type { CollabContext } from './collab-context';
import { RedisFanOutHook } from './redis-fanout.hook';

// Two collaboration servers in one test process, sharing an in-memory "database" and a real Redis
// (REDIS_URL, else TEST_REDIS_URL, else loopback). Without REDIS_URL a missing Redis skips these
// tests with a warning; with REDIS_URL set (CI) it fails them.
const silent: CollabLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Authentication by `?token=<user>` and a store shared by both "processes". */
class SharedMemoryStore implements CollabExtension<CollabContext> {
  readonly name = 'memory';
  constructor(private readonly log: Map<string, Uint8Array[]>) {}
  async authenticate({ request, documentName }: { request: import('node:http').IncomingMessage; documentName: string }) {
    const user = new URL(request.url ?? '/', 'http://x').searchParams.get('token') ?? 'anonymous';
    return { context: { token: user, userId: user, organisationId: '', documentId: documentName, roadmapId: '' }, readOnly: false };
  }
  async load(doc: DocumentHandle) {
    for (const update of this.log.get(doc.name) ?? []) Y.applyUpdate(doc.ydoc, update);
  }
  async store(doc: DocumentHandle, updates: readonly PendingUpdate<CollabContext>[]) {
    this.log.set(doc.name, [...(this.log.get(doc.name) ?? []), ...updates.map((u) => u.update)]);
  }
}

describe('fan-out through Redis between two collaboration servers', () => {
  let available = false;
  const prefix = `test:${randomBytes(6).toString('hex')}:collab:`;
  const log = new Map<string, Uint8Array[]>();
  const nodes: { http: Server; server: CollabServer<CollabContext>; hook: RedisFanOutHook; url: string }[] = [];
  const editors: TestEditor[] = [];

  beforeAll(async () => {
    available = await redisForTests('redis-fanout.hook.spec');
    if (!available) return;
    for (const name of ['one', 'two']) {
      const hook = new RedisFanOutHook(REDIS_URL, silent, { prefix, name: `${prefix}${name}` });
      const server = new CollabServer<CollabContext>(
        [new SharedMemoryStore(log), hook],
        silent,
        { awarenessThrottleMs: 20 },
      );
      const http = createServer();
      http.on('upgrade', (req, socket, head) => void server.handleUpgrade(req, socket, head, (req.url ?? '').split('?')[0].slice('/collab/'.length)));
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      nodes.push({ http, server, hook, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
    }
  });
  afterAll(async () => {
    for (const editor of editors) editor.destroy();
    for (const node of nodes) {
      await node.server.close();
      node.http.closeAllConnections();
      await new Promise((resolve) => node.http.close(resolve));
    }
  });

  const open = (node: number, room: string, user: string) => {
    const editor = openEditor(nodes[node].url, room, { token: user });
    editors.push(editor);
    return editor;
  };

  it('fans updates and presence out to the other server', async (ctx) => {
    if (!available) return ctx.skip();
    const a = open(0, 'doc-1', 'alice');
    const b = open(1, 'doc-1', 'bob');
    await within(Promise.all([a.synced, b.synced]), 'sync');
    a.text.insert(0, 'van een ');
    b.text.insert(b.text.length, 'naar twee');
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === 17, 'convergence');
    a.provider.awareness.setLocalStateField('user', 'alice');
    await waitFor(() => [...b.provider.awareness.getStates().values()].some((s) => s.user === 'alice'), 'presence').catch((error: Error) => {
      // What each server thought of its peer, to tell a lost frame from a peer declared dead under load.
      throw new Error(`${error.message}: ${JSON.stringify(nodes.map((n) => ({ fanOut: n.hook.stats(), server: n.server.stats() })))}`);
    });
  });

  it('resyncs from the store after its Redis subscription reconnects, so a lost message costs nothing', async (ctx) => {
    if (!available) return ctx.skip();
    const b = open(1, 'doc-2', 'bob');
    await within(b.synced, 'sync');
    // Another process stored an update whose message this server never got.
    const other = new Y.Doc();
    other.getText('text').insert(0, 'gemist bericht');
    log.set('doc-2', [...(log.get('doc-2') ?? []), Y.encodeStateAsUpdate(other)]);
    const admin = new Redis(REDIS_URL);
    try {
      const list = (await admin.client('LIST')) as string;
      const id = /id=(\d+)/.exec(list.split('\n').find((line) => line.includes(`name=${prefix}two:sub `)) ?? '')?.[1];
      expect(id).toBeDefined();
      await admin.client('KILL', 'ID', id!);
    } finally {
      admin.disconnect();
    }
    await waitFor(() => b.text.toString() === 'gemist bericht', 'the resync after the reconnect');
    expect(b.text.toString()).toBe('gemist bericht');
  });
});
