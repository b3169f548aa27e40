import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import * as Y from 'yjs';
import { isAccessChange, type AccessChange } from '../../common/access-changes';
import type { CollabLogger } from '../core/collab-server';
import type { CollabExtension, CollabServerApi, DocumentHandle, PendingUpdate, RepairReason } from '../core/hooks';
import { decodeAwarenessUpdate } from '../core/protocol';
import type { CollabContext } from './collab-context';

// On a document's channel.
/** An update without sequence numbers (a store that keeps none; still accepted from older senders). */
const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const KIND_CLOSE = 2;
/** A stored batch: the sender's previous batch's sequence number (u64, 0 = none) | this batch's highest (u64) | update. */
export const KIND_STORED_UPDATE = 3;
// On the control channel.
const KIND_HELLO = 16;
const KIND_BEAT = 17;
const KIND_BYE = 18;
/** A permission change: id (16 bytes) | JSON. Every live peer applies it, then acknowledges. */
const KIND_ACCESS = 19;
/** id (16 bytes) of the permission change applied. */
const KIND_ACK = 20;

const INSTANCE_BYTES = 16;
const CHANGE_ID_BYTES = 16;
/** How long loading a document waits for its subscription before going ahead (it resyncs when Redis is back). */
const SUBSCRIBE_TIMEOUT_MS = 2_000;

export interface RedisFanOutOptions {
  /** Channel prefix: `<prefix><documentId>` per open document, `<prefix>~control` for heartbeats and permission changes. */
  prefix: string;
  /** Shown in Redis' CLIENT LIST as `<name>:pub` and `<name>:sub`. */
  name: string;
  /** Each process says it is alive this often. */
  heartbeatMs: number;
  /** A peer not heard from for this long is dead: its presence goes, open documents are resynced. */
  peerTimeoutMs: number;
  /** How long a permission change waits for the live peers to confirm they applied it. */
  accessAckTimeoutMs: number;
  /** Told how long this process's own heartbeat took to come back through Redis (metrics). */
  onLag?: (seconds: number) => void;
}

export const DEFAULT_REDIS_OPTIONS: RedisFanOutOptions = {
  prefix: 'routekaart:collab:',
  name: 'routekaart-collab',
  heartbeatMs: 1_000,
  peerTimeoutMs: 4_000,
  accessAckTimeoutMs: 2_000,
};

export interface FanOutStats {
  /** Other processes heard from within the peer timeout. */
  peers: number;
  /** Peers declared dead (stopped answering without saying goodbye). */
  peerDeaths: number;
  accessChangesPublished: number;
  /** Permission changes that not every live peer confirmed within the timeout (their poll applies them). */
  accessAckTimeouts: number;
}

interface Peer {
  lastSeen: number;
  /** Presence client ids this peer published, per document open here. */
  presence: Map<string, Set<number>>;
}

interface PendingAcks {
  waiting: Set<string>;
  settle: () => void;
}

/**
 * The `beforeLoad`, `fanOut`, `awareness` and `unload` stages on Redis pub/sub, for several API
 * processes serving one document, and the processes' view of each other. One channel per open
 * document and one control channel; each frame is `kind (1 byte) | sender instance (16 bytes) | payload`.
 *
 * - beforeLoad subscribes BEFORE the document is read from PostgreSQL: whatever is stored after the
 *   read arrives through Redis, whatever was stored before is in the read.
 * - fanOut publishes a stored batch (merged into one update) with its sequence number and that of
 *   the sender's previous batch of the document. A receiver whose last batch from that sender is not
 *   the previous one missed a message: it repairs the document from PostgreSQL at once. (Storing
 *   and publishing are two steps; a process killed between them leaves a batch only the store has.)
 * - heartbeats on the control channel: a process says hello when it starts and beats every
 *   `heartbeatMs`. A hello (perhaps a replacement for a process that died) and a peer silent for
 *   `peerTimeoutMs` make the others resync their open documents, and a dead peer's presence goes.
 * - Redis pub/sub drops messages while a subscriber is disconnected, so after every reconnect each
 *   loaded document is resynced from PostgreSQL (the state vector decides what is missing).
 * - permission changes are published on the control channel and the publisher waits (bounded) until
 *   every live peer has applied them to its sockets.
 */
export class RedisFanOutHook implements CollabExtension<CollabContext> {
  readonly name = 'redis';
  private readonly options: RedisFanOutOptions;
  private readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly control: string;
  private server: CollabServerApi<CollabContext> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastTickAt = Date.now();
  /** When the last heartbeat went out, until it is heard back. */
  private beatSentAt: bigint | null = null;
  private readonly peers = new Map<string, Peer>();
  /** Per document open here: per sender, the sequence number of the last batch received from it. */
  private readonly received = new Map<string, Map<string, bigint>>();
  /** Per document: the sequence number of the last batch this process published for it. */
  private readonly published = new Map<string, bigint>();
  private readonly pendingAcks = new Map<string, PendingAcks>();
  private accessHandler: ((change: AccessChange) => Promise<void>) | null = null;
  private readonly counters = { peerDeaths: 0, accessChangesPublished: 0, accessAckTimeouts: 0 };

  constructor(
    url: string,
    private readonly logger: CollabLogger,
    options: Partial<RedisFanOutOptions> = {},
  ) {
    this.options = { ...DEFAULT_REDIS_OPTIONS, ...options };
    this.control = `${this.options.prefix}~control`;
    this.pub = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false, connectionName: `${this.options.name}:pub` });
    // No ready check on the subscriber: its INFO, sent on connect, is refused once a SUBSCRIBE issued
    // before the connection was up has put the client in subscriber mode, and the SUBSCRIBE failed with it.
    this.sub = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, enableReadyCheck: false, connectionName: `${this.options.name}:sub` });
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => this.logger.warn({ err: error }, 'Redis (collaboration fan-out)'));
  }

  /** This process's id on the channels (hex), as peers log it. */
  get instanceId(): string {
    return this.instance.toString('hex');
  }

  attach(server: CollabServerApi<CollabContext>): void {
    this.server = server;
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    // After any (re)connect, what was published meanwhile is lost: catch up from PostgreSQL. The
    // peers were not heard meanwhile either; give them a fresh timeout.
    this.sub.on('ready', () => {
      for (const peer of this.peers.values()) peer.lastSeen = Date.now();
      // (Re)subscribe on every connection: a SUBSCRIBE that failed before is not retried by the client,
      // and a replica that misses the control channel would never hear its peers.
      this.subscribeAll();
      void this.resyncAll('fan-out-reconnect', {});
    });
    if (this.sub.status === 'ready') this.subscribeAll();
    void this.send(this.control, KIND_HELLO, Buffer.alloc(0));
    this.timer = setInterval(() => this.tick(), this.options.heartbeatMs);
    this.timer.unref();
  }

  /** Subscribes to the control channel and the channel of every document open here (SUBSCRIBE is idempotent). */
  private subscribeAll(): void {
    const channels = [this.control, ...(this.server?.loadedDocuments() ?? []).map((name) => this.channel(name))];
    this.sub.subscribe(...channels).catch((error: unknown) => this.logger.warn({ err: error }, 'could not subscribe to the collaboration channels; retried on the next connection'));
  }

  /** Who applies a permission change published by another process (to this process's sockets). */
  onAccessChange(handler: (change: AccessChange) => Promise<void>): void {
    this.accessHandler = handler;
  }

  async beforeLoad(doc: DocumentHandle): Promise<void> {
    await withTimeout(this.sub.subscribe(this.channel(doc.name)), SUBSCRIBE_TIMEOUT_MS).catch((error: unknown) =>
      this.logger.warn({ err: error, documentId: doc.name }, 'could not subscribe to the document on Redis yet; it resyncs on reconnect'),
    );
  }

  async fanOut(doc: DocumentHandle, updates: readonly PendingUpdate<CollabContext>[]): Promise<void> {
    const update = updates.length === 1 ? updates[0].update : Y.mergeUpdates(updates.map((u) => u.update));
    const seqs = updates.map((u) => u.seq);
    if (seqs.some((seq) => seq === undefined)) return this.send(this.channel(doc.name), KIND_UPDATE, update);
    const last = (seqs as bigint[]).reduce((max, seq) => (seq > max ? seq : max), 0n);
    // The chain advances even if this publish fails: the next message then shows the gap.
    const previous = this.published.get(doc.name) ?? 0n;
    this.published.set(doc.name, last);
    const header = Buffer.alloc(16);
    header.writeBigUInt64BE(previous, 0);
    header.writeBigUInt64BE(last, 8);
    await this.send(this.channel(doc.name), KIND_STORED_UPDATE, Buffer.concat([header, update]));
  }

  async awareness(doc: DocumentHandle, update: Uint8Array): Promise<void> {
    await this.send(this.channel(doc.name), KIND_AWARENESS, update);
  }

  /** Tells the other processes to close their sockets on a document (e.g. it was deleted). */
  async publishClose(documentId: string, code: number, reason: string): Promise<void> {
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    await this.send(this.channel(documentId), KIND_CLOSE, payload);
  }

  /**
   * Has every live peer apply a permission change to its sockets; resolves when all confirmed, or
   * after `accessAckTimeoutMs` (logged; the peers' periodic re-check is the safety net). Never throws.
   */
  async publishAccessChange(change: AccessChange): Promise<void> {
    const id = randomBytes(CHANGE_ID_BYTES);
    const key = id.toString('hex');
    const waiting = new Set(this.peers.keys());
    let settle!: () => void;
    const confirmed = new Promise<void>((resolve) => (settle = resolve));
    if (waiting.size) this.pendingAcks.set(key, { waiting, settle });
    this.counters.accessChangesPublished++;
    const timer = setTimeout(() => settle(), this.options.accessAckTimeoutMs);
    try {
      await this.send(this.control, KIND_ACCESS, Buffer.concat([id, Buffer.from(JSON.stringify(change))]));
      if (waiting.size) await confirmed;
    } catch (error) {
      this.logger.warn({ err: error, change }, 'could not publish a permission change to the other processes; their periodic re-check applies it');
      return;
    } finally {
      clearTimeout(timer);
      this.pendingAcks.delete(key);
    }
    if (waiting.size) {
      this.counters.accessAckTimeouts++;
      this.logger.warn({ change, peers: [...waiting] }, 'not every collaboration peer confirmed a permission change in time; their periodic re-check applies it');
    }
  }

  async unload(doc: DocumentHandle): Promise<void> {
    this.received.delete(doc.name);
    this.published.delete(doc.name);
    for (const peer of this.peers.values()) peer.presence.delete(doc.name);
    await withTimeout(this.sub.unsubscribe(this.channel(doc.name)), SUBSCRIBE_TIMEOUT_MS).catch(() => undefined);
  }

  async destroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const pending of this.pendingAcks.values()) pending.settle();
    // A clean stop: the others need not wait for the timeout (nothing is left unpublished).
    await withTimeout(this.send(this.control, KIND_BYE, Buffer.alloc(0)), 500).catch(() => undefined);
    await Promise.all([this.pub.quit().catch(() => this.pub.disconnect()), this.sub.quit().catch(() => this.sub.disconnect())]);
  }

  stats(): FanOutStats {
    return { peers: this.peers.size, ...this.counters };
  }

  /** Publishes one frame; the seam where tests lose messages on purpose. */
  protected async publish(channel: string, frame: Buffer): Promise<void> {
    await this.pub.publish(channel, frame);
  }

  private send(channel: string, kind: number, payload: Uint8Array): Promise<void> {
    return this.publish(channel, Buffer.concat([Buffer.from([kind]), this.instance, payload]));
  }

  private channel(documentId: string): string {
    return this.options.prefix + documentId;
  }

  // ---- receiving ---------------------------------------------------------------------------------

  private receive(channel: string, message: Buffer): void {
    if (!this.server || message.length < 1 + INSTANCE_BYTES) return;
    const sender = message.subarray(1, 1 + INSTANCE_BYTES);
    if (sender.equals(this.instance)) {
      // Our own heartbeat, heard back: how long Redis took to deliver it.
      if (channel === this.control && message[0] === KIND_BEAT && this.beatSentAt !== null) {
        this.options.onLag?.(Number(process.hrtime.bigint() - this.beatSentAt) / 1e9);
        this.beatSentAt = null;
      }
      return;
    }
    const peer = sender.toString('hex');
    const payload = message.subarray(1 + INSTANCE_BYTES);
    if (channel === this.control) return this.receiveControl(message[0], peer, payload);
    if (!channel.startsWith(this.options.prefix)) return;
    this.receiveDocument(channel.slice(this.options.prefix.length), message[0], peer, payload);
  }

  private receiveDocument(documentId: string, kind: number, peer: string, payload: Buffer): void {
    const server = this.server!;
    const bytes = new Uint8Array(payload.buffer, payload.byteOffset, payload.length);
    switch (kind) {
      case KIND_UPDATE:
        server.applyRemoteUpdate(documentId, bytes);
        break;
      case KIND_STORED_UPDATE: {
        if (payload.length < 16 || !server.document(documentId)) return;
        const previous = payload.readBigUInt64BE(0);
        const last = payload.readBigUInt64BE(8);
        let senders = this.received.get(documentId);
        if (!senders) this.received.set(documentId, (senders = new Map()));
        const expected = senders.get(peer);
        senders.set(peer, last);
        server.applyRemoteUpdate(documentId, bytes.subarray(16), last);
        // 0: the sender's first batch of this document since it loaded it; nothing to compare.
        if (previous !== 0n && expected !== undefined && previous !== expected) {
          void server.repair(documentId, 'sequence-gap', { sender: peer, lastReceivedSeq: expected.toString(), missedUpToSeq: previous.toString() });
        }
        break;
      }
      case KIND_AWARENESS:
        this.notePresence(peer, documentId, bytes);
        server.applyRemoteAwareness(documentId, bytes);
        break;
      case KIND_CLOSE:
        if (payload.length >= 2) server.closeDocument(documentId, payload.readUInt16BE(0), payload.subarray(2).toString());
        break;
    }
  }

  /** Remembers which presence states came from which peer, to remove them when it dies. */
  private notePresence(peer: string, documentId: string, update: Uint8Array): void {
    // Any frame proves a peer alive: one whose hello went out before this process subscribed is
    // known from its first presence on, so its presence goes when it dies.
    if (!this.server?.document(documentId)) return;
    const state = this.peerState(peer);
    let entries;
    try {
      entries = decodeAwarenessUpdate(update);
    } catch {
      return;
    }
    let ids = state.presence.get(documentId);
    if (!ids) state.presence.set(documentId, (ids = new Set()));
    for (const entry of entries) {
      if (entry.state === 'null') ids.delete(entry.clientId);
      else ids.add(entry.clientId);
    }
  }

  private receiveControl(kind: number, peer: string, payload: Buffer): void {
    if (kind === KIND_BYE) {
      if (this.peers.has(peer)) this.forgetPeer(peer, false);
      return;
    }
    this.peerState(peer).lastSeen = Date.now();
    switch (kind) {
      case KIND_HELLO:
        // It may replace a process that died with batches it had stored but not yet published.
        void this.resyncAll('peer-joined', { peer });
        break;
      case KIND_ACCESS:
        void this.receiveAccessChange(payload);
        break;
      case KIND_ACK: {
        const pending = this.pendingAcks.get(payload.subarray(0, CHANGE_ID_BYTES).toString('hex'));
        if (pending?.waiting.delete(peer) && !pending.waiting.size) pending.settle();
        break;
      }
    }
  }

  private async receiveAccessChange(payload: Buffer): Promise<void> {
    const id = payload.subarray(0, CHANGE_ID_BYTES);
    let change: unknown;
    try {
      change = JSON.parse(payload.subarray(CHANGE_ID_BYTES).toString());
    } catch {
      change = null;
    }
    if (id.length !== CHANGE_ID_BYTES || !isAccessChange(change)) {
      this.logger.warn({}, 'ignoring a malformed permission change from another process');
      return;
    }
    try {
      await this.accessHandler?.(change);
    } catch (error) {
      this.logger.warn({ err: error, change }, 'applying a permission change from another process failed');
    }
    await this.send(this.control, KIND_ACK, id).catch((error: unknown) => this.logger.warn({ err: error }, 'could not confirm a permission change'));
  }

  // ---- peers -------------------------------------------------------------------------------------

  private peerState(peer: string): Peer {
    let state = this.peers.get(peer);
    if (!state) {
      this.peers.set(peer, (state = { lastSeen: Date.now(), presence: new Map() }));
      this.logger.info({ peer, peers: this.peers.size }, 'collaboration peer joined');
    }
    return state;
  }

  /** Beats, and declares dead the peers not heard from for `peerTimeoutMs`. */
  private tick(): void {
    const now = Date.now();
    const stalled = now - this.lastTickAt > 2 * this.options.heartbeatMs;
    this.lastTickAt = now;
    this.beatSentAt = process.hrtime.bigint();
    void this.send(this.control, KIND_BEAT, Buffer.alloc(0)).catch(() => undefined);
    // When this process was stalled (or cannot hear anyone), silence proves nothing about the others.
    if (stalled || this.sub.status !== 'ready') return;
    for (const [peer, state] of this.peers) {
      if (now - state.lastSeen > this.options.peerTimeoutMs) this.forgetPeer(peer, true);
    }
  }

  /** A peer left (`died`: without saying goodbye): its presence goes; what it stored without publishing is fetched. */
  private forgetPeer(peer: string, died: boolean): void {
    const state = this.peers.get(peer);
    if (!state) return;
    this.peers.delete(peer);
    for (const senders of this.received.values()) senders.delete(peer);
    for (const [key, pending] of this.pendingAcks) {
      if (pending.waiting.delete(peer) && !pending.waiting.size) {
        pending.settle();
        this.pendingAcks.delete(key);
      }
    }
    for (const [documentId, ids] of state.presence) if (ids.size) this.server?.removeRemoteAwareness(documentId, [...ids]);
    if (!died) {
      this.logger.info({ peer, peers: this.peers.size }, 'collaboration peer left');
      return;
    }
    this.counters.peerDeaths++;
    this.logger.warn(
      { peer, silentMs: Date.now() - state.lastSeen, peers: this.peers.size },
      'collaboration peer stopped answering: its presence is removed and open documents are resynced from PostgreSQL',
    );
    void this.resyncAll('peer-died', { peer });
  }

  private async resyncAll(reason: RepairReason, gap: Record<string, unknown>): Promise<void> {
    const server = this.server;
    if (!server) return;
    const documents = server.loadedDocuments();
    if (!documents.length) return;
    this.logger.info({ documents: documents.length, reason, ...gap }, 'resyncing open documents from PostgreSQL');
    for (const documentId of documents) await server.repair(documentId, reason, gap);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
