import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import type { SavedScenarioModel } from './scenario.models';
import { savedScenariosOf } from './scenario.queries';

export interface ScenarioLoaders {
  /** Saved scenarios of a roadmap, newest first, as the reader sees them ([] where it may not read the roadmap's content). */
  scenariosOfRoadmap: DataLoader<string, SavedScenarioModel[]>;
}

export function createScenarioLoaders(ds: DataSource, ability: AppAbility | null): ScenarioLoaders {
  return {
    scenariosOfRoadmap: new DataLoader(async (roadmapIds) => (ability ? savedScenariosOf(ds, ability, roadmapIds) : roadmapIds.map(() => []))),
  };
}
