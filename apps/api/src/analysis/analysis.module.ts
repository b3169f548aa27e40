import { Module } from '@nestjs/common';
import { AnalysisResolver } from './analysis.resolver';
import { AnalysisService } from './analysis.service';
import {
  DependencyPathResolver,
  DependencyResolver,
  DependencyTargetResolver,
  FactorSourceResolver,
  WeakLinkResolver,
} from './dependency.resolver';
import { DependencyHeatmapResolver } from './heatmap.resolver';
import { ItemAnalysisResolver } from './item-analysis.resolver';
import { MaterialAnalysisResolver, SupplyRiskResolver } from './material-analysis.resolver';
import { ScenarioEventOutcomeResolver, ScenarioItemShortfallResolver, ScenarioPlatformOutcomeResolver } from './scenario-result.resolver';

/** Dependency analysis, disruption scenarios, computed concentration and supply risk. */
@Module({
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
    MaterialAnalysisResolver,
    SupplyRiskResolver,
    ItemAnalysisResolver,
  ],
  exports: [AnalysisService],
})
export class AnalysisModule {}
