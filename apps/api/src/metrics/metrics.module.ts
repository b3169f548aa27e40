import { Global, Module, type OnModuleInit } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { CollabService } from '../collab/collab.service';
import { CollabModule } from '../collab/collab.module';
import { httpArea, Metrics } from '../common/metrics';
import { MetricsController } from './metrics.controller';

/**
 * One `Metrics` per running API, for every module to count into (it is global), the `/metrics`
 * endpoint, and the gauges that mirror state: collaboration sockets and documents, the database pool.
 */
@Global()
@Module({
  imports: [CollabModule],
  providers: [{ provide: Metrics, useFactory: () => new Metrics() }],
  controllers: [MetricsController],
  exports: [Metrics],
})
export class MetricsModule implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly collab: CollabService,
    private readonly ds: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.onCollect(() => {
      const stats = this.collab.stats();
      this.metrics.collabConnections.set(stats.connections);
      this.metrics.collabDocuments.set(stats.documents);
      const pool = poolOf(this.ds);
      if (pool) {
        this.metrics.dbPool.set({ state: 'total' }, pool.totalCount);
        this.metrics.dbPool.set({ state: 'idle' }, pool.idleCount);
        this.metrics.dbPool.set({ state: 'waiting' }, pool.waitingCount);
      }
    });
  }
}

/** node-postgres' pool behind TypeORM's driver (its counters are public API of `pg.Pool`). */
function poolOf(ds: DataSource): { totalCount: number; idleCount: number; waitingCount: number } | null {
  const master = (ds.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  return master && typeof master.totalCount === 'number' ? master : null;
}

/** Express middleware: every HTTP request's duration by method, area and status class. */
export function httpMetrics(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // Taken now: routers mounted on a path (GraphQL at /graphql) rewrite req.path while they run.
    const area = httpArea(req.path);
    res.once('finish', () => {
      metrics.httpDuration.observe(
        { method: req.method, area, status: `${Math.floor(res.statusCode / 100)}xx` },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  };
}
