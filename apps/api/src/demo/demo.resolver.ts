import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { DEMO_ORGANISATIONS } from '@routekaart/db';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { Public } from '../common/endpoint-access';

@ObjectType()
export class DemoLogin {
  @Field()
  email: string;

  @Field({ description: 'Organisation kind and role, e.g. "industry, shipyard"' })
  description: string;
}

@ObjectType()
export class DemoInfo {
  @Field({ description: 'True when the demo organisations and users are loaded (never in production by default)' })
  enabled: boolean;

  @Field(() => [DemoLogin])
  users: DemoLogin[];
}

/** Login hints for the demo workspace; the password itself is never sent. */
@Resolver()
export class DemoResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public('the demo logins shown on the login page when demo data is on')
  @Query(() => DemoInfo)
  demo(): DemoInfo {
    if (!this.config.demoData) return { enabled: false, users: [] };
    return {
      enabled: true,
      users: DEMO_ORGANISATIONS.flatMap((o) => o.users.map((u) => ({ email: u.email, description: o.description }))),
    };
  }
}
