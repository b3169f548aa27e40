import type { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { createChainLoaders, type ChainLoaders } from '../chain/chain.loaders';
import type { RequestContext } from '../common/request-context';
import { createMaterialLoaders, type MaterialLoaders } from '../materials/material.loaders';
import { createOrganisationLoaders, type OrganisationLoaders } from '../organisations/organisation.loaders';
import { createScenarioLoaders, type ScenarioLoaders } from '../scenarios/scenario.loaders';

/**
 * The batch loaders of one GraphQL request: each module's own, composed here at the top so that no
 * module imports another's loaders through `common` (imports run one way). A new module adds its
 * loaders to this intersection; its resolvers type their context with the loaders they use.
 */
export type Loaders = OrganisationLoaders & MaterialLoaders & ChainLoaders & ScenarioLoaders;

export type GraphQLContext = RequestContext<Loaders>;

/** One set per request, so nothing is cached across users. */
export function createLoaders(dataSource: DataSource, ability: AppAbility | null, actor: { organisationId: string } | null = null): Loaders {
  return {
    ...createOrganisationLoaders(dataSource),
    ...createMaterialLoaders(dataSource, ability),
    ...createChainLoaders(dataSource, ability, actor?.organisationId ?? null),
    ...createScenarioLoaders(dataSource, ability),
  };
}
