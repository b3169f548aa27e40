import { Module } from '@nestjs/common';
import { ParticipantResolver, RoadmapResolver } from './roadmap.resolver';
import { RoadmapService } from './roadmap.service';

/** Roadmaps and their participants: participation decides what chain data an organisation sees. */
@Module({
  providers: [RoadmapService, RoadmapResolver, ParticipantResolver],
  exports: [RoadmapService],
})
export class RoadmapModule {}
