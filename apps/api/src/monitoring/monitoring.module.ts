import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { AuthModule } from '../auth/auth.module';
import { MonitoringEvents } from './monitoring.events';
import { MonitoringAlertResolver, MonitoringSeriesResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';

/** Indicator series, thresholds and the alerts they raise (issue 17). */
@Module({
  imports: [AnalysisModule, AuthModule],
  providers: [MonitoringEvents, MonitoringService, MonitoringSeriesResolver, MonitoringAlertResolver],
  exports: [MonitoringService],
})
export class MonitoringModule {}
