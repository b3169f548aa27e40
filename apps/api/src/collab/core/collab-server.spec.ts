import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { openEditor, waitFor, within, type TestEditor } from '../../testing/collab-client';
import { CollabServer, type CollabLogger, type CollabServerOptions } from './collab-server';
import { CollabRefusal, type CollabExtension, type DocumentHandle, type PendingUpdate } from './hooks';
import { MESSAGE_AWARENESS, MESSAGE_SYNC } from './protocol';

// The core on its own: an HTTP server, in-memory hooks, the real y-websocket client.

const silent: CollabLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

interface Ctx {
  user: string;
}

/** Hooks that keep the "database" in memory and can be made slow or failing. */
class MemoryHooks implements CollabExtension<Ctx> {
  readonly name = 'memory';
  readonly stored = new Map<string, Uint8Array[]>();
  loads = 0;
  unloads = 0;
  loadGate: Promise<void> = Promise.resolve();
  failLoad = false;
  failStore = false;

  async authenticate({ request }: { request: import('node:http').IncomingMessage }) {
    const user = new URL(request.url ?? '/', 'http://x').searchParams.get('token');
    if (!user) throw new CollabRefusal(4401, 'log in first');
    return { context: { user }, readOnly: user.startsWith('viewer') };
  }

  async load(doc: DocumentHandle) {
    this.loads++;
    await this.loadGate;
    if (this.failLoad) throw new Error('database down');
    for (const update of this.stored.get(doc.name) ?? []) Y.applyUpdate(doc.ydoc, update);
  }

  async store(doc: DocumentHandle, updates: readonly PendingUpdate<Ctx>[]) {
    if (this.failStore) throw new Error('disk full');
    this.stored.set(doc.name, [...(this.stored.get(doc.name) ?? []), ...updates.map((u) => u.update)]);
  }

  async unload() {
    this.unloads++;
  }

  text(name: string): string {
    const doc = new Y.Doc();
    for (const update of this.stored.get(name) ?? []) Y.applyUpdate(doc, update);
    return doc.getText('text').toString();
  }
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the collaboration core', () => {
  let http: Server;
  let server: CollabServer<Ctx>;
  let hooks: MemoryHooks;
  let base: string;
  const editors: TestEditor[] = [];

  async function start(options: Partial<CollabServerOptions> = {}) {
    hooks = new MemoryHooks();
    server = new CollabServer<Ctx>([hooks], silent, options);
    http = createServer();
    http.on('upgrade', (req, socket, head) => void server.handleUpgrade(req, socket, head, (req.url ?? '').split('?')[0].slice('/collab/'.length)));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }

  const open = (room: string, token: string) => {
    const editor = openEditor(base, room, { token });
    editors.push(editor);
    return editor;
  };

  afterEach(async () => {
    for (const editor of editors.splice(0)) editor.destroy();
    await server?.close();
    http?.closeAllConnections();
    await new Promise((resolve) => http?.close(resolve));
  });

  it('sends no sync reply before the stored state is loaded, then the stored text', async () => {
    await start();
    const stored = new Y.Doc();
    stored.getText('text').insert(0, 'opgeslagen tekst');
    hooks.stored.set('doc', [Y.encodeStateAsUpdate(stored)]);
    const gate = deferred();
    hooks.loadGate = gate.promise;
    const a = open('doc', 'alice');
    await waitFor(() => a.provider.wsconnected && hooks.loads === 1, 'the socket to be open and the load to start');
    expect(a.provider.synced).toBe(false);
    gate.resolve();
    await within(a.synced, 'sync');
    expect(a.text.toString()).toBe('opgeslagen tekst');
  });

  it('never serves an empty document when loading fails: the socket closes (1011) and the client retries', async () => {
    await start();
    hooks.failLoad = true;
    const a = open('doc', 'alice');
    await waitFor(() => a.closes.some((c) => c.code === 1011), 'the socket to close with 1011');
    expect(a.provider.synced).toBe(false);
    const stored = new Y.Doc();
    stored.getText('text').insert(0, 'er was al tekst');
    hooks.stored.set('doc', [Y.encodeStateAsUpdate(stored)]);
    hooks.failLoad = false;
    await within(a.synced, 'the retry to sync');
    expect(a.text.toString()).toBe('er was al tekst');
  });

  it('loads a document once for many sockets, stores before broadcasting, and unloads it when idle', async () => {
    await start({ idleUnloadMs: 50 });
    const a = open('doc', 'alice');
    const b = open('doc', 'bob');
    await within(Promise.all([a.synced, b.synced]), 'sync');
    expect(hooks.loads).toBe(1);
    a.text.insert(0, 'hallo');
    await waitFor(() => b.text.toString() === 'hallo', 'the update to arrive');
    expect(hooks.text('doc')).toBe('hallo');
    a.destroy();
    b.destroy();
    await waitFor(() => hooks.unloads === 1 && server.stats().documents === 0, 'the idle document to unload');
  });

  it('keeps running when storing fails: the document stays, the sender reconnects and resends', async () => {
    await start();
    const a = open('doc', 'alice');
    const b = open('doc', 'bob');
    await within(Promise.all([a.synced, b.synced]), 'sync');
    hooks.failStore = true;
    a.text.insert(0, 'niet opgeslagen');
    await waitFor(() => a.closes.some((c) => c.code === 1011), 'the sender to be closed with 1011');
    expect(b.text.toString()).toBe('');
    expect(server.stats()).toMatchObject({ documents: 1, storeFailures: 1 });
    hooks.failStore = false;
    await waitFor(() => b.text.toString() === 'niet opgeslagen', 'the resent edit to arrive');
    expect(hooks.text('doc')).toBe('niet opgeslagen');
  });

  it('drops updates from read-only sockets but sends them the document', async () => {
    await start();
    const a = open('doc', 'alice');
    await within(a.synced, 'sync');
    a.text.insert(0, 'van alice');
    const v = open('doc', 'viewer-1');
    await within(v.synced, 'viewer sync');
    await waitFor(() => v.text.toString() === 'van alice', 'the viewer to receive the text');
    v.text.insert(0, 'VIEWER ');
    await waitFor(() => server.stats().updatesDroppedReadOnly === 1, 'the drop');
    expect(hooks.text('doc')).toBe('van alice');
  });

  it('sends keep-alive traffic to an idle client, so its 30 s watchdog never fires', async () => {
    await start({ keepAliveMs: 150 });
    const url = `${base.replace('http', 'ws')}/collab/doc?token=alice`;
    const ws = new WebSocket(url);
    const frames: number[] = [];
    ws.on('message', (data: Buffer) => frames.push(data[0]));
    await waitFor(() => frames.filter((type) => type === MESSAGE_AWARENESS).length >= 3, 'three keep-alive messages');
    ws.close();
  });

  it('closes a socket that sends too much before its document is ready', async () => {
    await start({ maxBytesBeforeReady: 1000 });
    const gate = deferred();
    hooks.loadGate = gate.promise;
    const ws = new WebSocket(`${base.replace('http', 'ws')}/collab/doc?token=alice`);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve) => ws.on('open', resolve));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array(2000));
    ws.send(encoding.toUint8Array(encoder));
    expect(await within(closed, 'the close')).toBe(1013);
    gate.resolve();
  });

  it('collects presence changes into few messages and lets no socket change another client\'s presence', async () => {
    await start({ awarenessThrottleMs: 200 });
    const a = open('doc', 'alice');
    const b = open('doc', 'bob');
    await within(Promise.all([a.synced, b.synced]), 'sync');
    let received = 0;
    b.provider.awareness.on('update', () => received++);
    for (let i = 0; i < 100; i++) a.provider.awareness.setLocalStateField('cursor', i);
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.cursor === 99, 'the latest cursor');
    expect(received).toBeLessThan(100);

    // Bob's socket claims Alice's client id: dropped.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, a.doc.clientID);
    encoding.writeVarUint(update, 10_000);
    encoding.writeVarString(update, JSON.stringify({ cursor: 'spoofed' }));
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
    b.provider.ws!.send(encoding.toUint8Array(encoder));
    b.provider.awareness.setLocalStateField('marker', true);
    await waitFor(() => a.provider.awareness.getStates().get(b.doc.clientID)?.marker === true, "bob's later presence to arrive");
    expect(b.provider.awareness.getStates().get(a.doc.clientID)?.cursor).toBe(99);
  });

  it('closes a socket that sends a malformed update (4400) without storing it', async () => {
    await start();
    const ws = new WebSocket(`${base.replace('http', 'ws')}/collab/doc?token=alice`);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve) => ws.on('message', resolve));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array([5, 200, 1, 7, 7, 7, 7]));
    ws.send(encoding.toUint8Array(encoder));
    expect(await within(closed, 'the close')).toBe(4400);
    expect(hooks.stored.get('doc')).toBeUndefined();
  });

  it('answers sync step 1 with the missing updates (y-protocols)', async () => {
    await start();
    const a = open('doc', 'alice');
    await within(a.synced, 'sync');
    a.text.insert(0, 'abc');
    await waitFor(() => hooks.text('doc') === 'abc', 'the store');
    const ws = new WebSocket(`${base.replace('http', 'ws')}/collab/doc?token=bob`);
    const replies: Uint8Array[] = [];
    ws.on('message', (data: Buffer) => replies.push(new Uint8Array(data)));
    await new Promise((resolve) => ws.on('open', resolve));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
    ws.send(encoding.toUint8Array(encoder));
    await waitFor(() => replies.some((r) => r[0] === MESSAGE_SYNC && r[1] === 1), 'sync step 2');
    const step2 = decoding.createDecoder(replies.find((r) => r[0] === MESSAGE_SYNC && r[1] === 1)!);
    decoding.readVarUint(step2);
    decoding.readVarUint(step2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, decoding.readVarUint8Array(step2));
    expect(doc.getText('text').toString()).toBe('abc');
    ws.close();
  });
});
