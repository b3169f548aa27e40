import { Args, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { packRules } from '@casl/ability/extra';
import { badInput } from '@routekaart/domain';
import { Ctx } from '../common/current-actor.decorator';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { UserModel } from '../organisations/organisation.model';
import { AuthService } from './auth.service';
import { clientAddressKey } from './client-address';
import { SESSION_COOKIE } from './session-token';
import { Public } from '../common/endpoint-access';

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Bearer token for scripts; browsers also get it as an httpOnly cookie' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}

@ObjectType()
export class SingleSignOn {
  @Field({ description: 'Label of the login button' })
  label: string;

  @Field({ description: 'Where the browser starts the login (add ?returnTo=/path)' })
  loginUrl: string;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public('anyone may try to log in (rate limited per account and address)')
  @Mutation(() => LoginPayload)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('organisationId', {
      type: () => ID,
      nullable: true,
      description:
        'Which organisation to log in to, when the e-mail address has accounts in several: the login then answers BAD_USER_INPUT on this field with `extensions.organisations` (id, name) whose password matched',
    })
    organisationId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    if (!email.trim()) throw badInput('email', 'Enter an e-mail address');
    if (!password) throw badInput('password', 'Enter a password');
    // req.ip is the socket's peer, or with TRUST_PROXY the address the trusted proxies report.
    const result = await this.auth.login(email, password, clientAddressKey(ctx.req.ip), organisationId);
    ctx.res.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl?.startsWith('https:') ?? false,
      path: '/',
      expires: result.expiresAt,
    });
    return result;
  }

  @Public('ends the session the request came with, if any')
  @Mutation(() => Boolean, { description: 'Ends the current session; its token stops working at once' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    if (!ctx.actor) return false;
    await this.auth.logout(ctx.actor.sessionId);
    return true;
  }

  @Public('the login page shows the single sign-on button before anyone is logged in')
  @Query(() => SingleSignOn, { nullable: true, description: 'Single sign-on through an OpenID Connect provider, when configured' })
  singleSignOn(): SingleSignOn | null {
    return this.config.oidc ? { label: this.config.oidc.label, loginUrl: '/auth/oidc/login' } : null;
  }

  @Public("the caller's own rules; null when anonymous")
  @Query(() => String, {
    nullable: true,
    description: "The logged-in user's permission rules (CASL rules, packed, as JSON) so the web app can hide what they may not do; the API enforces them regardless",
  })
  myPermissionRules(@Ctx() ctx: RequestContext): string | null {
    return ctx.ability ? JSON.stringify(packRules(ctx.ability.rules)) : null;
  }

  @Public('the logged-in user, or null')
  @Query(() => UserModel, { nullable: true, description: 'The logged-in user, or null' })
  async me(@Ctx() ctx: RequestContext): Promise<UserModel | null> {
    return ctx.actor ? this.auth.user(ctx.actor) : null;
  }
}
