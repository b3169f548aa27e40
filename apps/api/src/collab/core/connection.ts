import { WebSocket } from 'ws';
import type { ConnectionHandle } from './hooks';
import { CLOSE } from './protocol';

export interface ConnectionLimits {
  /** Bytes a client may send before its document is ready; beyond that it is closed (and may retry). */
  maxBytesBeforeReady: number;
  /** Bytes queued for a slow client before it is closed (it reconnects and resyncs). */
  maxBufferedBytes: number;
}

let nextId = 1;

/**
 * One client socket on one document. Until the document is ready, what the client sends is held
 * (up to a cap) and handled in order afterwards, so no sync reply ever leaves before the stored
 * state is in memory.
 */
export class Connection<C> implements ConnectionHandle<C> {
  readonly id = nextId++;
  /** The client ids whose presence this socket set (it may not change anyone else's). */
  readonly awarenessIds = new Set<number>();
  ready = false;
  closed = false;
  /** Whether this read-only socket was told (once) that its changes are dropped. */
  toldReadOnly = false;
  /** Set when storing this client's update failed: its queued updates are dropped, it will resend them. */
  failed = false;
  lastSentAt = Date.now();
  /** Cleared on each ping; a socket that has not answered the previous ping is dead. */
  alive = true;
  private held: Uint8Array[] = [];
  private heldBytes = 0;

  constructor(
    readonly ws: WebSocket,
    readonly documentName: string,
    readonly context: C,
    public readOnly: boolean,
    private readonly limits: ConnectionLimits,
  ) {}

  /** Holds a frame that arrived before the document was ready; false when the cap is exceeded. */
  hold(data: Uint8Array): boolean {
    this.heldBytes += data.length;
    if (this.heldBytes > this.limits.maxBytesBeforeReady) return false;
    this.held.push(data);
    return true;
  }

  /** The frames held before the document was ready, once; afterwards frames are handled as they come. */
  takeHeld(): Uint8Array[] {
    const held = this.held;
    this.held = [];
    this.heldBytes = 0;
    this.ready = true;
    return held;
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.tryAgainLater, 'the client is not keeping up; reconnect to resync');
      return;
    }
    this.lastSentAt = Date.now();
    this.ws.send(message, { binary: true }, (error) => {
      if (error) this.terminate();
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    if (this.ws.readyState === WebSocket.OPEN || this.ws.readyState === WebSocket.CONNECTING) {
      this.ws.close(code, closeReason(reason));
    }
  }

  terminate(): void {
    this.closed = true;
    this.ws.terminate();
  }
}

/** Close reasons are limited to 123 bytes by the protocol. */
export function closeReason(reason: string): string {
  let r = reason;
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
  return r;
}
