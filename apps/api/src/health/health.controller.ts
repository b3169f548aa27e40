import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

/** Liveness and readiness in one: 200 when the database answers, 503 when it does not. */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const started = process.hrtime.bigint();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
      return { status: 'ok', database: { status: 'up', latencyMs: Math.round(latencyMs * 10) / 10 } };
    } catch (error) {
      res.status(503);
      return { status: 'error', database: { status: 'down', error: (error as Error).message } };
    }
  }
}
