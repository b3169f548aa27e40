import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '@routekaart/db';
import { createTestDatabase, type TestDatabase } from '@routekaart/db/testing';
import type { AccessChange } from '../../common/access-changes';
import { openEditor, waitFor, within, type TestEditor } from '../../testing/collab-client';
import { CollabServer, type CollabLogger } from '../core/collab-server';
import type { AuthenticateArgs, CollabExtension } from '../core/hooks';
import { redisForTests, TEST_REDIS_URL } from '../../testing/test-redis';
import type { CollabContext } from './collab-context';
import { PostgresStoreHook, storedDocumentState } from './postgres-store.hook';
import { KIND_STORED_UPDATE, RedisFanOutHook } from './redis-fanout.hook';

// Collaboration servers in one test process as separate "replicas": each with the real PostgreSQL
// store on one test database and the real Redis fan-out, whose publishing can lose frames on purpose.

/** The fan-out hook with a seam to lose what it publishes: some stored batches, or everything (a crash). */
class LossyRedisHook extends RedisFanOutHook {
  dropStoredUpdates = 0;
  dropped = 0;
  /** Publishes nothing any more, heartbeats included: to the others it is dead. */
  muted = false;

  protected override async publish(channel: string, frame: Buffer): Promise<void> {
    if (this.muted) return;
    if (frame[0] === KIND_STORED_UPDATE && this.dropStoredUpdates > 0) {
      this.dropStoredUpdates--;
      this.dropped++;
      return;
    }
    await super.publish(channel, frame);
  }
}

interface LogLine {
  level: 'warn' | 'info';
  obj: Record<string, unknown>;
  msg?: string;
}

interface Replica {
  server: CollabServer<CollabContext>;
  redis: LossyRedisHook;
  http: Server;
  url: string;
  log: LogLine[];
  accessChanges: AccessChange[];
}

describe('replicas that never drift apart', () => {
  let available = false;
  let db: TestDatabase;
  let ds: DataSource;
  let userId: string;
  const prefix = `test:${randomBytes(6).toString('hex')}:collab:`;
  const replicas: Replica[] = [];
  const editors: TestEditor[] = [];

  /** Lets every socket in as the same user (authentication is not what this file tests). */
  const anyone: CollabExtension<CollabContext> = {
    name: 'anyone',
    authenticate: async ({ documentName }: AuthenticateArgs) => ({
      context: { token: 't', userId, organisationId: 'o', documentId: documentName, roadmapId: 'r' },
      readOnly: false,
    }),
  };

  async function startReplica(name: string): Promise<Replica> {
    const log: LogLine[] = [];
    const logger: CollabLogger = {
      debug: () => undefined,
      info: (obj, msg) => log.push({ level: 'info', obj: obj as Record<string, unknown>, msg }),
      warn: (obj, msg) => log.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
      error: () => undefined,
    };
    const redis = new LossyRedisHook(TEST_REDIS_URL, logger, { prefix, name: `${prefix}${name}`, heartbeatMs: 100, peerTimeoutMs: 1_000, accessAckTimeoutMs: 500 });
    const accessChanges: AccessChange[] = [];
    redis.onAccessChange(async (change) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      accessChanges.push(change);
    });
    const store = new PostgresStoreHook(ds, logger, { gapCheckMs: 1_000 });
    const server = new CollabServer<CollabContext>([anyone, redis, store], logger, { awarenessThrottleMs: 20 });
    const http = createServer();
    http.on('upgrade', (req: IncomingMessage, socket, head) => void server.handleUpgrade(req, socket, head, (req.url ?? '').split('?')[0].slice('/collab/'.length)));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const replica = { server, redis, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, log, accessChanges };
    replicas.push(replica);
    return replica;
  }

  async function stopReplica(replica: Replica): Promise<void> {
    replicas.splice(replicas.indexOf(replica), 1);
    await replica.server.close();
    replica.http.closeAllConnections();
    await new Promise((resolve) => replica.http.close(resolve));
  }

  async function newDocument(): Promise<string> {
    const [{ id }] = await ds.query(`INSERT INTO document (roadmap_id, title) SELECT id, 'Replica' FROM roadmap LIMIT 1 RETURNING id`);
    return id;
  }

  async function storedText(id: string): Promise<string> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await storedDocumentState(ds, id))!);
    return doc.getText('text').toString();
  }

  const open = (replica: Replica, id: string) => {
    const editor = openEditor(replica.url, id, { token: 't' });
    editors.push(editor);
    return editor;
  };
  const warnings = (replica: Replica, reason: string) => replica.log.filter((l) => l.level === 'warn' && l.obj.reason === reason);

  let one: Replica;
  let two: Replica;

  beforeAll(async () => {
    available = await redisForTests('replicas.spec');
    if (!available) return;
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
    [{ id: userId }] = await ds.query(`SELECT id FROM app_user WHERE email = 'keten@werf.example'`);
    one = await startReplica('one');
    two = await startReplica('two');
    await waitFor(() => one.redis.stats().peers === 1 && two.redis.stats().peers === 1, 'the replicas to hear each other');
  });
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });
  afterAll(async () => {
    for (const replica of [...replicas]) await stopReplica(replica);
    await ds?.destroy();
    await db?.drop();
  });

  it('repairs a document from PostgreSQL at once when a published batch is lost, and logs and counts it', async (ctx) => {
    if (!available) return ctx.skip();
    const id = await newDocument();
    const a = open(one, id);
    const b = open(two, id);
    await within(Promise.all([a.synced, b.synced]), 'both editors to sync');
    a.text.insert(0, 'eerst. ');
    await waitFor(() => b.text.toString() === 'eerst. ', 'the first batch to arrive');

    one.redis.dropStoredUpdates = 1;
    a.text.insert(a.text.length, 'verloren. ');
    await waitFor(async () => one.redis.dropped === 1 && (await storedText(id)) === 'eerst. verloren. ', 'the batch to be stored and its message lost');
    expect(b.text.toString()).toBe('eerst. ');

    // The next batch (on another shared type, so it does not depend on the lost one) names its predecessor.
    a.doc.getMap('meta').set('status', 'concept');
    await waitFor(() => b.text.toString() === 'eerst. verloren. ' && b.doc.getMap('meta').get('status') === 'concept', 'the lost batch to be repaired');
    expect(two.server.stats().repairs['sequence-gap']).toBe(1);
    expect(two.server.stats().repairsApplied).toBeGreaterThanOrEqual(1);
    const [line] = warnings(two, 'sequence-gap');
    expect(line.obj).toMatchObject({ documentName: id, repaired: true, gap: { sender: one.redis.instanceId } });
    expect(line.msg).toMatch(/missed stored updates/);
  });

  it('repairs when an update from another process builds on a batch it never got (pending structs)', async (ctx) => {
    if (!available) return ctx.skip();
    const id = await newDocument();
    const a = open(one, id);
    const b = open(two, id);
    await within(Promise.all([a.synced, b.synced]), 'both editors to sync');
    const before = two.server.stats().repairs['pending-structs'];
    // The first batch of a sender carries no predecessor (like the first one after a restart): lose it.
    one.redis.dropStoredUpdates = 1;
    a.text.insert(0, 'vergeten ');
    await waitFor(async () => (await storedText(id)) === 'vergeten ', 'the batch to be stored');
    a.text.insert(a.text.length, 'en erop voortgebouwd');
    await waitFor(() => b.text.toString() === 'vergeten en erop voortgebouwd', 'the document to be repaired');
    expect(two.server.stats().repairs['pending-structs']).toBe(before + 1);
    expect(warnings(two, 'pending-structs').at(-1)?.obj).toMatchObject({ documentName: id, repaired: true });
  });

  it('finds a lost batch nothing built on by comparing with the stored sequence numbers', async (ctx) => {
    if (!available) return ctx.skip();
    const id = await newDocument();
    const a = open(one, id);
    const b = open(two, id);
    await within(Promise.all([a.synced, b.synced]), 'both editors to sync');
    one.redis.dropStoredUpdates = 1;
    a.text.insert(0, 'stil verloren');
    await waitFor(() => b.text.toString() === 'stil verloren', 'the periodic check to find and repair it');
    expect(two.server.stats().repairs['periodic-check']).toBeGreaterThanOrEqual(1);
    expect(warnings(two, 'periodic-check').at(-1)?.obj).toMatchObject({ documentName: id, repaired: true });
  });

  it('removes the presence of a replica that stops answering and fetches what it stored without publishing', async (ctx) => {
    if (!available) return ctx.skip();
    const three = await startReplica('three');
    await waitFor(() => two.redis.stats().peers === 2, 'the new replica to be heard');
    const id = await newDocument();
    const c = open(three, id);
    const b = open(two, id);
    await within(Promise.all([c.synced, b.synced]), 'both editors to sync');
    c.provider.awareness.setLocalStateField('user', { name: 'Drie' });
    await waitFor(() => b.provider.awareness.getStates().has(c.doc.clientID), 'the presence to arrive');
    const deaths = two.redis.stats().peerDeaths;

    // "Killed": not another frame leaves it, and its last batch is stored but never published.
    three.redis.muted = true;
    c.text.insert(0, 'laatste woorden');
    await waitFor(async () => (await storedText(id)) === 'laatste woorden', 'the last batch to be stored');
    await waitFor(() => !b.provider.awareness.getStates().has(c.doc.clientID), 'the dead replica\'s presence to go', 5_000);
    await waitFor(() => b.text.toString() === 'laatste woorden', 'the unpublished batch to be fetched', 5_000);
    expect(two.redis.stats()).toMatchObject({ peers: 1, peerDeaths: deaths + 1 });
    expect(two.server.stats().repairs['peer-died']).toBeGreaterThanOrEqual(1);
    c.destroy();
    await stopReplica(three);
  });

  it('has every live peer apply a permission change before publishing it resolves; a silent peer only delays it', async (ctx) => {
    if (!available) return ctx.skip();
    const change: AccessChange = { kind: 'participant', roadmapId: 'r', organisationId: 'o' };
    await one.redis.publishAccessChange(change);
    // two's handler takes 100 ms; it has finished by now.
    expect(two.accessChanges).toContainEqual(change);

    const four = await startReplica('four');
    await waitFor(() => one.redis.stats().peers === 2, 'the new replica to be heard');
    four.redis.muted = true;
    four.accessChanges.length = 0;
    const started = Date.now();
    const timeouts = one.redis.stats().accessAckTimeouts;
    await one.redis.publishAccessChange({ kind: 'session', sessionId: 's' });
    // four applies it but its acknowledgement never leaves: one gives up after the timeout (500 ms here).
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(one.redis.stats().accessAckTimeouts).toBe(timeouts + 1);
    await stopReplica(four);
  });
});
