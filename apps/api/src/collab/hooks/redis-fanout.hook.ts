import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import * as Y from 'yjs';
import type { CollabLogger } from '../core/collab-server';
import type { CollabExtension, CollabServerApi, DocumentHandle, PendingUpdate } from '../core/hooks';
import type { CollabContext } from './collab-context';

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const KIND_CLOSE = 2;
const INSTANCE_BYTES = 16;
/** How long loading a document waits for its subscription before going ahead (it resyncs when Redis is back). */
const SUBSCRIBE_TIMEOUT_MS = 2_000;

/**
 * The `beforeLoad`, `fanOut`, `awareness` and `unload` stages on Redis pub/sub, for several API
 * processes serving one document. One channel per open document; each frame is
 * `kind (1 byte) | sender instance (16 bytes) | payload`.
 *
 * - beforeLoad subscribes BEFORE the document is read from PostgreSQL: whatever is stored after the
 *   read arrives through Redis, whatever was stored before is in the read.
 * - fanOut publishes a stored batch (merged into one update); awareness publishes presence.
 * - Redis pub/sub drops messages while a subscriber is disconnected, so after every reconnect each
 *   loaded document is resynced from PostgreSQL (the state vector decides what is missing).
 */
export class RedisFanOutHook implements CollabExtension<CollabContext> {
  readonly name = 'redis';
  private readonly instance = randomBytes(INSTANCE_BYTES);
  private readonly pub: Redis;
  private readonly sub: Redis;
  private server: CollabServerApi<CollabContext> | null = null;

  constructor(
    url: string,
    private readonly logger: CollabLogger,
    private readonly prefix = 'routekaart:collab:',
    /** Shown in Redis' CLIENT LIST as `<name>:pub` and `<name>:sub`. */
    name = 'routekaart-collab',
  ) {
    this.pub = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false, connectionName: `${name}:pub` });
    this.sub = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, connectionName: `${name}:sub` });
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => this.logger.warn({ err: error }, 'Redis (collaboration fan-out)'));
  }

  attach(server: CollabServerApi<CollabContext>): void {
    this.server = server;
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
    // After any (re)connect, what was published meanwhile is lost: catch up from PostgreSQL.
    this.sub.on('ready', () => void this.resyncAll());
  }

  async beforeLoad(doc: DocumentHandle): Promise<void> {
    await withTimeout(this.sub.subscribe(this.channel(doc.name)), SUBSCRIBE_TIMEOUT_MS).catch((error: unknown) =>
      this.logger.warn({ err: error, documentId: doc.name }, 'could not subscribe to the document on Redis yet; it resyncs on reconnect'),
    );
  }

  async fanOut(doc: DocumentHandle, updates: readonly PendingUpdate<CollabContext>[]): Promise<void> {
    const update = updates.length === 1 ? updates[0].update : Y.mergeUpdates(updates.map((u) => u.update));
    await this.pub.publish(this.channel(doc.name), this.frame(KIND_UPDATE, update));
  }

  async awareness(doc: DocumentHandle, update: Uint8Array): Promise<void> {
    await this.pub.publish(this.channel(doc.name), this.frame(KIND_AWARENESS, update));
  }

  /** Tells the other processes to close their sockets on a document (e.g. it was deleted). */
  async publishClose(documentId: string, code: number, reason: string): Promise<void> {
    const payload = Buffer.alloc(2 + Buffer.byteLength(reason));
    payload.writeUInt16BE(code, 0);
    payload.write(reason, 2);
    await this.pub.publish(this.channel(documentId), this.frame(KIND_CLOSE, payload));
  }

  async unload(doc: DocumentHandle): Promise<void> {
    await withTimeout(this.sub.unsubscribe(this.channel(doc.name)), SUBSCRIBE_TIMEOUT_MS).catch(() => undefined);
  }

  async destroy(): Promise<void> {
    await Promise.all([this.pub.quit().catch(() => this.pub.disconnect()), this.sub.quit().catch(() => this.sub.disconnect())]);
  }

  private channel(documentId: string): string {
    return this.prefix + documentId;
  }

  private frame(kind: number, payload: Uint8Array): Buffer {
    return Buffer.concat([Buffer.from([kind]), this.instance, payload]);
  }

  private receive(channel: string, message: Buffer): void {
    if (!this.server || !channel.startsWith(this.prefix) || message.length < 1 + INSTANCE_BYTES) return;
    if (message.subarray(1, 1 + INSTANCE_BYTES).equals(this.instance)) return;
    const documentId = channel.slice(this.prefix.length);
    const payload = new Uint8Array(message.buffer, message.byteOffset + 1 + INSTANCE_BYTES, message.length - 1 - INSTANCE_BYTES);
    switch (message[0]) {
      case KIND_UPDATE:
        this.server.applyRemoteUpdate(documentId, payload);
        break;
      case KIND_AWARENESS:
        this.server.applyRemoteAwareness(documentId, payload);
        break;
      case KIND_CLOSE: {
        const buf = Buffer.from(payload);
        if (buf.length >= 2) this.server.closeDocument(documentId, buf.readUInt16BE(0), buf.subarray(2).toString());
        break;
      }
    }
  }

  private async resyncAll(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const documents = server.loadedDocuments();
    if (!documents.length) return;
    this.logger.info({ documents: documents.length }, 'Redis reconnected: resyncing open documents from PostgreSQL');
    for (const documentId of documents) {
      await server.resync(documentId).catch((error: unknown) => this.logger.warn({ err: error, documentId }, 'resync failed'));
    }
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
