import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EventFanout } from '../common/event-fanout';

/** A series changed (observations, thresholds, its definition: `alertId` null) or raised an alert. */
export interface SeriesEvent {
  seriesId: string;
  /** An alert the change raised; each subscriber judges afresh whether it concerns it. */
  alertId: string | null;
}

/**
 * Monitoring changes for GraphQL subscribers, across API replicas: a chart follows its series, a
 * dashboard hears of new alerts. Events carry ids only.
 */
@Injectable()
export class MonitoringEvents implements OnModuleDestroy {
  private readonly fanout: EventFanout<SeriesEvent>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fanout = new EventFanout(config.redisUrl, `${config.redisPrefix}monitoring-events`, MonitoringEvents.name);
  }

  /** Call after the change committed: one event for the change, one per alert it raised. */
  publish(change: { seriesId: string; alertIds: readonly string[] }): void {
    this.fanout.publish({ seriesId: change.seriesId, alertId: null });
    for (const alertId of change.alertIds) this.fanout.publish({ seriesId: change.seriesId, alertId });
  }

  /** Changes of one series. */
  changes(seriesId: string): AsyncIterableIterator<SeriesEvent> {
    return this.fanout.stream((event) => event.alertId === null && event.seriesId === seriesId);
  }

  /** Alerts raised in any series. */
  alerts(): AsyncIterableIterator<SeriesEvent & { alertId: string }> {
    return this.fanout.stream((event) => event.alertId !== null) as AsyncIterableIterator<SeriesEvent & { alertId: string }>;
  }

  onModuleDestroy(): Promise<void> {
    return this.fanout.close();
  }
}
