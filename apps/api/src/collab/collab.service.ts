import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { AccessChanges, type AccessChange } from '../common/access-changes';
import { Metrics } from '../common/metrics';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { CollabServer, type CollabServerOptions, type CollabStats } from './core/collab-server';
import type { CollabExtension } from './core/hooks';
import { CLOSE } from './core/protocol';
import { AuthenticationHook } from './hooks/authenticate.hook';
import type { CollabContext } from './hooks/collab-context';
import { PostgresStoreHook } from './hooks/postgres-store.hook';
import { RedisFanOutHook, type FanOutStats } from './hooks/redis-fanout.hook';

export const COLLAB_PATH = '/collab/';

/** How often open sockets are re-checked against sessions and permissions (the safety net behind pushed changes). */
const PERMISSION_RECHECK_MS = 5_000;
/** With several processes: how often open documents are compared with the store (two checks find a lost update). */
const GAP_CHECK_MS = 5_000;

export interface CollabServiceStats extends CollabStats {
  /** Fan-out between processes; null without REDIS_URL. */
  fanOut: FanOutStats | null;
}

/**
 * The collaboration endpoint `/collab/<documentId>` on the API's own port: the core server with its
 * hooks in their order (authenticate -> load -> store -> fan-out), attached to the HTTP server's
 * upgrades by `platform.ts`, closed (sockets closed, stores flushed, logs compacted) on shutdown.
 * Permission changes published on `AccessChanges` are applied to the open sockets here and, through
 * Redis, in the other processes before the publishing mutation returns.
 */
@Injectable()
export class CollabService implements OnModuleDestroy {
  readonly server: CollabServer<CollabContext>;
  private readonly auth: AuthenticationHook;
  private readonly store: PostgresStoreHook;
  private readonly redis: RedisFanOutHook | null;
  private attached: { http: HttpServer; listener: (request: IncomingMessage, socket: Duplex, head: Buffer) => void } | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    ds: DataSource,
    authService: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
    logger: PinoLogger,
    accessChanges: AccessChanges,
    metrics: Metrics,
  ) {
    logger.setContext('collab');
    this.auth = new AuthenticationHook(ds, (token) => authService.actorForToken(token), config, logger, { recheckMs: PERMISSION_RECHECK_MS });
    this.redis = config.redisUrl
      ? new RedisFanOutHook(config.redisUrl, logger, { prefix: `${config.redisPrefix}collab:`, onLag: (seconds) => metrics.fanOutLag.observe(seconds) })
      : null;
    this.store = new PostgresStoreHook(ds, logger, {
      gapCheckMs: this.redis ? GAP_CHECK_MS : null,
      onStored: (updates, seconds) => {
        metrics.collabUpdatesStored.inc(updates);
        metrics.collabStoreDuration.observe(seconds);
      },
    });
    const extensions: CollabExtension<CollabContext>[] = [this.auth, ...(this.redis ? [this.redis] : []), this.store];
    const options: Partial<CollabServerOptions> = { maxDocumentBytes: config.collabMaxDocumentBytes };
    this.server = new CollabServer<CollabContext>(extensions, logger, options);
    this.redis?.onAccessChange((change) => this.auth.applyAccessChange(change));
    this.unsubscribe = accessChanges.subscribe((change) => this.applyAccessChange(change));
  }

  /** A committed permission change: applied to the sockets here and, at the same time, in every live peer. */
  private async applyAccessChange(change: AccessChange): Promise<void> {
    await Promise.all([this.auth.applyAccessChange(change), this.redis?.publishAccessChange(change)]);
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

  /** Counters, including the repairs of missed updates by reason and the fan-out's view of its peers. */
  stats(): CollabServiceStats {
    return { ...this.server.stats(), fanOut: this.redis?.stats() ?? null };
  }

  async onModuleDestroy(): Promise<void> {
    this.unsubscribe();
    if (this.attached) this.attached.http.off('upgrade', this.attached.listener);
    await this.server.close();
  }
}
