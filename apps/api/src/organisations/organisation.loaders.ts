import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrganisationEntity } from '@routekaart/db';
import { byIdLoader } from '../common/loaders';

export interface OrganisationLoaders {
  /** Organisations are readable by every logged-in user (see the permission matrix). */
  organisationById: DataLoader<string, OrganisationEntity | null>;
}

export function createOrganisationLoaders(dataSource: DataSource): OrganisationLoaders {
  return {
    organisationById: byIdLoader((ids) => dataSource.getRepository(OrganisationEntity).findBy({ id: In(ids) })),
  };
}
