import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { RisksModule } from '../risks/risks.module';
import { AgreementExportService } from './agreement-export.service';
import { AgreementResolver, InterventionResolver } from './intervention.resolver';
import { InterventionService } from './intervention.service';

/** Interventions against a roadmap's risks, their status flow and history, and the agreements they become. */
@Module({
  imports: [ActivityModule, RisksModule],
  providers: [InterventionService, AgreementExportService, InterventionResolver, AgreementResolver],
  exports: [InterventionService],
})
export class InterventionsModule {}
