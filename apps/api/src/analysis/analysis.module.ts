import { Module } from '@nestjs/common';
import { RoadmapModule } from '../roadmaps/roadmap.module';
import {
  AnalysisResolver,
  DependencyHeatmapResolver,
  DependencyPathResolver,
  DependencyResolver,
  DependencyTargetResolver,
  FactorSourceResolver,
  ItemAnalysisResolver,
  MaterialAnalysisResolver,
  RoadmapScenariosResolver,
  SavedScenarioResolver,
  ScenarioEventOutcomeResolver,
  ScenarioEventSpecResolver,
  ScenarioItemShortfallResolver,
  ScenarioPlatformOutcomeResolver,
  SupplyRiskResolver,
  WeakLinkResolver,
} from './analysis.resolver';
import { AnalysisService } from './analysis.service';

/** Dependency analysis, disruption scenarios, computed concentration and supply risk. */
@Module({
  imports: [RoadmapModule],
  providers: [
    AnalysisService,
    AnalysisResolver,
    DependencyResolver,
    DependencyTargetResolver,
    DependencyPathResolver,
    FactorSourceResolver,
    WeakLinkResolver,
    DependencyHeatmapResolver,
    ScenarioEventOutcomeResolver,
    ScenarioPlatformOutcomeResolver,
    ScenarioItemShortfallResolver,
    ScenarioEventSpecResolver,
    SavedScenarioResolver,
    RoadmapScenariosResolver,
    MaterialAnalysisResolver,
    SupplyRiskResolver,
    ItemAnalysisResolver,
  ],
})
export class AnalysisModule {}
