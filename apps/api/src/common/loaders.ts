import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { MaterialEntity, OrganisationEntity } from '@routekaart/db';
import { createChainLoaders, type ChainLoaders } from '../chain/chain.loaders';

/** Batch loaders, one set per request so nothing is cached across users. */
export interface Loaders extends ChainLoaders {
  organisationById: DataLoader<string, OrganisationEntity | null>;
  materialById: DataLoader<string, MaterialEntity | null>;
}

function byIdLoader<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource, ability: AppAbility | null): Loaders {
  return {
    ...createChainLoaders(dataSource, ability),
    // Organisations and materials are readable by every logged-in user (see the permission matrix).
    organisationById: byIdLoader((ids) => dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) })),
    materialById: byIdLoader((ids) => dataSource.getRepository(MaterialEntity).findBy({ id: In(ids) })),
  };
}
