import { Module } from '@nestjs/common';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

/** Organisations and their users: the directory, and each organisation's admins running its accounts. */
@Module({
  providers: [OrganisationService, UserService, OrganisationResolver, UserResolver],
})
export class OrganisationsModule {}
