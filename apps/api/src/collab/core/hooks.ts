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
  /**
   * The highest stored sequence number (the store's log position, see `PendingUpdate.seq`) known to
   * be in this Y.Doc: the `load` stage sets it to what it read, and the core raises it for every
   * batch stored here or applied from another process. 0n when the store keeps no sequence.
   */
  appliedSeq: bigint;
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

/**
 * Why a loaded document is resynced from the store:
 *
 * - `sequence-gap`: an update from another process says it follows one that never arrived here;
 * - `pending-structs`: after applying an update from another process the Y.Doc holds structs or
 *   deletions that wait for an update it never got;
 * - `periodic-check`: the store holds a later update than any applied here, on two checks in a row;
 * - `peer-joined`, `peer-died`: another process started (perhaps in place of one that died) or
 *   stopped answering; what it stored but never published is in the store;
 * - `fan-out-reconnect`: the fan-out channel reconnected and dropped what was published meanwhile.
 */
export type RepairReason = 'sequence-gap' | 'pending-structs' | 'periodic-check' | 'peer-joined' | 'peer-died' | 'fan-out-reconnect';

/** The first three reasons are detected gaps; the others are precautions that only repair what they find. */
export const DETECTED_GAPS: readonly RepairReason[] = ['sequence-gap', 'pending-structs', 'periodic-check'];

/** What a resync found missing in this process and applied. */
export interface ResyncResult {
  /** Whether the stored state held anything this process lacked. */
  repaired: boolean;
  /** Per Yjs client whose clock advanced: the clocks before and after (at most a few listed). */
  missing: { client: number; from: number; to: number }[];
  /** Whether only deletions were missing (they move no clock). */
  deletionsOnly: boolean;
}

/** What the server offers to extensions. */
export interface CollabServerApi<C> {
  /** Every open connection in this process. */
  connections(): Iterable<ConnectionHandle<C>>;
  /** Names of the documents loaded in this process. */
  loadedDocuments(): string[];
  /** A loaded document, or null. */
  document(documentName: string): DocumentHandle | null;
  /**
   * Applies an update another process has already stored (up to sequence number `seq`, when the
   * store keeps one): broadcast here, not stored, not fanned out. When the Y.Doc is left waiting for
   * an update it never got (pending structs or deletions), the document is repaired from the store.
   */
  applyRemoteUpdate(documentName: string, update: Uint8Array, seq?: bigint): void;
  /** Applies presence from another process: broadcast here, not fanned out again. */
  applyRemoteAwareness(documentName: string, update: Uint8Array): void;
  /** Removes presence states that came from another process (e.g. it died), here and for every socket here. */
  removeRemoteAwareness(documentName: string, clientIds: readonly number[]): void;
  /** Reloads a loaded document's stored state (the `load` stage into a scratch doc) and merges it in. */
  resync(documentName: string): Promise<ResyncResult | null>;
  /**
   * Resyncs a loaded document because something was (or may have been) missed: counted by reason in
   * the stats, logged at `warn` with the gap when the gap was detected or the resync found updates.
   * Requests that arrive while one is waiting to start join it.
   */
  repair(documentName: string, reason: RepairReason, gap: Record<string, unknown>): Promise<ResyncResult | null>;
  /** Closes every socket on a document in this process. */
  closeDocument(documentName: string, code: number, reason: string): void;
}
