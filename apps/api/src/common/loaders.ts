import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrganisationEntity } from '@routekaart/db';

/** Batch loaders, one set per request so nothing is cached across users. */
export interface Loaders {
  organisationById: DataLoader<string, OrganisationEntity | null>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    organisationById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
