import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-actor.decorator';
import type { RequestContext } from '../common/request-context';
import type { OrganisationLoaders } from './organisation.loaders';
import { OrganisationModel, UserModel } from './organisation.model';
import { ChecksInService } from '../common/endpoint-access';

@ChecksInService('organisations are public to logged-in users')
@Resolver(() => UserModel)
export class UserResolver {
  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() user: UserModel, @Ctx() ctx: RequestContext<OrganisationLoaders>): Promise<OrganisationModel> {
    const org = await ctx.loaders.organisationById.load(user.organisationId);
    if (!org) throw new Error(`organisation ${user.organisationId} of user ${user.id} is missing`);
    return org;
  }
}
