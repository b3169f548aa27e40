import { Module } from '@nestjs/common';
import { DisruptionResolver, DisruptionSignalResolver } from './disruption.resolver';
import { DisruptionService } from './disruption.service';

/** Disruption reports of the company network, and the figures everyone may see of them (issue 17). */
@Module({
  providers: [DisruptionService, DisruptionResolver, DisruptionSignalResolver],
})
export class DisruptionsModule {}
