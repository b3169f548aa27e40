import { Module } from '@nestjs/common';
import { ChainModule } from '../chain/chain.module';
import { ParticipantResolver, RoadmapResolver } from './roadmap.resolver';
import { RoadmapService } from './roadmap.service';

/** Roadmaps and their participants: participation decides what chain data an organisation sees. */
@Module({
  imports: [ChainModule],
  providers: [RoadmapService, RoadmapResolver, ParticipantResolver],
  exports: [RoadmapService],
})
export class RoadmapModule {}
