import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { RisksModule } from '../risks/risks.module';
import { SuppliersModule } from '../suppliers/suppliers.module';
import { AgreementExportService } from './agreement-export.service';
import { InterventionCandidateResolver } from './intervention-candidate.resolver';
import { InterventionCandidateService } from './intervention-candidate.service';
import { AgreementResolver, InterventionResolver } from './intervention.resolver';
import { InterventionService } from './intervention.service';

/** Interventions against a roadmap's risks, their status flow and history, the agreements they become, and their candidate suppliers. */
@Module({
  imports: [ActivityModule, RisksModule, SuppliersModule],
  providers: [InterventionService, AgreementExportService, InterventionCandidateService, InterventionResolver, AgreementResolver, InterventionCandidateResolver],
  exports: [InterventionService],
})
export class InterventionsModule {}
