import { OrganisationEntity } from './organisation.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export * from './organisation.entity';
export * from './session.entity';
export * from './user.entity';

/** Every entity the data source knows; a new entity is added here and gets a migration. */
export const ENTITIES = [OrganisationEntity, UserEntity, SessionEntity];
