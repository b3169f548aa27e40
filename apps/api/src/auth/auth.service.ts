import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { SessionEntity, UserEntity, hashPassword, verifyPassword } from '@routekaart/db';
import { DomainError, unauthenticated } from '@routekaart/domain';
import { AccessChanges } from '../common/access-changes';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { Actor } from '../common/actor';
import { queryPrepared } from '../common/sql';
import { hashSessionToken, newSessionToken } from './session-token';

/**
 * Login limits. Every attempt is counted (as a failure until its password is proven) before any
 * password is checked, under advisory locks on its account and its client address, so parallel
 * attempts cannot all pass the check at once: no more passwords are ever checked than these allow.
 * A stranger cannot lock an account's owner out: the hard limits are per account and client
 * address, and failures across addresses only slow logins from addresses the account has not used.
 */
export const LOGIN_LIMITS = {
  windowMinutes: 15,
  /** Failures per account and client address in the window; a successful login from that address resets it. */
  perPair: 5,
  /** Failures per client address in the window, whatever the accounts. */
  perAddress: 30,
  /**
   * Failures of one account from all addresses together (in the window, since its last successful
   * login) after which every further attempt from an address that has not logged in to it within
   * `knownAddressDays` waits: 1 s after the last failure, doubling per failure, at most `maxDelaySeconds`.
   * Twice `perPair`, so one address alone can never slow the account for anyone else.
   */
  accountSlowAfter: 10,
  maxDelaySeconds: 16,
  knownAddressDays: 30,
};

/** Advisory lock classes (the two-key space, apart from the single-key locks of migrations and seeding). */
const LOCK_ACCOUNT = 71_301;
const LOCK_ADDRESS = 71_302;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** What a login through an identity provider (which verified the e-mail address) leads to. */
export type VerifiedEmailLogin =
  | { status: 'ok'; token: string; expiresAt: Date }
  /** No active account has this address. */
  | { status: 'unknown' }
  /** Active accounts in several organisations have this address; the provider does not say which is meant. */
  | { status: 'ambiguous' };

interface LoginAccount {
  id: string;
  passwordHash: string;
  organisationId: string;
  organisationName: string;
}

@Injectable()
export class AuthService {
  /**
   * Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
   * Made at the first unknown address rather than at start-up: a hash costs as much as a login.
   */
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessChanges: AccessChanges,
  ) {}

  /**
   * Logs in with an e-mail address and password. One address may have accounts in several
   * organisations: the password is checked against each active one (at the same time, so the
   * answer takes as long as for one); exactly one match logs in, several ask for `organisationId`
   * and name only the organisations whose password matched.
   */
  async login(email: string, password: string, clientAddress: string, organisationId?: string | null): Promise<LoginResult> {
    const normalised = email.trim().toLowerCase();
    const attemptId = await this.admitAttempt(normalised, clientAddress);
    const accounts: LoginAccount[] = await this.dataSource.query(
      `SELECT u.id, u.password_hash AS "passwordHash", u.organisation_id AS "organisationId", o.name AS "organisationName"
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id
       WHERE u.email = $1 AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL`,
      [normalised],
    );
    const hashes = accounts.length ? accounts.map((a) => a.passwordHash) : [await (this.decoyHash ??= hashPassword('decoy-password-for-timing'))];
    const verified = await Promise.all(hashes.map((hash) => this.checkPassword(hash, password)));
    const matched = accounts.filter((account, i) => verified[i] && (!organisationId || account.organisationId === organisationId));
    if (!matched.length) throw unauthenticated('Wrong e-mail address or password');
    // The password is proven: the attempt no longer counts as a failure, and it resets its address's count.
    await this.dataSource.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [attemptId]);
    if (matched.length > 1) {
      const organisations = matched
        .map((a) => ({ id: a.organisationId, name: a.organisationName }))
        .sort((a, b) => a.name.localeCompare(b.name));
      throw new DomainError('BAD_USER_INPUT', 'This e-mail address has accounts in several organisations: choose one', 'organisationId', {
        organisations,
      });
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: matched[0].id });
    return { ...(await this.openSession(user.id)), user };
  }

  /** One argon2 verification; every password check of a login goes through here (tests count them). */
  checkPassword(hash: string, password: string): Promise<boolean> {
    return verifyPassword(hash, password);
  }

  /** A session for the one active user with an e-mail address an identity provider has verified. */
  async loginWithVerifiedEmail(email: string): Promise<VerifiedEmailLogin> {
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { email: email.trim().toLowerCase(), disabledAt: IsNull() }, select: { id: true }, take: 2 });
    if (!users.length) return { status: 'unknown' };
    if (users.length > 1) return { status: 'ambiguous' };
    return { status: 'ok', ...(await this.openSession(users[0].id)) };
  }

  private async openSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    await this.dataSource.getRepository(SessionEntity).insert({ tokenHash: hashSessionToken(token), userId, expiresAt, revokedAt: null });
    return { token, expiresAt };
  }

  /**
   * Checks the limits and records the attempt as a failure, in one transaction that holds the
   * account's and then the address's advisory lock (always in that order, so two attempts cannot
   * deadlock). Returns the attempt's id, or refuses with TOO_MANY_REQUESTS and when to try again.
   * Kept in PostgreSQL so every API replica sees the same counts.
   */
  private async admitAttempt(email: string, address: string): Promise<string> {
    const L = LOGIN_LIMITS;
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_ACCOUNT, email]);
      await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_ADDRESS, address]);
      const [state]: {
        now: Date;
        pairLimitFrom: Date | null;
        addressLimitFrom: Date | null;
        accountFailures: number;
        lastAccountFailure: Date | null;
        knownAddress: boolean;
      }[] = await em.query(
        `WITH t AS (SELECT clock_timestamp() AS now, clock_timestamp() - make_interval(mins => $3) AS since),
         account AS (
           SELECT count(*)::int AS failures, max(a.at) AS last FROM login_attempt a, t
           WHERE a.email = $1 AND NOT a.succeeded AND a.at > t.since
             AND a.at > coalesce((SELECT max(s.at) FROM login_attempt s WHERE s.email = $1 AND s.succeeded), '-infinity'))
         SELECT t.now,
           -- the perPair-th most recent failure of this pair since its last success: the pair is full until it leaves the window
           (SELECT a.at FROM login_attempt a WHERE a.email = $1 AND a.ip = $2 AND NOT a.succeeded AND a.at > t.since
              AND a.at > coalesce((SELECT max(s.at) FROM login_attempt s WHERE s.email = $1 AND s.ip = $2 AND s.succeeded), '-infinity')
            ORDER BY a.at DESC OFFSET $4 - 1 LIMIT 1) AS "pairLimitFrom",
           (SELECT a.at FROM login_attempt a WHERE a.ip = $2 AND NOT a.succeeded AND a.at > t.since
            ORDER BY a.at DESC OFFSET $5 - 1 LIMIT 1) AS "addressLimitFrom",
           account.failures AS "accountFailures", account.last AS "lastAccountFailure",
           EXISTS (SELECT 1 FROM login_attempt s WHERE s.email = $1 AND s.ip = $2 AND s.succeeded
                   AND s.at > t.now - make_interval(days => $6)) AS "knownAddress"
         FROM t, account`,
        [email, address, L.windowMinutes, L.perPair, L.perAddress, L.knownAddressDays],
      );
      const now = state.now.getTime();
      const windowMs = L.windowMinutes * 60_000;
      const waits = [0];
      if (state.pairLimitFrom) waits.push(state.pairLimitFrom.getTime() + windowMs - now);
      if (state.addressLimitFrom) waits.push(state.addressLimitFrom.getTime() + windowMs - now);
      if (!state.knownAddress && state.lastAccountFailure) {
        waits.push(state.lastAccountFailure.getTime() + accountDelaySeconds(state.accountFailures) * 1000 - now);
      }
      const wait = Math.max(...waits);
      if (wait > 0) throw tooManyAttempts(Math.ceil(wait / 1000));
      const [attempt]: { id: string }[] = await em.query(
        'INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, $2, false, clock_timestamp()) RETURNING id',
        [email, address],
      );
      return attempt.id;
    });
  }

  /** The actor of a session token, or null when the token is unknown, expired, revoked or its user disabled. */
  async actorForToken(token: string): Promise<Actor | null> {
    // Every request asks this, so it is one statement (session, user, organisation and the
    // organisation's participations), not an ORM query per table. Participations are read on every
    // request, so a changed participation applies to the next request.
    const [row] = await queryPrepared<Actor>(
      this.dataSource,
      `SELECT s.id AS "sessionId", u.id AS "userId", u.email, u.role, u.organisation_id AS "organisationId",
              u.platform_operator AS "platformOperator", o.kind AS "organisationKind", o.trade_association AS "tradeAssociation",
              COALESCE((SELECT json_agg(json_build_object('roadmapId', p.roadmap_id, 'role', p.role) ORDER BY p.roadmap_id)
                        FROM participant p WHERE p.organisation_id = u.organisation_id), '[]') AS participations
       FROM session s
       JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
       JOIN organisation o ON o.id = u.organisation_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2`,
      [hashSessionToken(token), new Date()],
    );
    return row ?? null;
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
    // Revoked: collaboration sockets opened with this session are closed before this returns.
    await this.accessChanges.publish({ kind: 'session', sessionId });
  }

  async user(actor: Actor): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: actor.userId });
    if (!user) throw unauthenticated();
    return user;
  }
}

/** How long after an account's last failure the next attempt from an unfamiliar address waits, by its failures across addresses. */
export function accountDelaySeconds(failures: number): number {
  const { accountSlowAfter, maxDelaySeconds } = LOGIN_LIMITS;
  return failures < accountSlowAfter ? 0 : Math.min(2 ** (failures - accountSlowAfter), maxDelaySeconds);
}

function tooManyAttempts(retryAfterSeconds: number): DomainError {
  const when = retryAfterSeconds < 120 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return new DomainError('TOO_MANY_REQUESTS', `Too many failed logins; try again in ${when}`, undefined, { retryAfterSeconds });
}
