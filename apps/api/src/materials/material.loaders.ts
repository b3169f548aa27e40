import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { MaterialEntity, MaterialSupplyEntity } from '@routekaart/db';
import { byIdLoader, groupedLoader } from '../common/loaders';
import { readExportRestrictions, type ExportRestrictionRow } from './export-restriction.service';

export interface MaterialLoaders {
  /** Materials are readable by every logged-in user (see the permission matrix). */
  materialById: DataLoader<string, MaterialEntity | null>;
  /** All supply shares of a material, largest first within stage and scope. */
  suppliesOfMaterial: DataLoader<string, MaterialSupplyEntity[]>;
  /** Materials by catalogue key (symbol), e.g. an element's group. */
  materialBySymbol: DataLoader<string, MaterialEntity | null>;
  /** Elements of a material group, by the group's symbol. */
  membersOfGroup: DataLoader<string, MaterialEntity[]>;
  /** Export restrictions of a material the viewer may read, newest first. */
  exportRestrictionsOfMaterial: DataLoader<string, ExportRestrictionRow[]>;
}

export function createMaterialLoaders(dataSource: DataSource, ability: AppAbility | null): MaterialLoaders {
  return {
    materialById: byIdLoader((ids) => dataSource.getRepository(MaterialEntity).findBy({ id: In(ids) })),
    suppliesOfMaterial: groupedLoader(
      (ids) =>
        dataSource.getRepository(MaterialSupplyEntity).find({
          where: { materialId: In(ids) },
          order: { stage: 'ASC', scope: 'ASC', share: 'DESC', countryName: 'ASC' },
        }),
      (row) => row.materialId,
    ),
    materialBySymbol: new DataLoader<string, MaterialEntity | null>(async (symbols) => {
      const rows = await dataSource.getRepository(MaterialEntity).findBy({ symbol: In([...symbols]) });
      const bySymbol = new Map(rows.map((r) => [r.symbol, r]));
      return symbols.map((s) => bySymbol.get(s) ?? null);
    }),
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
