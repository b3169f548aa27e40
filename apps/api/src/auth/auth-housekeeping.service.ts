import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { LOGIN_LIMITS } from './auth.service';

/** How often the tables are trimmed; every replica does it, and the deletes are idempotent. */
const HOUSEKEEPING_INTERVAL_MS = 60 * 60_000;
/** Ended sessions are kept this long, so "your session ended" can still be told apart from a bad token in logs. */
const ENDED_SESSION_DAYS = 7;

export interface HousekeepingResult {
  loginAttempts: number;
  sessions: number;
}

/**
 * Keeps the login bookkeeping from growing without bound. Only rows the login limits can no longer
 * read are removed: failures that left the window, and successes older than the "known address"
 * period. A success older than that period is no longer a reset point any remaining failure could
 * be compared with (every remaining failure is younger), so limits come out the same.
 */
@Injectable()
export class AuthHousekeepingService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(AuthHousekeepingService.name);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runLogged(), HOUSEKEEPING_INTERVAL_MS);
    // The process may exit while the timer waits: it holds no work that must finish.
    this.timer.unref();
    void this.runLogged();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async removeExpired(): Promise<HousekeepingResult> {
    // Counted in a CTE: TypeORM answers a bare DELETE with [rows, count] rather than rows.
    const [{ attempts }]: { attempts: number }[] = await this.dataSource.query(
      `WITH removed AS (
         DELETE FROM login_attempt
         WHERE (NOT succeeded AND at < clock_timestamp() - make_interval(mins => $1))
            OR (succeeded AND at < clock_timestamp() - make_interval(days => $2))
         RETURNING 1)
       SELECT count(*)::int AS attempts FROM removed`,
      [LOGIN_LIMITS.windowMinutes, LOGIN_LIMITS.knownAddressDays],
    );
    const [{ sessions }]: { sessions: number }[] = await this.dataSource.query(
      `WITH removed AS (
         DELETE FROM session
         WHERE least(revoked_at, expires_at) < clock_timestamp() - make_interval(days => $1)
         RETURNING 1)
       SELECT count(*)::int AS sessions FROM removed`,
      [ENDED_SESSION_DAYS],
    );
    return { loginAttempts: attempts, sessions };
  }

  private async runLogged(): Promise<void> {
    try {
      const removed = await this.removeExpired();
      if (removed.loginAttempts || removed.sessions) this.logger.info(removed, 'removed expired login attempts and sessions');
    } catch (error) {
      // A database that is briefly away must not take the API down; the next round tries again.
      this.logger.warn({ err: error }, 'login housekeeping failed');
    }
  }
}
