import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';
import { AuthService } from '../auth.service';
import { SESSION_COOKIE } from '../session-token';
import { OidcClient, OidcError, type OidcLoginState } from './oidc-client';

const STATE_COOKIE = 'rk_oidc';

/** Only paths on this site, so the login cannot be used to send users elsewhere. */
const safeReturnTo = (value: unknown) => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/');

/**
 * Single sign-on: `/auth/oidc/login` sends the browser to the provider, `/auth/oidc/callback`
 * verifies what comes back and opens a session for the user with that (verified) e-mail address.
 * Users are not created here: an organisation admin adds them first.
 */
@Controller('auth/oidc')
export class OidcController {
  private readonly client: OidcClient | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly logger: Logger,
  ) {
    this.client = config.oidc ? new OidcClient(config.oidc) : null;
  }

  @Get('login')
  async login(@Query('returnTo') returnTo: string | undefined, @Res() res: Response): Promise<void> {
    if (!this.client) {
      res.status(404).type('text/plain').send('Single sign-on is not configured.');
      return;
    }
    try {
      const { url, state } = await this.client.start(safeReturnTo(returnTo));
      res.cookie(STATE_COOKIE, JSON.stringify(state), { ...this.cookieOptions(), maxAge: 10 * 60_000, path: '/auth/oidc' });
      res.redirect(302, url);
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Get('callback')
  async callback(@Query() query: Record<string, string>, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.client) {
      res.status(404).type('text/plain').send('Single sign-on is not configured.');
      return;
    }
    let kept: OidcLoginState | null = null;
    try {
      kept = JSON.parse((req.cookies as Record<string, string>)[STATE_COOKIE] ?? 'null') as OidcLoginState | null;
    } catch {
      kept = null;
    }
    res.clearCookie(STATE_COOKIE, { path: '/auth/oidc' });
    try {
      const identity = await this.client.finish(query, kept);
      const session = await this.auth.loginWithVerifiedEmail(identity.email);
      if (session.status !== 'ok') {
        // Several organisations' accounts share this address and the provider does not say which one is meant.
        res.redirect(302, session.status === 'ambiguous' ? '/login?error=sso-ambiguous-user' : '/login?error=sso-unknown-user');
        return;
      }
      res.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), expires: session.expiresAt, path: '/' });
      res.redirect(302, safeReturnTo(kept?.returnTo));
    } catch (error) {
      this.fail(res, error);
    }
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.publicUrl?.startsWith('https:') ?? false };
  }

  private fail(res: Response, error: unknown): void {
    if (!(error instanceof OidcError)) throw error;
    this.logger.warn({ reason: error.message }, 'single sign-on failed');
    res.redirect(302, `/login?error=sso-failed`);
  }
}
