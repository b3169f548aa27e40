import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EventFanout } from '../common/event-fanout';
import type { ActivityRef } from './activity';

/**
 * New activity entries for GraphQL subscribers, across API replicas. An event carries ids only:
 * each subscriber reads the entry afresh with its own permissions.
 */
@Injectable()
export class ActivityEvents implements OnModuleDestroy {
  private readonly fanout: EventFanout<ActivityRef>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fanout = new EventFanout(config.redisUrl, `${config.redisPrefix}roadmap-activity-events`, ActivityEvents.name);
  }

  /** Call after the entries committed. */
  publish(...entries: ActivityRef[]): void {
    for (const entry of entries) this.fanout.publish({ id: entry.id, roadmapId: entry.roadmapId });
  }

  /** Entries of one roadmap, or of every roadmap (`null`). */
  added(roadmapId: string | null): AsyncIterableIterator<ActivityRef> {
    return this.fanout.stream((entry) => roadmapId === null || entry.roadmapId === roadmapId);
  }

  onModuleDestroy(): Promise<void> {
    return this.fanout.close();
  }
}
