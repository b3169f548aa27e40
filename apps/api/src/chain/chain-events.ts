import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EventFanout } from '../common/event-fanout';
import type { SupplyLinkRow } from './chain.queries';

export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED';

/** A change to a supply link, with the full row so each subscriber's rules can judge it. Never sent as is. */
export interface SupplyLinkChange {
  kind: ChangeKind;
  productGroupId: string;
  link: SupplyLinkRow;
}

/** Chain changes for GraphQL subscribers, across API replicas. Subscribers filter with their own permissions. */
@Injectable()
export class ChainEvents implements OnModuleDestroy {
  private readonly fanout: EventFanout<SupplyLinkChange>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fanout = new EventFanout(config.redisUrl, `${config.redisPrefix}chain-events`, ChainEvents.name);
  }

  /** Call after the change committed. */
  publish(change: SupplyLinkChange): void {
    this.fanout.publish(change);
  }

  changes(productGroupId: string): AsyncIterableIterator<SupplyLinkChange> {
    return this.fanout.stream((change) => change.productGroupId === productGroupId);
  }

  onModuleDestroy(): Promise<void> {
    return this.fanout.close();
  }
}
