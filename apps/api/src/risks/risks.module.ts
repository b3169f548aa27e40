import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { AnalysisModule } from '../analysis/analysis.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { AlertRisksResolver, RiskAlertResolver } from './risk-alert.resolver';
import { RiskAlertService } from './risk-alert.service';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';

/** The risk register of a roadmap, with the monitoring alerts its risks are watched by. */
@Module({
  imports: [ActivityModule, AnalysisModule, MonitoringModule],
  providers: [RiskService, RiskResolver, RiskAlertService, RiskAlertResolver, AlertRisksResolver],
  exports: [RiskService],
})
export class RisksModule {}
