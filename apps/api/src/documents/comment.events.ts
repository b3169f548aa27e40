import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { eventStream } from '../common/event-stream';

/**
 * That a thread of a document changed. It carries ids only: each subscriber reads the thread
 * afresh with its own permissions, so nothing is ever sent as the writer saw it.
 */
export interface CommentThreadChange {
  documentId: string;
  threadId: string;
}

const CHANNEL = 'routekaart:document-comment-events';

/**
 * Fans comment changes out to GraphQL subscribers: in-process, and through Redis to the other API
 * replicas when REDIS_URL is set (the same arrangement as the chain's supply link events).
 */
@Injectable()
export class CommentEvents implements OnModuleDestroy {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly logger = new Logger(CommentEvents.name);
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.publisher = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
      this.subscriber = new Redis(config.redisUrl);
      this.subscriber.on('message', (_channel, message: string) => this.local.emit('change', JSON.parse(message) as CommentThreadChange));
      this.subscriber.subscribe(CHANNEL).catch((error: Error) => this.logger.error(`cannot subscribe to Redis: ${error.message}`));
      for (const client of [this.publisher, this.subscriber]) client.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    }
  }

  /** Call after the change committed. */
  publish(change: CommentThreadChange): void {
    if (this.publisher) {
      this.publisher.publish(CHANNEL, JSON.stringify(change)).catch((error: Error) => {
        this.logger.warn(`Redis publish failed, delivering locally only: ${error.message}`);
        this.local.emit('change', change);
      });
    } else {
      this.local.emit('change', change);
    }
  }

  changes(documentId: string): AsyncIterableIterator<CommentThreadChange> {
    return eventStream<CommentThreadChange>((push) => {
      const listener = (change: CommentThreadChange) => change.documentId === documentId && push(change);
      this.local.on('change', listener);
      return () => this.local.off('change', listener);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
