import { Module } from '@nestjs/common';
import { UserService } from '../organisations/user.service';
import { OrganisationResolver, ParticipantResolver, RoadmapResolver } from './roadmap.resolver';
import { RoadmapService } from './roadmap.service';

/** Roadmaps, their participants, organisations and their users: who may see and do what. */
@Module({
  providers: [RoadmapService, UserService, RoadmapResolver, ParticipantResolver, OrganisationResolver],
  exports: [RoadmapService],
})
export class RoadmapModule {}
