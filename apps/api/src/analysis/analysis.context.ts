import type { MaterialEntity } from '@routekaart/db';
import type { ChainLoaders } from '../chain/chain.loaders';
import type { ItemModel } from '../chain/chain.models';
import type { RequestContext } from '../common/request-context';
import type { MaterialLoaders } from '../materials/material.loaders';
import type { OrganisationLoaders } from '../organisations/organisation.loaders';

/** The request context of the analysis resolvers (and of saved scenarios, which show analysis results). */
export type AnalysisContext = RequestContext<ChainLoaders & MaterialLoaders & OrganisationLoaders>;

// Items and materials named in results are resolved through the request's batched loaders: one
// statement per kind for a whole response, and items only as far as the viewer may read them.

export function itemOf(ctx: AnalysisContext, id: string | null): Promise<ItemModel | null> {
  return id ? ctx.loaders.itemById.load(id) : Promise.resolve(null);
}

export async function itemsOf(ctx: AnalysisContext, ids: readonly string[]): Promise<ItemModel[]> {
  const rows = await ctx.loaders.itemById.loadMany([...ids]);
  return rows.filter((r): r is ItemModel => !!r && !(r instanceof Error));
}

export function materialOf(ctx: AnalysisContext, id: string | null): Promise<MaterialEntity | null> {
  return id ? ctx.loaders.materialById.load(id) : Promise.resolve(null);
}

export async function materialsOf(ctx: AnalysisContext, ids: readonly string[]): Promise<MaterialEntity[]> {
  const rows = await ctx.loaders.materialById.loadMany([...ids]);
  return rows.filter((r): r is MaterialEntity => !!r && !(r instanceof Error));
}
