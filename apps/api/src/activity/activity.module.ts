import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ActivityEvents } from './activity.events';
import { ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';

/**
 * The activity feed of roadmaps: what changed in the risk register, the interventions and the
 * phases. Writers call `recordActivity` in their transaction and publish through `ActivityEvents`.
 */
@Module({
  imports: [AuthModule],
  providers: [ActivityEvents, ActivityService, ActivityResolver],
  exports: [ActivityEvents, ActivityService],
})
export class ActivityModule {}
