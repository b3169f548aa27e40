import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A y-websocket client as a browser tab would run it, in Node (the `ws` package as WebSocket). */
export interface TestEditor {
  doc: Y.Doc;
  text: Y.Text;
  provider: WebsocketProvider;
  /** Close events the server sent, in order. */
  closes: { code: number; reason: string }[];
  /** Resolves at the first sync (the server's sync step 2 arrived). */
  synced: Promise<void>;
  /** Resolves when the server closed the socket with a code the client does not reconnect after (4400-4499). */
  closed: Promise<{ code: number; reason: string }>;
  destroy(): void;
}

export interface EditorOptions {
  token?: string;
  /** Sent as the Origin header (browsers always send one). */
  origin?: string;
  headers?: Record<string, string>;
  /** Name of the shared text (default `text`). */
  field?: string;
}

/** Opens `documentId` at `baseUrl` (`http://host:port`) through `/collab`. */
export function openEditor(baseUrl: string, documentId: string, options: EditorOptions = {}): TestEditor {
  const doc = new Y.Doc();
  const { origin, headers } = options;
  const Socket =
    origin || headers
      ? class extends WebSocket {
          constructor(url: string, protocols?: string | string[]) {
            super(url, protocols, { origin, headers });
          }
        }
      : WebSocket;
  const provider = new WebsocketProvider(baseUrl.replace(/^http/, 'ws') + '/collab', documentId, doc, {
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: options.token ? { token: options.token } : {},
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.on('closed', (event) => resolve(event)));
  return {
    doc,
    text: doc.getText(options.field ?? 'text'),
    provider,
    closes,
    synced,
    closed,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls `condition` until it holds (or throws after `timeoutMs`): tests wait on conditions, never on fixed sleeps. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Rejects if `promise` does not settle in time, naming what was awaited. */
export function within<T>(promise: Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
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
