import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { ParticipantEntity, SessionEntity, UserEntity, hashPassword, verifyPassword } from '@routekaart/db';
import { DomainError, unauthenticated } from '@routekaart/domain';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { Actor } from './actor';
import { hashSessionToken, newSessionToken } from './session-token';

/** Failed logins allowed in the window, per account and per client address, before logins are refused. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30 };

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password. */
  private readonly decoyHash = hashPassword('decoy-password-for-timing');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    const normalised = email.trim().toLowerCase();
    await this.assertNotRateLimited(normalised, ip);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: normalised, disabledAt: IsNull() });
    const ok = await verifyPassword(user?.passwordHash ?? (await this.decoyHash), password);
    await this.dataSource.query('INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)', [normalised, ip, !!user && ok]);
    if (!user || !user.passwordHash || !ok) throw unauthenticated('Wrong e-mail address or password');
    return { ...(await this.openSession(user.id)), user };
  }

  /** A session for a user whose e-mail address an identity provider has verified; null for unknown or disabled users. */
  async loginWithVerifiedEmail(email: string): Promise<Omit<LoginResult, 'user'> | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase(), disabledAt: IsNull() });
    if (!user) return null;
    return this.openSession(user.id);
  }

  private async openSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.dataSource.getRepository(SessionEntity).insert({ tokenHash: hashSessionToken(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  /**
   * Failed logins count per account since its last successful login, and per client address, within
   * the window; stored in PostgreSQL so every API replica sees the same counts.
   */
  private async assertNotRateLimited(email: string, ip: string): Promise<void> {
    const [counts] = await this.dataSource.query(
      `SELECT
         count(*) FILTER (WHERE email = $1 AND NOT succeeded AND at > coalesce(
           (SELECT max(at) FROM login_attempt WHERE email = $1 AND succeeded), '-infinity')) AS account,
         count(*) FILTER (WHERE ip = $2 AND NOT succeeded) AS ip
       FROM login_attempt WHERE at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, LOGIN_LIMITS.windowMinutes],
    );
    if (Number(counts.account) >= LOGIN_LIMITS.perAccount || Number(counts.ip) >= LOGIN_LIMITS.perIp) {
      throw new DomainError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${LOGIN_LIMITS.windowMinutes} minutes`);
    }
  }

  /** The actor of a session token, or null when the token is unknown, expired, revoked or its user disabled. */
  async actorForToken(token: string): Promise<Actor | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOne({
      where: { tokenHash: hashSessionToken(token), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: { organisation: true } },
    });
    const user = session?.user;
    if (!session || !user || user.disabledAt || !user.organisation) return null;
    // Read on every request, so a changed participation applies to the next request.
    const participations = await this.dataSource
      .getRepository(ParticipantEntity)
      .find({ where: { organisationId: user.organisationId }, select: { roadmapId: true, role: true } });
    return {
      userId: user.id,
      email: user.email,
      organisationId: user.organisationId,
      organisationKind: user.organisation.kind,
      role: user.role,
      participations: participations.map((p) => ({ roadmapId: p.roadmapId, role: p.role })),
      platformOperator: user.platformOperator,
      sessionId: session.id,
    };
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }

  async user(actor: Actor): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw unauthenticated();
    return user;
  }
}
