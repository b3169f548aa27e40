import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EventFanout } from '../common/event-fanout';

/**
 * That a thread of a document changed. It carries ids only: each subscriber reads the thread
 * afresh with its own permissions, so nothing is ever sent as the writer saw it.
 */
export interface CommentThreadChange {
  documentId: string;
  threadId: string;
}

/** Comment changes for GraphQL subscribers, across API replicas (the same fan-out as the chain's supply link events). */
@Injectable()
export class CommentEvents implements OnModuleDestroy {
  private readonly fanout: EventFanout<CommentThreadChange>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fanout = new EventFanout(config.redisUrl, `${config.redisPrefix}document-comment-events`, CommentEvents.name);
  }

  /** Call after the change committed. */
  publish(change: CommentThreadChange): void {
    this.fanout.publish(change);
  }

  changes(documentId: string): AsyncIterableIterator<CommentThreadChange> {
    return this.fanout.stream((change) => change.documentId === documentId);
  }

  onModuleDestroy(): Promise<void> {
    return this.fanout.close();
  }
}
