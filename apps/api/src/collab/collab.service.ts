import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { CollabServer, type CollabServerOptions, type CollabStats } from './core/collab-server';
import type { CollabExtension } from './core/hooks';
import { CLOSE } from './core/protocol';
import { AuthenticationHook } from './hooks/authenticate.hook';
import type { CollabContext } from './hooks/collab-context';
import { PostgresStoreHook } from './hooks/postgres-store.hook';
import { RedisFanOutHook } from './hooks/redis-fanout.hook';

export const COLLAB_PATH = '/collab/';

/** How often open sockets are re-checked against sessions and permissions. */
const PERMISSION_RECHECK_MS = 5_000;

/**
 * The collaboration endpoint `/collab/<documentId>` on the API's own port: the core server with its
 * hooks in their order (authenticate -> load -> store -> fan-out), attached to the HTTP server's
 * upgrades by `platform.ts`, closed (sockets closed, stores flushed, logs compacted) on shutdown.
 */
@Injectable()
export class CollabService implements OnModuleDestroy {
  readonly server: CollabServer<CollabContext>;
  private readonly auth: AuthenticationHook;
  private readonly store: PostgresStoreHook;
  private readonly redis: RedisFanOutHook | null;
  private attached: { http: HttpServer; listener: (request: IncomingMessage, socket: Duplex, head: Buffer) => void } | null = null;

  constructor(ds: DataSource, authService: AuthService, @Inject(APP_CONFIG) config: AppConfig, logger: PinoLogger) {
    logger.setContext('collab');
    this.auth = new AuthenticationHook(ds, (token) => authService.actorForToken(token), config, logger, { recheckMs: PERMISSION_RECHECK_MS });
    this.store = new PostgresStoreHook(ds, logger);
    this.redis = config.redisUrl ? new RedisFanOutHook(config.redisUrl, logger) : null;
    const extensions: CollabExtension<CollabContext>[] = [this.auth, ...(this.redis ? [this.redis] : []), this.store];
    const options: Partial<CollabServerOptions> = { maxDocumentBytes: config.collabMaxDocumentBytes };
    this.server = new CollabServer<CollabContext>(extensions, logger, options);
  }

  /**
   * Takes the HTTP server's upgrades for `/collab/…`; leaves `/graphql` to graphql-ws and closes
   * every other upgrade.
   */
  attach(http: HttpServer): void {
    if (this.attached) return;
    const listener = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const path = (request.url ?? '').split('?')[0];
      if (path.startsWith(COLLAB_PATH)) {
        let name: string;
        try {
          name = decodeURIComponent(path.slice(COLLAB_PATH.length)).replace(/\/+$/, '');
        } catch {
          name = '';
        }
        void this.server.handleUpgrade(request, socket, head, name);
      } else if (!path.startsWith('/graphql')) {
        socket.destroy();
      }
    };
    http.on('upgrade', listener);
    this.attached = { http, listener };
  }

  /** Re-checks every open socket's session and permissions now (otherwise every few seconds). */
  recheckPermissions(): Promise<void> {
    return this.auth.recheck();
  }

  /** Stores, applies and broadcasts an update the server makes (restoring a version). */
  submitUpdate(documentId: string, update: Uint8Array, context: CollabContext): Promise<void> {
    return this.server.submitUpdate(documentId, update, context);
  }

  /** The live state of a document (loaded into this process if needed). */
  currentState(documentId: string): Promise<Uint8Array> {
    return this.server.currentState(documentId);
  }

  /** Closes every socket on a deleted document, here and (through Redis) in the other processes. */
  async documentDeleted(documentId: string): Promise<void> {
    const reason = 'the document was deleted';
    this.server.closeDocument(documentId, CLOSE.notFound, reason);
    await this.redis?.publishClose(documentId, CLOSE.notFound, reason).catch(() => undefined);
  }

  /** Folds a document's update log into its state now. */
  compact(documentId: string): Promise<void> {
    return this.store.compact(documentId);
  }

  stats(): CollabStats {
    return this.server.stats();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.attached) this.attached.http.off('upgrade', this.attached.listener);
    await this.server.close();
  }
}
