import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { eventStream } from './event-stream';

/**
 * Fans events of one kind out to GraphQL subscribers: in-process, and through a Redis channel to the
 * other API replicas when a Redis URL is given. Events carry what subscribers need to judge them
 * with their own permissions; they are never sent on as they are.
 */
export class EventFanout<T> {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly logger: Logger;
  private readonly publisher: Redis | null = null;
  private readonly subscriber: Redis | null = null;

  constructor(
    redisUrl: string | null | undefined,
    private readonly channel: string,
    name: string,
  ) {
    this.logger = new Logger(name);
    if (redisUrl) {
      this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
      this.subscriber = new Redis(redisUrl);
      this.subscriber.on('message', (_channel, message: string) => this.local.emit('event', JSON.parse(message) as T));
      this.subscriber.subscribe(channel).catch((error: Error) => this.logger.error(`cannot subscribe to Redis: ${error.message}`));
      for (const client of [this.publisher, this.subscriber]) client.on('error', (e: Error) => this.logger.warn(`Redis: ${e.message}`));
    }
  }

  /** Call after the change committed. */
  publish(event: T): void {
    if (this.publisher) {
      this.publisher.publish(this.channel, JSON.stringify(event)).catch((error: Error) => {
        this.logger.warn(`Redis publish failed, delivering locally only: ${error.message}`);
        this.local.emit('event', event);
      });
    } else {
      this.local.emit('event', event);
    }
  }

  /** The events that pass `wanted`, from now on, as a subscription's iterator. */
  stream(wanted: (event: T) => boolean): AsyncIterableIterator<T> {
    return eventStream<T>((push) => {
      const listener = (event: T) => wanted(event) && push(event);
      this.local.on('event', listener);
      return () => this.local.off('event', listener);
    });
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}
