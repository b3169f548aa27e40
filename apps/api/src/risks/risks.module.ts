import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { AnalysisModule } from '../analysis/analysis.module';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';

/** The risk register of a roadmap. */
@Module({
  imports: [ActivityModule, AnalysisModule],
  providers: [RiskService, RiskResolver],
  exports: [RiskService],
})
export class RisksModule {}
