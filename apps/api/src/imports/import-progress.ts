import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import { EventFanout } from '../common/event-fanout';

/**
 * The phases of an import a user can follow (issue 18): READING the file's rows, CHECKING them against
 * the company's data, WRITING the rows (apply only), DONE. WAITING is the subscription's own first
 * message: it is listening, the file can be sent.
 */
export type ImportPhase = 'WAITING' | 'READING' | 'CHECKING' | 'WRITING' | 'DONE';

/** A step of one import. It names the user who started it: only that user's subscription receives it. */
export interface ImportProgressEvent {
  importId: string;
  userId: string;
  phase: ImportPhase;
  /** Rows done in this phase: read so far (READING), written (WRITING); 0 otherwise. */
  done: number;
  /** Rows in this phase when known beforehand (WRITING); 0 otherwise — a streamed file's rows are counted as it is read. */
  total: number;
  /** How far the phase is, 0..100: of the file's bytes (READING), of the rows (WRITING); 0 for CHECKING, 100 for DONE. */
  percent: number;
}

/** A function the import calls as it goes; a no-op when nobody asked to follow it. */
export type ProgressReport = (phase: ImportPhase, done?: number, total?: number, percent?: number) => void;

/** A step is published when the phase changes or its percentage moved by this much: ~50 messages per phase, not one per row. */
const PERCENT_STEP = 2;

/** Import progress across API replicas (Redis when configured): the import may run on another replica than the socket. */
@Injectable()
export class ImportProgress implements OnModuleDestroy {
  private readonly fanout: EventFanout<ImportProgressEvent>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.fanout = new EventFanout(config.redisUrl, `${config.redisPrefix}import-progress`, ImportProgress.name);
  }

  /**
   * A reporter for the import `importId` started by `userId` (none without an id): every phase change,
   * and within a phase a step when its percentage moved by PERCENT_STEP or it completed. Without a
   * percentage one is taken from done/total (WRITING).
   */
  reporter(importId: string | null, userId: string): ProgressReport {
    if (!importId) return () => undefined;
    let last: { phase: ImportPhase; percent: number } | null = null;
    return (phase, done = 0, total = 0, given) => {
      const percent = Math.round(given ?? (phase === 'DONE' ? 100 : total > 0 ? (done / total) * 100 : 0));
      if (last && last.phase === phase && percent < 100 && percent - last.percent < PERCENT_STEP) return;
      if (last && last.phase === phase && percent === 100 && last.percent === 100) return;
      last = { phase, percent };
      this.fanout.publish({ importId, userId, phase, done, total, percent });
    };
  }

  /** The steps of `importId` that the user `userId` started, from now on; another user's import of the same id never. */
  follow(importId: string, userId: string): AsyncIterableIterator<ImportProgressEvent> {
    return this.fanout.stream((event) => event.importId === importId && event.userId === userId);
  }

  onModuleDestroy(): Promise<void> {
    return this.fanout.close();
  }
}
