import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Connection } from './connection';
import { CollabRefusal, type DocumentHandle, type PendingUpdate } from './hooks';
import { CLOSE, decodeAwarenessUpdate, encodeAwarenessEntries, encodeAwarenessMessage, encodeUpdateMessage } from './protocol';

/** Update origins other than a client connection. */
export const ORIGIN_REMOTE = Symbol('remote');
export const ORIGIN_RESYNC = Symbol('resync');
export const ORIGIN_SERVER = Symbol('server');

/** What a document needs from the server around it. */
export interface DocumentRuntime<C> {
  maxDocumentBytes: number;
  awarenessThrottleMs: number;
  maxAwarenessStateBytes: number;
  /** Runs the `store` stage; resolves once the batch is durable. */
  store(doc: CollabDocument<C>, batch: readonly PendingUpdate<C>[]): Promise<void>;
  /** Runs the `fanOut` stage (never throws). */
  fanOut(doc: CollabDocument<C>, batch: readonly PendingUpdate<C>[]): void;
  /** Runs the `awareness` stage (never throws). */
  awareness(doc: CollabDocument<C>, update: Uint8Array): void;
  /** A stored batch failed: decide what to tell its senders. */
  storeFailed(doc: CollabDocument<C>, batch: readonly QueuedUpdate<C>[], error: unknown): void;
  /** The last connection left. */
  idle(doc: CollabDocument<C>): void;
}

export interface QueuedUpdate<C> extends PendingUpdate<C> {
  origin: Connection<C> | typeof ORIGIN_SERVER;
  done?: { resolve: () => void; reject: (error: unknown) => void };
}

/** The most updates stored in one statement (group commit). */
const MAX_BATCH = 500;

/**
 * One open document in this process: its Y.Doc, presence, sockets, and the queue that makes each
 * update durable (the `store` stage) before it is applied and broadcast. The queue is the
 * per-document lock: one batch is stored at a time, in arrival order, and unloading waits for it
 * to drain. Updates that arrive while a batch is being stored are stored together next, so a busy
 * document costs one write per round trip, not one per keystroke.
 */
export class CollabDocument<C> implements DocumentHandle {
  readonly ydoc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly connections = new Set<Connection<C>>();
  /** Upper bound of the encoded size: exact after load or a size check, plus the bytes applied since. */
  approxBytes = 0;
  /** Settles when the stored state has been loaded (rejects when loading failed). */
  loading: Promise<void> | null = null;
  unloading: Promise<void> | null = null;
  idleTimer: NodeJS.Timeout | null = null;
  lastActiveAt = Date.now();
  /** See `DocumentHandle.appliedSeq`. */
  appliedSeq = 0n;
  /** Changes applied to the Y.Doc so far (every 'update' event), to tell whether a resync found anything. */
  changes = 0;
  private queue: QueuedUpdate<C>[] = [];
  private queuedBytes = 0;
  private flushing: Promise<void> | null = null;
  private readonly awarenessOwners = new Map<number, Connection<C>>();
  private readonly awarenessChanged = new Set<number>();
  private readonly awarenessToFanOut = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly runtime: DocumentRuntime<C>,
  ) {
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      this.changes++;
      this.approxBytes += update.length;
      const message = encodeUpdateMessage(update);
      for (const conn of this.connections) if (conn !== origin) conn.send(message);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      for (const id of [...added, ...updated, ...removed]) {
        this.awarenessChanged.add(id);
        if (origin !== ORIGIN_REMOTE) this.awarenessToFanOut.add(id);
      }
      this.scheduleAwarenessFlush();
    });
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  // ---- updates -----------------------------------------------------------------------------------

  /**
   * Queues a client's update for storing. Refuses (and returns the refusal) when the document would
   * grow past its size cap; the caller closes the socket with the reason.
   */
  enqueue(conn: Connection<C>, update: Uint8Array): CollabRefusal | null {
    const refusal = this.checkSize(update);
    if (refusal) return refusal;
    this.push({ update, context: conn.context, origin: conn });
    return null;
  }

  /** Stores, applies and broadcasts an update the server makes (e.g. restoring a version). */
  submit(update: Uint8Array, context: C | null): Promise<void> {
    const refusal = this.checkSize(update);
    if (refusal) return Promise.reject(refusal);
    return new Promise((resolve, reject) => this.push({ update, context, origin: ORIGIN_SERVER, done: { resolve, reject } }));
  }

  /** Resolves when everything queued so far has been stored (or rejected). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** An update another process stored: apply and broadcast here, nothing else. */
  applyRemote(update: Uint8Array, origin: typeof ORIGIN_REMOTE | typeof ORIGIN_RESYNC, seq?: bigint): void {
    Y.applyUpdate(this.ydoc, update, origin);
    if (seq !== undefined) this.noteSeq(seq);
  }

  /** Raises `appliedSeq` to `seq`. */
  noteSeq(seq: bigint): void {
    if (seq > this.appliedSeq) this.appliedSeq = seq;
  }

  /** Whether the Y.Doc waits for updates it does not have (structs or deletions that cannot be integrated yet). */
  get waitingForMissing(): { structs: Record<number, number> | null; deletions: boolean } | null {
    const { pendingStructs, pendingDs } = this.ydoc.store;
    if (!pendingStructs && !pendingDs) return null;
    return { structs: pendingStructs ? Object.fromEntries(pendingStructs.missing) : null, deletions: !!pendingDs };
  }

  private checkSize(update: Uint8Array): CollabRefusal | null {
    const max = this.runtime.maxDocumentBytes;
    if (this.approxBytes + this.queuedBytes + update.length <= max) return null;
    // The estimate only grows; measure before refusing.
    this.approxBytes = Y.encodeStateAsUpdate(this.ydoc).length;
    if (this.approxBytes + this.queuedBytes + update.length <= max) return null;
    return new CollabRefusal(
      CLOSE.tooLarge,
      `document too large: the limit is ${formatBytes(max)}; the last change was not saved`,
    );
  }

  private push(item: QueuedUpdate<C>): void {
    this.lastActiveAt = Date.now();
    this.queue.push(item);
    this.queuedBytes += item.update.length;
    this.flushing ??= this.flush().finally(() => (this.flushing = null));
  }

  private async flush(): Promise<void> {
    while (this.queue.length && !this.destroyed) {
      const taken = this.queue.splice(0, MAX_BATCH);
      this.queuedBytes -= taken.reduce((n, item) => n + item.update.length, 0);
      const batch = taken.filter((item) => item.origin === ORIGIN_SERVER || !item.origin.failed);
      if (!batch.length) continue;
      try {
        await this.runtime.store(this, batch);
      } catch (error) {
        for (const item of batch) if (item.origin !== ORIGIN_SERVER) item.origin.failed = true;
        this.runtime.storeFailed(this, batch, error);
        for (const item of batch) item.done?.reject(error);
        continue;
      }
      // Durable now: apply (the 'update' handler broadcasts), then tell the other processes.
      for (const item of batch) if (item.seq !== undefined) this.noteSeq(item.seq);
      for (const item of batch) {
        try {
          Y.applyUpdate(this.ydoc, item.update, item.origin);
          item.done?.resolve();
        } catch (error) {
          // Validated before queueing, so this is not expected; keep going with the rest.
          item.done?.reject(error);
        }
      }
      this.runtime.fanOut(this, batch);
    }
  }

  // ---- presence ----------------------------------------------------------------------------------

  /**
   * Applies a client's presence. A socket may only set the states of client ids it introduced (or
   * new ones), and each state is capped; other entries are dropped. The y-websocket client echoes
   * every state it receives, so an id nobody here owns (e.g. a client of another process) is only
   * taken over with a newer clock than the one known: an echo never makes a socket its owner.
   */
  applyAwareness(conn: Connection<C>, update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update);
    const accepted = entries.filter((entry) => {
      const owner = this.awarenessOwners.get(entry.clientId);
      if (owner && owner !== conn) return false;
      const known = owner ? undefined : this.awareness.meta.get(entry.clientId);
      if (known && entry.clock <= known.clock) return false;
      return entry.state.length <= this.runtime.maxAwarenessStateBytes;
    });
    for (const entry of accepted) {
      if (entry.state === 'null') {
        this.awarenessOwners.delete(entry.clientId);
        conn.awarenessIds.delete(entry.clientId);
      } else {
        this.awarenessOwners.set(entry.clientId, conn);
        conn.awarenessIds.add(entry.clientId);
      }
    }
    if (!accepted.length) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted.length === entries.length ? update : encodeAwarenessEntries(accepted), conn);
  }

  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, ORIGIN_REMOTE);
  }

  /** Removes presence that came from another process (never that of a socket here); the removal reaches every socket here. */
  removeRemoteAwareness(clientIds: readonly number[]): void {
    const remote = clientIds.filter((id) => !this.awarenessOwners.has(id));
    if (remote.length) awarenessProtocol.removeAwarenessStates(this.awareness, remote, ORIGIN_REMOTE);
  }

  /** Every known presence state, for a socket that just joined or asked. */
  awarenessSnapshot(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length ? encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)) : null;
  }

  /**
   * Presence is what saturates a busy server (every cursor move of every user to every user), so
   * changes are collected and sent at most once per throttle interval, each client's latest state once.
   */
  private scheduleAwarenessFlush(): void {
    if (this.awarenessTimer || this.destroyed) return;
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      this.flushAwareness();
    }, this.runtime.awarenessThrottleMs);
  }

  private flushAwareness(): void {
    if (this.awarenessChanged.size) {
      const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awarenessChanged]));
      this.awarenessChanged.clear();
      for (const conn of this.connections) conn.send(message);
    }
    if (this.awarenessToFanOut.size) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awarenessToFanOut]);
      this.awarenessToFanOut.clear();
      this.runtime.awareness(this, update);
    }
  }

  // ---- sockets -----------------------------------------------------------------------------------

  add(conn: Connection<C>): void {
    this.connections.add(conn);
    this.lastActiveAt = Date.now();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  remove(conn: Connection<C>): void {
    if (!this.connections.delete(conn)) return;
    this.lastActiveAt = Date.now();
    const ids = [...conn.awarenessIds].filter((id) => this.awarenessOwners.get(id) === conn);
    for (const id of ids) this.awarenessOwners.delete(id);
    if (ids.length) awarenessProtocol.removeAwarenessStates(this.awareness, ids, conn);
    if (this.connections.size === 0) this.runtime.idle(this);
  }

  destroy(): void {
    this.destroyed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    for (const item of this.queue) item.done?.reject(new Error('document closed'));
    this.queue = [];
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
