import type { IncomingMessage } from 'node:http';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/**
 * The contracts between the collaboration core (Yjs + sockets, no database, no permissions) and
 * the behaviour plugged into it. An extension implements any of the stages below; the server runs
 * the stages in this order, and within a stage the extensions in the order they were given:
 *
 *   authenticate  once per upgrade, before the WebSocket handshake completes
 *   beforeLoad    when a document is opened in this process (e.g. subscribe to fan-out first)
 *   load          apply the stored state to the fresh Y.Doc; no client gets a sync reply before it
 *   store         make a batch of updates durable; only then are they applied and broadcast
 *   fanOut        after the batch is applied here: tell other processes
 *   awareness     presence changes made here (already throttled): tell other processes
 *   unload        when an idle document leaves memory (e.g. compact its log); failure keeps it loaded
 *   destroy       when the server stops
 *
 * A hook that throws never takes the process down: a failed `authenticate` refuses the socket, a
 * failed `load` closes the waiting sockets (they retry) and never serves an empty document, a
 * failed `store` rejects the batch (its senders reconnect and resend), failed fan-out and awareness
 * hooks are logged (other processes catch up when they resync).
 */
export interface CollabExtension<C> {
  readonly name: string;
  /** Called once with the server, so extensions can feed remote changes back in. */
  attach?(server: CollabServerApi<C>): void;
  /** Decides who may open `documentName`. Throw a `CollabRefusal` to refuse; the first extension that implements it decides. */
  authenticate?(args: AuthenticateArgs): Promise<Authenticated<C>>;
  beforeLoad?(doc: DocumentHandle): Promise<void>;
  load?(doc: DocumentHandle): Promise<void>;
  store?(doc: DocumentHandle, updates: readonly PendingUpdate<C>[]): Promise<void>;
  fanOut?(doc: DocumentHandle, updates: readonly PendingUpdate<C>[]): Promise<void>;
  awareness?(doc: DocumentHandle, update: Uint8Array): Promise<void>;
  unload?(doc: DocumentHandle): Promise<void>;
  destroy?(): Promise<void>;
}

export interface AuthenticateArgs {
  /** The HTTP upgrade request (headers, URL with its query string). */
  request: IncomingMessage;
  documentName: string;
}

export interface Authenticated<C> {
  /** Whatever the extensions need later (who, which session); kept on the connection. */
  context: C;
  /** Read-only connections receive the document and presence; their updates are dropped. */
  readOnly: boolean;
}

/**
 * A refusal at the upgrade. With `httpStatus` the handshake is answered with that HTTP status
 * (nothing is upgraded); otherwise the handshake completes and the socket is closed at once with
 * `code` (4401/4403/4404: the y-websocket client stops reconnecting and can show `reason`).
 */
export class CollabRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    readonly httpStatus?: number,
  ) {
    super(reason);
    this.name = 'CollabRefusal';
  }
}

/** What hooks see of an open document. */
export interface DocumentHandle {
  readonly name: string;
  readonly ydoc: Y.Doc;
  readonly awareness: Awareness;
  /** Open sockets on this document in this process. */
  readonly connectionCount: number;
}

/** An update waiting to be stored; `context` is null for updates the server makes itself. */
export interface PendingUpdate<C> {
  update: Uint8Array;
  context: C | null;
  /** Set by the `store` stage when it knows it (e.g. the log sequence number), for fan-out. */
  seq?: bigint;
}

/** What a connection offers to extensions (the permission re-check closes or downgrades it). */
export interface ConnectionHandle<C> {
  readonly id: number;
  readonly documentName: string;
  readonly context: C;
  readOnly: boolean;
  close(code: number, reason: string): void;
}

/** What the server offers to extensions. */
export interface CollabServerApi<C> {
  /** Every open connection in this process. */
  connections(): Iterable<ConnectionHandle<C>>;
  /** Names of the documents loaded in this process. */
  loadedDocuments(): string[];
  /** Applies an update another process has already stored: broadcast here, not stored, not fanned out. */
  applyRemoteUpdate(documentName: string, update: Uint8Array): void;
  /** Applies presence from another process: broadcast here, not fanned out again. */
  applyRemoteAwareness(documentName: string, update: Uint8Array): void;
  /** Reloads a loaded document's stored state (the `load` stage into a scratch doc) and merges it in. */
  resync(documentName: string): Promise<void>;
  /** Closes every socket on a document in this process. */
  closeDocument(documentName: string, code: number, reason: string): void;
}
