import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { RoadmapModule } from '../roadmaps/roadmap.module';
import { RoadmapScenariosResolver, SavedScenarioResolver, ScenarioEventSpecResolver, ScenarioResolver } from './scenario.resolver';
import { ScenarioService } from './scenario.service';

/** Scenarios saved in a roadmap, answered for each reader by the analysis. */
@Module({
  imports: [AnalysisModule, RoadmapModule],
  providers: [ScenarioService, ScenarioResolver, SavedScenarioResolver, ScenarioEventSpecResolver, RoadmapScenariosResolver],
  exports: [ScenarioService],
})
export class ScenariosModule {}
