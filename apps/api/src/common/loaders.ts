import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { MaterialEntity, MaterialSupplyEntity, OrganisationEntity } from '@routekaart/db';
import { createChainLoaders, type ChainLoaders } from '../chain/chain.loaders';
import { readExportRestrictions, type ExportRestrictionRow } from '../materials/export-restriction.service';

/** Batch loaders, one set per request so nothing is cached across users. */
export interface Loaders extends ChainLoaders {
  organisationById: DataLoader<string, OrganisationEntity | null>;
  materialById: DataLoader<string, MaterialEntity | null>;
  /** All supply shares of a material, largest first within stage and scope. */
  suppliesOfMaterial: DataLoader<string, MaterialSupplyEntity[]>;
  /** Elements of a material group, by the group's symbol. */
  membersOfGroup: DataLoader<string, MaterialEntity[]>;
  /** Export restrictions of a material the viewer may read, newest first. */
  exportRestrictionsOfMaterial: DataLoader<string, ExportRestrictionRow[]>;
}

function groupedLoader<T>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const byKey = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const k = keyOf(row);
      byKey.set(k, [...(byKey.get(k) ?? []), row]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
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
    suppliesOfMaterial: groupedLoader(
      (ids) =>
        dataSource.getRepository(MaterialSupplyEntity).find({
          where: { materialId: In(ids) },
          order: { stage: 'ASC', scope: 'ASC', share: 'DESC', countryName: 'ASC' },
        }),
      (row) => row.materialId,
    ),
    membersOfGroup: groupedLoader(
      (symbols) => dataSource.getRepository(MaterialEntity).find({ where: { parentSymbol: In(symbols) }, order: { name: 'ASC' } }),
      (row) => row.parentSymbol!,
    ),
    exportRestrictionsOfMaterial: groupedLoader(
      async (ids) => (ability ? readExportRestrictions(dataSource, ability, { materialIds: ids }) : []),
      (row) => row.materialId,
    ),
  };
}
