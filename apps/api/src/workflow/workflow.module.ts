import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module';
import { AnalysisModule } from '../analysis/analysis.module';
import { InterventionsModule } from '../interventions/interventions.module';
import { RisksModule } from '../risks/risks.module';
import { RoadmapModule } from '../roadmaps/roadmap.module';
import { PhaseResolver, RoadmapPhasesResolver } from './phase.resolver';
import { PhaseService } from './phase.service';
import { TaskResolver } from './task.resolver';
import { TaskService } from './task.service';

/** The roadmap's workflow: phases that move with their open points, and each organisation's tasks. */
@Module({
  imports: [RoadmapModule, AnalysisModule, ActivityModule, RisksModule, InterventionsModule],
  providers: [PhaseService, PhaseResolver, RoadmapPhasesResolver, TaskService, TaskResolver],
})
export class WorkflowModule {}
