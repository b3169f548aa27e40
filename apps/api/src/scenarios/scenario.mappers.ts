import type { ScenarioSpec } from '../analysis/analysis.inputs';
import type { SavedScenarioModel } from './scenario.models';

/** A saved scenario as stored. */
export interface SavedScenarioRow {
  id: string;
  roadmapId: string;
  name: string;
  /** As stored; older rows may lack fields that got defaults later. */
  input: Partial<ScenarioSpec> & Pick<ScenarioSpec, 'productGroupId' | 'events'>;
  createdByOrgId: string;
  createdAt: Date;
}

/** The stored row as the GraphQL model, with the defaults older rows lack filled in. */
export function toSavedScenarioModel(row: SavedScenarioRow): SavedScenarioModel {
  const spec: ScenarioSpec = { name: null, startDate: null, horizonMonths: 24, scope: 'GLOBAL', itemLimit: 100, ...row.input };
  return {
    spec,
    id: row.id,
    roadmapId: row.roadmapId,
    name: row.name,
    createdAt: row.createdAt,
    createdByOrgId: row.createdByOrgId,
    input: {
      productGroupId: spec.productGroupId,
      startDate: spec.startDate,
      horizonMonths: spec.horizonMonths,
      scope: spec.scope,
      events: spec.events.map((e) => ({ ...e, cutPercent: Math.round(e.cutFraction * 1e8) / 1e6 })),
    },
  };
}

