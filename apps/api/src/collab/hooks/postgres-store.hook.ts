import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { isUuid } from '../../common/ids';
import type { CollabLogger } from '../core/collab-server';
import { CollabRefusal, type CollabExtension, type CollabServerApi, type DocumentHandle, type PendingUpdate } from '../core/hooks';
import { CLOSE } from '../core/protocol';
import type { CollabContext } from './collab-context';

export interface PostgresStoreOptions {
  /** Compact a document's log once this many updates have been appended to it here… */
  compactAfterUpdates: number;
  /** …or this many bytes… */
  compactAfterBytes: number;
  /** …after this pause, so a burst of typing is folded once. */
  compactDelayMs: number;
  /** Told after each stored batch: how many updates, and how long the INSERT took (metrics). */
  onStored?: (updates: number, seconds: number) => void;
  /**
   * With several processes (fan-out on): how often to compare, per open document, the highest
   * stored sequence number with the highest applied here. A document behind on two checks in a row
   * is repaired from the store. Null: no check (one process stores and applies everything itself).
   */
  gapCheckMs: number | null;
}

export const DEFAULT_STORE_OPTIONS: PostgresStoreOptions = {
  compactAfterUpdates: 500,
  compactAfterBytes: 512 * 1024,
  compactDelayMs: 2_000,
  gapCheckMs: null,
};

interface StoredState {
  state: Buffer;
  deleted: boolean;
  log: Buffer[];
  /** The highest sequence number in the state or the log (0 when there is none), as text. */
  seq: string;
}

/**
 * The stored state of a document in ONE statement (one snapshot): the compacted state and every
 * update still in the log. Compaction may run concurrently anywhere; a reader sees either the log
 * rows or the state they were folded into, never neither. Null when the document does not exist.
 */
export async function readStoredState(db: DataSource | EntityManager, documentId: string): Promise<StoredState | null> {
  const [row] = (await db.query(
    `SELECT d.state, d.deleted_at IS NOT NULL AS deleted,
            ARRAY(SELECT u.payload FROM document_update u WHERE u.document_id = d.id ORDER BY u.seq) AS log,
            GREATEST(d.state_seq, COALESCE((SELECT max(u.seq) FROM document_update u WHERE u.document_id = d.id), 0))::text AS seq
     FROM document d WHERE d.id = $1`,
    [documentId],
  )) as StoredState[];
  return row ?? null;
}

/** Applies a stored state to a Y.Doc; a corrupt log row is skipped and reported, a corrupt state throws. */
export function applyStoredState(ydoc: Y.Doc, stored: Pick<StoredState, 'state' | 'log'>, onCorrupt: (error: unknown) => void = () => undefined): void {
  Y.transact(ydoc, () => {
    Y.applyUpdate(ydoc, stored.state);
    for (const update of stored.log) {
      try {
        Y.applyUpdate(ydoc, update);
      } catch (error) {
        onCorrupt(error);
      }
    }
  });
}

/** The full current state of a stored document (state + log merged), or null when it does not exist. */
export async function storedDocumentState(db: DataSource | EntityManager, documentId: string): Promise<Uint8Array | null> {
  const stored = await readStoredState(db, documentId);
  if (!stored) return null;
  const ydoc = new Y.Doc();
  try {
    applyStoredState(ydoc, stored);
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}

/** A document's batch waiting for the next INSERT, and its caller's promise. */
interface WaitingStore {
  doc: DocumentHandle;
  updates: readonly PendingUpdate<CollabContext>[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** How much one INSERT carries at most: enough to fold a busy moment, small enough for one round trip. */
const STORE_GROUP_LIMITS = { updates: 2_000, bytes: 8 * 1024 * 1024 };

/**
 * Takes the batches for one statement from the front of the queue: whole batches, at least one,
 * and at most one per document (a document's next batch waits for the statement after, so its
 * batches are stored in the order they came).
 */
function takeGroup(waiting: WaitingStore[], limits: { updates: number; bytes: number }): WaitingStore[] {
  const group: WaitingStore[] = [];
  const documents = new Set<string>();
  let updates = 0;
  let bytes = 0;
  for (let i = 0; i < waiting.length; ) {
    const entry = waiting[i]!;
    const size = entry.updates.reduce((n, u) => n + u.update.byteLength, 0);
    const full = group.length > 0 && (updates + entry.updates.length > limits.updates || bytes + size > limits.bytes);
    if (full) break;
    if (documents.has(entry.doc.name)) {
      i++;
      continue;
    }
    documents.add(entry.doc.name);
    updates += entry.updates.length;
    bytes += size;
    group.push(entry);
    waiting.splice(i, 1);
  }
  return group;
}

interface LogCounters {
  updates: number;
  bytes: number;
  timer: NodeJS.Timeout | null;
}

/**
 * The `load`, `store` and `unload` stages on PostgreSQL.
 *
 * - load: the compacted state plus the whole remaining log, read in one statement, applied before
 *   any client gets a sync reply (the core holds them until this resolves).
 * - store: one INSERT for a whole batch, committed before the core applies and broadcasts it; a
 *   deleted document accepts nothing (the batch is refused and its sockets closed with 4404).
 * - compaction (in the background after enough updates, and at unload): under a row lock on the
 *   document, fold the state and the log rows it read into a new state, then delete exactly those
 *   rows. Updates appended meanwhile are not among them and stay in the log, so none is lost.
 * - gap check (with several processes, see `gapCheckMs`): the safety net behind the fan-out's own
 *   gap detection, for a stored update whose message was lost and that nothing built on since.
 */
export class PostgresStoreHook implements CollabExtension<CollabContext> {
  readonly name = 'postgres';
  private readonly counters = new Map<string, LogCounters>();
  private readonly compactions = new Map<string, Promise<void>>();
  private readonly options: PostgresStoreOptions;
  private server: CollabServerApi<CollabContext> | null = null;
  private gapTimer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  /** Documents behind the store at the last check: the stored sequence number they lacked. */
  private readonly behind = new Map<string, bigint>();
  /** Batches waiting for the next statement, and the loop writing them (null when none waits). */
  private readonly waiting: WaitingStore[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: CollabLogger,
    options: Partial<PostgresStoreOptions> = {},
  ) {
    this.options = { ...DEFAULT_STORE_OPTIONS, ...options };
  }

  attach(server: CollabServerApi<CollabContext>): void {
    this.server = server;
    if (this.options.gapCheckMs === null) return;
    this.gapTimer = setInterval(() => void this.checkForGaps(), this.options.gapCheckMs);
    this.gapTimer.unref();
  }

  async load(doc: DocumentHandle): Promise<void> {
    const stored = await readStoredState(this.ds, doc.name);
    if (!stored || stored.deleted) throw new CollabRefusal(CLOSE.notFound, 'document not found');
    applyStoredState(doc.ydoc, stored, (error) =>
      this.logger.error({ err: error, documentId: doc.name }, 'skipping an update of the log that cannot be applied'),
    );
    if (BigInt(stored.seq) > doc.appliedSeq) doc.appliedSeq = BigInt(stored.seq);
    const counters = this.countersOf(doc.name);
    counters.updates = stored.log.length;
    counters.bytes = stored.log.reduce((n, u) => n + u.length, 0);
    this.maybeScheduleCompaction(doc.name);
  }

  /**
   * Stores a document's batch, committed before the core applies and broadcasts it. Batches of
   * different documents that arrive while a statement is on its way go together in the next one
   * (group commit): one round trip and one commit for many documents, instead of a transaction per
   * document competing for the pool. Each batch still succeeds or fails on its own.
   */
  store(doc: DocumentHandle, updates: readonly PendingUpdate<CollabContext>[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ doc, updates, resolve, reject });
      this.startFlush();
    });
  }

  /** Starts the writing loop unless it runs; a batch that came in as it ended starts it again. */
  private startFlush(): void {
    this.flushing ??= this.flush().finally(() => {
      this.flushing = null;
      if (this.waiting.length) this.startFlush();
    });
  }

  /** Writes what waits, a statement at a time, until nothing does. */
  private async flush(): Promise<void> {
    // Stores that arrive in the same turn of the event loop join the first statement.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.waiting.length) {
      const group = takeGroup(this.waiting, STORE_GROUP_LIMITS);
      if (group.length === 1) {
        await this.storeGroup(group).catch((error: unknown) => group[0]!.reject(error));
        continue;
      }
      try {
        await this.storeGroup(group);
      } catch {
        // The statement failed for all: store each document's batch on its own, so a problem with
        // one document (or a passing failure) is that document's alone.
        await Promise.all(group.map((entry) => this.storeGroup([entry]).catch((error: unknown) => entry.reject(error))));
      }
    }
  }

  /**
   * One INSERT for the batches of several documents. Throws only when the statement failed (then
   * nothing was stored and no promise settled); otherwise settles each batch's promise.
   */
  private async storeGroup(group: readonly WaitingStore[]): Promise<void> {
    const started = process.hrtime.bigint();
    const documentIds: string[] = [];
    const payloads: Buffer[] = [];
    const actors: (string | null)[] = [];
    for (const { doc, updates } of group) {
      for (const u of updates) {
        documentIds.push(doc.name);
        payloads.push(Buffer.from(u.update.buffer, u.update.byteOffset, u.update.byteLength));
        actors.push(u.context?.userId || null);
      }
    }
    // Rows are inserted in the order given, so each document's sequence numbers rise with its updates.
    const rows = (await this.ds.query(
      `INSERT INTO document_update (document_id, payload, actor_user_id)
       SELECT u.document_id, u.payload, u.actor
       FROM unnest($1::uuid[], $2::bytea[], $3::uuid[]) WITH ORDINALITY AS u(document_id, payload, actor, n)
       WHERE u.document_id IN (SELECT d.id FROM document d WHERE d.id = ANY($1::uuid[]) AND d.deleted_at IS NULL)
       ORDER BY u.n
       RETURNING document_id, seq`,
      [documentIds, payloads, actors],
    )) as { document_id: string; seq: string }[];
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const seqs = new Map<string, bigint[]>();
    for (const row of rows) {
      const list = seqs.get(row.document_id) ?? [];
      list.push(BigInt(row.seq));
      seqs.set(row.document_id, list);
    }
    for (const entry of group) this.settle(entry, seqs.get(entry.doc.name) ?? [], seconds);
  }

  /** Tells a batch's caller how its INSERT went: stored (with sequence numbers) or refused. */
  private settle({ doc, updates, resolve, reject }: WaitingStore, stored: bigint[], seconds: number): void {
    if (stored.length !== updates.length) {
      reject(new CollabRefusal(CLOSE.notFound, 'the document was deleted'));
      return;
    }
    stored.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).forEach((seq, i) => (updates[i]!.seq = seq));
    try {
      this.options.onStored?.(updates.length, seconds);
      const counters = this.countersOf(doc.name);
      counters.updates += updates.length;
      counters.bytes += updates.reduce((n, u) => n + u.update.length, 0);
      this.maybeScheduleCompaction(doc.name);
    } finally {
      resolve();
    }
  }

  /** Compacts what is left in the log before the document leaves memory; a failure keeps it loaded. */
  async unload(doc: DocumentHandle): Promise<void> {
    const counters = this.counters.get(doc.name);
    if (counters?.timer) clearTimeout(counters.timer);
    if (counters && counters.updates > 0) await this.compact(doc.name);
    this.counters.delete(doc.name);
    this.behind.delete(doc.name);
  }

  async destroy(): Promise<void> {
    if (this.gapTimer) clearInterval(this.gapTimer);
    for (const counters of this.counters.values()) if (counters.timer) clearTimeout(counters.timer);
    await Promise.allSettled([this.flushing, ...this.compactions.values(), this.checking]);
  }

  /**
   * Compares every open document's highest stored sequence number with the highest applied here
   * (one indexed query for all of them). Behind once may be a message still on its way; behind
   * the same update on the next check as well means it was lost: the document is repaired.
   */
  checkForGaps(): Promise<void> {
    return (this.checking ??= this.runGapCheck().finally(() => (this.checking = null)));
  }

  private async runGapCheck(): Promise<void> {
    const server = this.server;
    const ids = server?.loadedDocuments().filter(isUuid) ?? [];
    if (!server || !ids.length) return;
    let rows: { id: string; seq: string }[];
    try {
      rows = await this.ds.query(
        `SELECT d.id, GREATEST(d.state_seq, COALESCE((SELECT max(u.seq) FROM document_update u WHERE u.document_id = d.id), 0))::text AS seq
         FROM document d WHERE d.id = ANY($1::uuid[])`,
        [ids],
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'checking open documents against the store failed; trying again later');
      return;
    }
    for (const { id, seq } of rows) {
      const doc = server.document(id);
      if (!doc) continue;
      const stored = BigInt(seq);
      const lacked = this.behind.get(id);
      this.behind.delete(id);
      if (lacked !== undefined && doc.appliedSeq < lacked) {
        void server.repair(id, 'periodic-check', { storedSeq: lacked.toString(), appliedSeq: doc.appliedSeq.toString() });
      } else if (stored > doc.appliedSeq) {
        this.behind.set(id, stored);
      }
    }
  }

  /** Folds the log of a document into its state; one compaction per document at a time in this process. */
  compact(documentId: string): Promise<void> {
    const running = this.compactions.get(documentId);
    if (running) return running.then(() => this.compact(documentId));
    const compaction = this.runCompaction(documentId).finally(() => this.compactions.delete(documentId));
    this.compactions.set(documentId, compaction);
    return compaction;
  }

  private async runCompaction(documentId: string): Promise<void> {
    const folded = await compactDocument(this.ds, documentId, (error) =>
      this.logger.error({ err: error, documentId }, 'an update of the log cannot be applied; it stays in the log'),
    );
    const counters = this.counters.get(documentId);
    if (counters) {
      counters.updates = Math.max(0, counters.updates - folded.updates);
      counters.bytes = Math.max(0, counters.bytes - folded.bytes);
    }
    if (folded.updates) this.logger.debug({ documentId, ...folded }, 'document log compacted');
  }

  private countersOf(documentId: string): LogCounters {
    let counters = this.counters.get(documentId);
    if (!counters) this.counters.set(documentId, (counters = { updates: 0, bytes: 0, timer: null }));
    return counters;
  }

  private maybeScheduleCompaction(documentId: string): void {
    const counters = this.countersOf(documentId);
    if (counters.timer) return;
    if (counters.updates < this.options.compactAfterUpdates && counters.bytes < this.options.compactAfterBytes) return;
    counters.timer = setTimeout(() => {
      counters.timer = null;
      this.compact(documentId).catch((error: unknown) =>
        this.logger.warn({ err: error, documentId }, 'background compaction failed; the log stays and is retried later'),
      );
    }, this.options.compactDelayMs);
    counters.timer.unref();
  }
}

/**
 * Folds a document's log into its state, in one transaction holding the document row
 * (`FOR NO KEY UPDATE`: concurrent appends, which only take a key-share lock through their foreign
 * key, are not blocked). Deletes exactly the rows it folded. Returns how much it folded.
 */
export async function compactDocument(
  ds: DataSource,
  documentId: string,
  onCorrupt: (error: unknown) => void = () => undefined,
): Promise<{ updates: number; bytes: number; stateBytes: number }> {
  return ds.transaction(async (em) => {
    const [doc] = (await em.query(`SELECT state FROM document WHERE id = $1 FOR NO KEY UPDATE`, [documentId])) as { state: Buffer }[];
    if (!doc) return { updates: 0, bytes: 0, stateBytes: 0 };
    const rows = (await em.query(
      `SELECT seq, payload, actor_user_id AS "actorUserId", created_at AS "createdAt" FROM document_update WHERE document_id = $1 ORDER BY seq`,
      [documentId],
    )) as { seq: string; payload: Buffer; actorUserId: string | null; createdAt: Date }[];
    if (!rows.length) return { updates: 0, bytes: 0, stateBytes: doc.state.length };
    const ydoc = new Y.Doc();
    const folded: string[] = [];
    let bytes = 0;
    // Who made the newest edit folded here: the log rows that said so are deleted below.
    let lastEdit: { at: Date; by: string } | null = null;
    try {
      Y.applyUpdate(ydoc, doc.state);
      for (const row of rows) {
        try {
          Y.applyUpdate(ydoc, row.payload);
          folded.push(row.seq);
          bytes += row.payload.length;
          if (row.actorUserId) lastEdit = { at: row.createdAt, by: row.actorUserId };
        } catch (error) {
          onCorrupt(error);
        }
      }
      const state = Buffer.from(Y.encodeStateAsUpdate(ydoc));
      const maxSeq = folded.reduce((max, seq) => (BigInt(seq) > max ? BigInt(seq) : max), 0n);
      await em.query(
        `UPDATE document SET state = $2, state_seq = GREATEST(state_seq, $3::bigint), updated_at = now(),
           last_edited_at = COALESCE($4::timestamptz, last_edited_at), last_edited_by = CASE WHEN $4::timestamptz IS NULL THEN last_edited_by ELSE $5::uuid END
         WHERE id = $1`,
        [documentId, state, maxSeq.toString(), lastEdit?.at ?? null, lastEdit?.by ?? null],
      );
      await em.query(`DELETE FROM document_update WHERE document_id = $1 AND seq = ANY($2::bigint[])`, [documentId, folded]);
      return { updates: folded.length, bytes, stateBytes: state.length };
    } finally {
      ydoc.destroy();
    }
  });
}
