import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '@routekaart/domain';
import type { RequestContext } from './request-context';

/** The logged-in actor; throws UNAUTHENTICATED for anonymous requests. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const actor = GqlExecutionContext.create(ctx).getContext<RequestContext>().actor;
  if (!actor) throw unauthenticated();
  return actor;
});

/** The actor or null, for fields that also answer anonymous requests. */
export const OptionalActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => GqlExecutionContext.create(ctx).getContext<RequestContext>().actor,
);

/** The whole request context (loaders, response for cookies). */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  GqlExecutionContext.create(ctx).getContext<RequestContext>(),
);

/** The logged-in actor's ability (the one built by libs/access); throws UNAUTHENTICATED when anonymous. */
export const CurrentAbility = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const ability = GqlExecutionContext.create(ctx).getContext<RequestContext>().ability;
  if (!ability) throw unauthenticated();
  return ability;
});
