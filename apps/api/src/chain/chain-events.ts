import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { eventStream } from '../common/event-stream';
import type { SupplyLinkRow } from './chain.queries';

export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

/** A change to a supply link, with the full row so each subscriber's rules can judge it. Never sent as is. */
export interface SupplyLinkChange {
  kind: ChangeKind;
  productGroupId: string;
  link: SupplyLinkRow;
}

const CHANNEL = 'routekaart:chain-events';

/**
 * Fans chain changes out to GraphQL subscribers: in-process, and through Redis to the other API
 * replicas when REDIS_URL is set. Subscribers filter with their own permissions.
 */
@Injectable()
export class ChainEvents implements OnModuleDestroy {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly logger = new Logger(ChainEvents.name);
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.publisher = new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
      this.subscriber = new Redis(config.redisUrl);
      this.subscriber.on('message', (_channel, message: string) => this.local.emit('change', JSON.parse(message) as SupplyLinkChange));
      this.subscriber.subscribe(CHANNEL).catch((error: Error) => this.logger.error(`cannot subscribe to Redis: ${error.message}`));
      for (const client of [this.publisher, this.subscriber]) client.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    }
  }

  publish(change: SupplyLinkChange): void {
    if (this.publisher) {
      this.publisher.publish(CHANNEL, JSON.stringify(change)).catch((error: Error) => {
        this.logger.warn(`Redis publish failed, delivering locally only: ${error.message}`);
        this.local.emit('change', change);
      });
    } else {
      this.local.emit('change', change);
    }
  }

  changes(productGroupId: string): AsyncIterableIterator<SupplyLinkChange> {
    return eventStream<SupplyLinkChange>((push) => {
      const listener = (change: SupplyLinkChange) => change.productGroupId === productGroupId && push(change);
      this.local.on('change', listener);
      return () => this.local.off('change', listener);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
