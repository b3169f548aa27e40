import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { CollabDocument, ORIGIN_REMOTE, ORIGIN_RESYNC, type DocumentRuntime, type QueuedUpdate } from './collab-document';
import { Connection, closeReason } from './connection';
import {
  CollabRefusal,
  DETECTED_GAPS,
  type Authenticated,
  type CollabExtension,
  type CollabServerApi,
  type ConnectionHandle,
  type DocumentHandle,
  type RepairReason,
  type ResyncResult,
} from './hooks';
import {
  CLOSE,
  KEEP_ALIVE_MESSAGE,
  decodeMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  isEmptyUpdate,
  isValidUpdate,
} from './protocol';

/** The slice of a pino logger the core uses. */
export interface CollabLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface CollabServerOptions {
  /** Largest encoded document; an update that would pass it is refused with a clear close reason. */
  maxDocumentBytes: number;
  /** What a socket may send before it is authenticated and its document loaded. */
  maxBytesBeforeReady: number;
  /** Bytes queued to one slow client before it is dropped (it reconnects and resyncs). */
  maxBufferedBytes: number;
  /** Send something at least this often: the y-websocket client drops a socket after 30 s of silence. */
  keepAliveMs: number;
  /** Ping interval; a socket that has not answered the previous ping is terminated. */
  pingMs: number;
  /** Presence changes of a document are sent at most once per interval. */
  awarenessThrottleMs: number;
  maxAwarenessStateBytes: number;
  /** A document without sockets leaves memory (after the `unload` stage) after this long. */
  idleUnloadMs: number;
  /** How long shutdown waits for `unload` hooks (e.g. compaction) before it gives up on them. */
  shutdownTimeoutMs: number;
}

export const DEFAULT_COLLAB_OPTIONS: CollabServerOptions = {
  maxDocumentBytes: 5 * 1024 * 1024,
  maxBytesBeforeReady: 1024 * 1024,
  maxBufferedBytes: 16 * 1024 * 1024,
  keepAliveMs: 15_000,
  pingMs: 30_000,
  awarenessThrottleMs: 100,
  maxAwarenessStateBytes: 16 * 1024,
  idleUnloadMs: 30_000,
  shutdownTimeoutMs: 5_000,
};

export interface CollabStats {
  documents: number;
  connections: number;
  updatesStored: number;
  updatesDroppedReadOnly: number;
  updatesRefused: number;
  storeFailures: number;
  /** Resyncs from the store because something was or may have been missed, by reason (see `RepairReason`). */
  repairs: Record<RepairReason, number>;
  /** Of those, the ones that found updates this process lacked and applied them. */
  repairsApplied: number;
}

/** A document left waiting for a missing update is repaired at most this often (the store may not have it either). */
const PENDING_REPAIR_INTERVAL_MS = 2_000;
/** Clients listed in a repair's log line. */
const MAX_LISTED_CLIENTS = 10;

interface ResyncSlot {
  running: Promise<ResyncResult | null> | null;
  /** Requested but not started: it will read everything stored until it starts, so later requests join it. */
  queued: Promise<ResyncResult | null> | null;
}

/**
 * The collaboration core: y-websocket protocol on a `noServer` WebSocketServer, one `CollabDocument`
 * per open document, and the hook stages (see `hooks.ts`) around them. Knows nothing of users,
 * permissions, PostgreSQL or Redis.
 */
export class CollabServer<C> implements CollabServerApi<C> {
  readonly options: CollabServerOptions;
  private readonly wss: WebSocketServer;
  private readonly docs = new Map<string, CollabDocument<C>>();
  private readonly conns = new Set<Connection<C>>();
  private readonly runtime: DocumentRuntime<C>;
  private readonly timer: NodeJS.Timeout;
  private lastPingAt = Date.now();
  private closing: Promise<void> | null = null;
  private readonly counters = { updatesStored: 0, updatesDroppedReadOnly: 0, updatesRefused: 0, storeFailures: 0, repairsApplied: 0 };
  private readonly repairCounts: Record<RepairReason, number> = {
    'sequence-gap': 0,
    'pending-structs': 0,
    'periodic-check': 0,
    'peer-joined': 0,
    'peer-died': 0,
    'fan-out-reconnect': 0,
  };
  private readonly resyncs = new Map<CollabDocument<C>, ResyncSlot>();
  private readonly pendingRepairAt = new WeakMap<CollabDocument<C>, number>();

  constructor(
    private readonly extensions: readonly CollabExtension<C>[],
    private readonly logger: CollabLogger,
    options: Partial<CollabServerOptions> = {},
  ) {
    this.options = { ...DEFAULT_COLLAB_OPTIONS, ...options };
    if (!extensions.some((e) => e.authenticate)) throw new Error('a collaboration server needs an extension that authenticates');
    this.wss = new WebSocketServer({
      noServer: true,
      // Above the document cap, so an oversized update gets the clear 4413 rather than a bare 1009.
      maxPayload: 2 * this.options.maxDocumentBytes + 1024 * 1024,
      perMessageDeflate: false,
    });
    this.runtime = this.createRuntime();
    this.timer = setInterval(() => this.tick(), Math.min(5_000, this.options.keepAliveMs / 3));
    this.timer.unref();
    for (const extension of extensions) extension.attach?.(this);
  }

  // ---- the upgrade -------------------------------------------------------------------------------

  /**
   * Takes an HTTP upgrade for `documentName`: authenticates it before the handshake completes (no
   * document byte reaches a refused socket), then opens the document.
   */
  async handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, documentName: string): Promise<void> {
    try {
      await this.upgrade(request, socket, head, documentName);
    } catch (error) {
      // Never let one upgrade take the process down.
      this.logger.error({ err: error, documentName }, 'collaboration upgrade failed');
      socket.destroy();
    }
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, documentName: string): Promise<void> {
    socket.on('error', () => undefined);
    if (this.closing) return rejectHttp(socket, 503, 'Service Unavailable');
    let auth: Authenticated<C>;
    try {
      auth = await this.authenticate(request, documentName);
    } catch (error) {
      if (socket.destroyed) return;
      if (error instanceof CollabRefusal) {
        if (error.httpStatus) return rejectHttp(socket, error.httpStatus, error.reason);
        this.logger.debug({ documentName, code: error.code, reason: error.reason }, 'collaboration socket refused');
        this.wss.handleUpgrade(request, socket, head, (ws) => {
          // The y-protocols auth message first: the client logs "Permission denied" with the reason.
          ws.send(encodePermissionDenied(error.reason));
          ws.close(error.code, closeReason(error.reason));
        });
        return;
      }
      this.logger.error({ err: error, documentName }, 'authenticating a collaboration socket failed');
      return rejectHttp(socket, 500, 'Internal Server Error');
    }
    if (socket.destroyed || this.closing) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws, documentName, auth));
  }

  private async authenticate(request: IncomingMessage, documentName: string): Promise<Authenticated<C>> {
    for (const extension of this.extensions) {
      if (extension.authenticate) return extension.authenticate({ request, documentName });
    }
    throw new CollabRefusal(CLOSE.forbidden, 'no authentication configured');
  }

  private accept(ws: WebSocket, documentName: string, auth: Authenticated<C>): void {
    const conn = new Connection<C>(ws, documentName, auth.context, auth.readOnly, this.options);
    this.conns.add(conn);
    let doc: CollabDocument<C> | null = null;
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (conn.closed) return;
      const bytes = toBytes(data);
      if (!isBinary) return conn.close(CLOSE.malformed, 'expected binary y-websocket messages');
      if (!conn.ready || !doc) {
        if (!conn.hold(bytes)) conn.close(CLOSE.tryAgainLater, 'too much data before the document was ready');
        return;
      }
      this.receive(doc, conn, bytes);
    });
    ws.on('pong', () => (conn.alive = true));
    ws.on('error', (error) => this.logger.debug({ err: error, documentName }, 'collaboration socket error'));
    ws.on('close', () => {
      conn.closed = true;
      this.conns.delete(conn);
      doc?.remove(conn);
    });
    this.open(conn, (opened) => (doc = opened)).catch((error: unknown) =>
      this.logger.error({ err: error, documentName }, 'opening a collaboration socket failed'),
    );
  }

  /** Loads the document if needed, then sends the first sync messages and handles what the client sent meanwhile. */
  private async open(conn: Connection<C>, opened: (doc: CollabDocument<C>) => void): Promise<void> {
    let doc: CollabDocument<C>;
    try {
      doc = await this.acquire(conn.documentName);
    } catch (error) {
      if (error instanceof CollabRefusal) conn.close(error.code, error.reason);
      else conn.close(CLOSE.serverError, 'the document could not be loaded; try again');
      return;
    }
    if (conn.closed) {
      if (doc.connections.size === 0) this.scheduleIdle(doc);
      return;
    }
    doc.add(conn);
    opened(doc);
    // Ask writers for what they have that the server lacks (offline edits); read-only sockets are not asked.
    if (!conn.readOnly) conn.send(encodeSyncStep1(doc.ydoc));
    const presence = doc.awarenessSnapshot();
    if (presence) conn.send(presence);
    for (const bytes of conn.takeHeld()) {
      if (conn.closed) break;
      this.receive(doc, conn, bytes);
    }
  }

  private receive(doc: CollabDocument<C>, conn: Connection<C>, bytes: Uint8Array): void {
    try {
      const message = decodeMessage(bytes);
      switch (message.kind) {
        case 'sync-step-1':
          conn.send(encodeSyncStep2(doc.ydoc, message.stateVector));
          return;
        case 'update': {
          if (conn.readOnly) {
            this.counters.updatesDroppedReadOnly++;
            if (!conn.toldReadOnly) conn.send(encodePermissionDenied('read-only: your changes to this document are not saved'));
            conn.toldReadOnly = true;
            return;
          }
          if (isEmptyUpdate(message.update)) return;
          if (!isValidUpdate(message.update)) return conn.close(CLOSE.malformed, 'malformed update');
          const refusal = doc.enqueue(conn, message.update);
          if (refusal) {
            this.counters.updatesRefused++;
            conn.failed = true;
            conn.close(refusal.code, refusal.reason);
          }
          return;
        }
        case 'awareness':
          doc.applyAwareness(conn, message.update);
          return;
        case 'query-awareness': {
          const presence = doc.awarenessSnapshot();
          if (presence) conn.send(presence);
          return;
        }
        case 'ignored':
          return;
      }
    } catch (error) {
      this.logger.debug({ err: error, documentName: doc.name }, 'malformed collaboration message');
      conn.close(CLOSE.malformed, 'malformed message');
    }
  }

  // ---- the document registry ---------------------------------------------------------------------

  /** The loaded document, loading it first (once, however many sockets wait for it). */
  private async acquire(name: string): Promise<CollabDocument<C>> {
    for (;;) {
      if (this.closing) throw new CollabRefusal(CLOSE.goingAway, 'server shutting down');
      let doc = this.docs.get(name);
      if (doc?.unloading) {
        await doc.unloading.catch(() => undefined);
        continue;
      }
      if (!doc) {
        doc = new CollabDocument<C>(name, this.runtime);
        this.docs.set(name, doc);
        doc.loading = this.load(doc);
      }
      await doc.loading;
      return doc;
    }
  }

  /** beforeLoad then load; on failure the document is dropped (never served empty) and the error rethrown. */
  private async load(doc: CollabDocument<C>): Promise<void> {
    try {
      for (const extension of this.extensions) await extension.beforeLoad?.(doc);
      for (const extension of this.extensions) await extension.load?.(doc);
      doc.approxBytes = Y.encodeStateAsUpdate(doc.ydoc).length;
    } catch (error) {
      if (!(error instanceof CollabRefusal)) this.logger.error({ err: error, documentName: doc.name }, 'loading a document failed');
      if (this.docs.get(doc.name) === doc) this.docs.delete(doc.name);
      // Undo what beforeLoad set up (e.g. a subscription); errors here are only logged.
      await this.runUnloadHooks(doc).catch(() => undefined);
      doc.destroy();
      throw error;
    }
  }

  private scheduleIdle(doc: CollabDocument<C>): void {
    if (this.closing) return;
    if (doc.idleTimer) clearTimeout(doc.idleTimer);
    doc.idleTimer = setTimeout(() => void this.unload(doc), this.options.idleUnloadMs);
    doc.idleTimer.unref();
  }

  /** Unloads a document without sockets: waits for its stores, runs `unload`; on failure it stays loaded. */
  async unload(doc: CollabDocument<C>): Promise<boolean> {
    if (doc.connections.size > 0 || doc.unloading || this.docs.get(doc.name) !== doc) return false;
    doc.unloading = (async () => {
      await doc.drain();
      await this.runUnloadHooks(doc);
    })();
    try {
      await doc.unloading;
    } catch (error) {
      this.logger.warn({ err: error, documentName: doc.name }, 'unloading a document failed; keeping it in memory');
      doc.unloading = null;
      this.scheduleIdle(doc);
      return false;
    }
    this.docs.delete(doc.name);
    doc.destroy();
    return true;
  }

  private async runUnloadHooks(doc: DocumentHandle): Promise<void> {
    for (const extension of this.extensions) await extension.unload?.(doc);
  }

  /** Unloads every document that has had no socket for `idleMs` (default: the configured delay). */
  async unloadIdle(idleMs = this.options.idleUnloadMs): Promise<number> {
    let count = 0;
    for (const doc of [...this.docs.values()]) {
      if (doc.connections.size === 0 && Date.now() - doc.lastActiveAt >= idleMs && (await this.unload(doc))) count++;
    }
    return count;
  }

  // ---- what the server does itself ---------------------------------------------------------------

  /** Stores, applies and broadcasts an update made by the server (e.g. a restored version). */
  async submitUpdate(documentName: string, update: Uint8Array, context: C | null): Promise<void> {
    const doc = await this.acquire(documentName);
    try {
      await doc.submit(update, context);
    } finally {
      if (doc.connections.size === 0) this.scheduleIdle(doc);
    }
  }

  /** The live document's state, loading it if needed; null when it is not available. */
  async currentState(documentName: string): Promise<Uint8Array> {
    const doc = await this.acquire(documentName);
    if (doc.connections.size === 0) this.scheduleIdle(doc);
    return Y.encodeStateAsUpdate(doc.ydoc);
  }

  stats(): CollabStats {
    return { documents: this.docs.size, connections: this.conns.size, ...this.counters, repairs: { ...this.repairCounts } };
  }

  // ---- CollabServerApi ---------------------------------------------------------------------------

  connections(): Iterable<ConnectionHandle<C>> {
    return [...this.conns].filter((c) => !c.closed);
  }

  loadedDocuments(): string[] {
    return [...this.docs.keys()];
  }

  document(documentName: string): DocumentHandle | null {
    return this.docs.get(documentName) ?? null;
  }

  applyRemoteUpdate(documentName: string, update: Uint8Array, seq?: bigint): void {
    const doc = this.docs.get(documentName);
    if (!doc) return;
    try {
      doc.applyRemote(update, ORIGIN_REMOTE, seq);
    } catch (error) {
      this.logger.warn({ err: error, documentName }, 'could not apply an update from another process');
    }
    // It builds on something this process never got (e.g. a batch whose sender died before publishing it).
    const waiting = doc.waitingForMissing;
    if (!waiting || this.resyncs.get(doc)?.queued) return;
    const now = Date.now();
    if (now - (this.pendingRepairAt.get(doc) ?? 0) < PENDING_REPAIR_INTERVAL_MS) return;
    this.pendingRepairAt.set(doc, now);
    void this.repair(documentName, 'pending-structs', { waitingFor: waiting.structs, deletions: waiting.deletions });
  }

  applyRemoteAwareness(documentName: string, update: Uint8Array): void {
    const doc = this.docs.get(documentName);
    if (!doc) return;
    try {
      doc.applyRemoteAwareness(update);
    } catch (error) {
      this.logger.warn({ err: error, documentName }, 'could not apply presence from another process');
    }
  }

  removeRemoteAwareness(documentName: string, clientIds: readonly number[]): void {
    this.docs.get(documentName)?.removeRemoteAwareness(clientIds);
  }

  resync(documentName: string): Promise<ResyncResult | null> {
    const doc = this.docs.get(documentName);
    return doc ? this.queueResync(doc) : Promise.resolve(null);
  }

  async repair(documentName: string, reason: RepairReason, gap: Record<string, unknown>): Promise<ResyncResult | null> {
    const doc = this.docs.get(documentName);
    if (!doc) return null;
    this.repairCounts[reason]++;
    let result: ResyncResult | null;
    try {
      result = await this.queueResync(doc);
    } catch (error) {
      this.logger.warn({ err: error, documentName, reason, gap }, 'resyncing a collaboration document from the store failed');
      return null;
    }
    if (result?.repaired) this.counters.repairsApplied++;
    // A detected gap is always worth a warning; a precautionary resync only when it found something.
    if (result?.repaired || (result && DETECTED_GAPS.includes(reason))) {
      this.logger.warn(
        { documentName, reason, gap, ...result },
        result.repaired ? 'collaboration document had missed stored updates; resynced from the store' : 'collaboration document resynced from the store; nothing was missing',
      );
    } else if (result) {
      this.logger.debug({ documentName, reason, gap }, 'collaboration document resynced; nothing was missing');
    }
    return result;
  }

  /** Resyncs are queued per document: one runs at a time, and requests made before the next starts share it. */
  private queueResync(doc: CollabDocument<C>): Promise<ResyncResult | null> {
    let slot = this.resyncs.get(doc);
    if (!slot) this.resyncs.set(doc, (slot = { running: null, queued: null }));
    if (slot.queued) return slot.queued;
    const s = slot;
    const next: Promise<ResyncResult | null> = (s.running ?? Promise.resolve(null))
      .catch(() => null)
      .then(() => {
        s.queued = null;
        s.running = next;
        return this.resyncNow(doc);
      })
      .finally(() => {
        if (s.running !== next) return;
        s.running = null;
        if (!s.queued) this.resyncs.delete(doc);
      });
    s.queued = next;
    return next;
  }

  private async resyncNow(doc: CollabDocument<C>): Promise<ResyncResult | null> {
    if (!doc.loading) return null;
    await doc.loading.catch(() => undefined);
    if (this.docs.get(doc.name) !== doc || doc.unloading) return null;
    const ydoc = new Y.Doc();
    const awareness = new Awareness(ydoc);
    const scratch: DocumentHandle = { name: doc.name, ydoc, awareness, connectionCount: 0, appliedSeq: 0n };
    try {
      for (const extension of this.extensions) await extension.load?.(scratch);
      if (this.docs.get(doc.name) !== doc) return null;
      const before = Y.decodeStateVector(Y.encodeStateVector(doc.ydoc));
      const changes = doc.changes;
      doc.applyRemote(Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(doc.ydoc)), ORIGIN_RESYNC, scratch.appliedSeq);
      const after = Y.decodeStateVector(Y.encodeStateVector(doc.ydoc));
      const missing = [...after]
        .filter(([client, clock]) => clock > (before.get(client) ?? 0))
        .slice(0, MAX_LISTED_CLIENTS)
        .map(([client, clock]) => ({ client, from: before.get(client) ?? 0, to: clock }));
      return { repaired: doc.changes > changes, missing, deletionsOnly: doc.changes > changes && !missing.length };
    } finally {
      awareness.destroy();
      ydoc.destroy();
    }
  }

  closeDocument(documentName: string, code: number, reason: string): void {
    for (const conn of this.conns) if (conn.documentName === documentName) conn.close(code, reason);
  }

  // ---- hooks as the documents see them -----------------------------------------------------------

  private createRuntime(): DocumentRuntime<C> {
    const run = async (stage: 'fanOut' | 'awareness', doc: CollabDocument<C>, call: (e: CollabExtension<C>) => Promise<void> | undefined) => {
      for (const extension of this.extensions) {
        try {
          await call(extension);
        } catch (error) {
          this.logger.warn({ err: error, documentName: doc.name, extension: extension.name }, `collaboration ${stage} hook failed`);
        }
      }
    };
    return {
      maxDocumentBytes: this.options.maxDocumentBytes,
      awarenessThrottleMs: this.options.awarenessThrottleMs,
      maxAwarenessStateBytes: this.options.maxAwarenessStateBytes,
      store: async (doc, batch) => {
        for (const extension of this.extensions) await extension.store?.(doc, batch);
        this.counters.updatesStored += batch.length;
      },
      fanOut: (doc, batch) => void run('fanOut', doc, (e) => e.fanOut?.(doc, batch)),
      awareness: (doc, update) => void run('awareness', doc, (e) => e.awareness?.(doc, update)),
      storeFailed: (doc, batch: readonly QueuedUpdate<C>[], error) => {
        this.counters.storeFailures++;
        if (error instanceof CollabRefusal) {
          // e.g. the document was deleted: nobody may write to it any more.
          this.closeDocument(doc.name, error.code, error.reason);
          return;
        }
        this.logger.error({ err: error, documentName: doc.name, updates: batch.length }, 'storing updates failed; their senders will resend');
        // The senders still hold their edits; reconnecting makes them send them again (sync step 2).
        for (const item of batch) if (item.origin instanceof Connection) item.origin.close(CLOSE.serverError, 'the change could not be saved; reconnecting');
      },
      idle: (doc) => this.scheduleIdle(doc),
    };
  }

  // ---- keep-alive, shutdown ----------------------------------------------------------------------

  private tick(): void {
    const now = Date.now();
    const ping = now - this.lastPingAt >= this.options.pingMs;
    if (ping) this.lastPingAt = now;
    for (const conn of this.conns) {
      if (ping) {
        if (!conn.alive) {
          conn.terminate();
          continue;
        }
        conn.alive = false;
        conn.ws.ping();
      }
      // The client's own timer closes a socket after 30 s without a message; pings do not count there.
      if (conn.ready && now - conn.lastSentAt >= this.options.keepAliveMs) conn.send(KEEP_ALIVE_MESSAGE);
    }
  }

  /**
   * Stops: refuses new sockets, closes open ones (clients reconnect, e.g. to another replica), waits
   * for queued updates to be stored, runs `unload` for every document (bounded), then `destroy`.
   */
  close(): Promise<void> {
    return (this.closing ??= (async () => {
      clearInterval(this.timer);
      for (const conn of this.conns) conn.close(CLOSE.goingAway, 'server shutting down');
      const docs = [...this.docs.values()];
      await Promise.all(docs.map((doc) => doc.drain()));
      const unloads = Promise.all(
        docs.map((doc) =>
          this.runUnloadHooks(doc).catch((error: unknown) => this.logger.warn({ err: error, documentName: doc.name }, 'unload at shutdown failed')),
        ),
      );
      await Promise.race([unloads, delay(this.options.shutdownTimeoutMs)]);
      for (const doc of docs) doc.destroy();
      this.docs.clear();
      for (const extension of this.extensions) {
        await extension.destroy?.().catch((error: unknown) => this.logger.warn({ err: error, extension: extension.name }, 'destroy hook failed'));
      }
      // Sockets that did not finish their closing handshake in time are cut.
      await delay(this.conns.size ? 200 : 0);
      for (const conn of this.conns) conn.terminate();
      this.wss.close();
    })());
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function rejectHttp(socket: Duplex, status: number, message: string): void {
  if (!socket.destroyed) {
    socket.end(`HTTP/1.1 ${status} ${httpStatusText(status)}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
  }
}

function httpStatusText(status: number): string {
  return { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' }[status] ?? 'Error';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
