import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  openAndMigrate,
  redactDatabaseUrl,
  seedDemoData,
  seedExportRestrictions,
  seedReferenceData,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '@routekaart/db';
import { AppModule } from './app.module';
import { CollabService } from './collab/collab.service';
import { createLogger } from './common/logger';
import { requestLogger } from './common/request-log';
import { Metrics } from './common/metrics';
import { httpMetrics } from './metrics/metrics.module';
import type { AppConfig } from './config/config';
import { graphqlIdeHandlers } from './web/graphql-ide';
import { securityHeaders } from './web/security-headers';
import { webAppHandlers } from './web/web-app.middleware';

export interface Platform {
  url: string;
  port: number;
  app: INestApplication;
  dataSource: DataSource;
  /** Where the data lives, for the start-up banner. */
  database: { embedded: boolean; url: string };
  demoSeeded: boolean;
  close(): Promise<void>;
}

/** A start-up failure with a one-line explanation for the operator. */
export class StartupError extends Error {}

/**
 * Starts everything `npm start` needs, in order: the database (embedded unless DATABASE_URL is
 * set), migrations, demo data on first start, then the API serving the web app on one port.
 * Whatever was started is stopped again if a later step fails.
 */
export interface PlatformOptions {
  logger?: Logger;
  /** Sees every SQL statement; tests count statements per operation with it. */
  onQuery?: (sql: string) => void;
}

export async function startPlatform(config: AppConfig, options: PlatformOptions = {}): Promise<Platform> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat });
  let embedded: EmbeddedPostgres | null = null;
  let dataSource: DataSource | null = null;
  let app: INestApplication | null = null;
  const cleanup = async () => {
    await app?.close().catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  };

  try {
    let url = config.databaseUrl;
    if (!url) {
      try {
        embedded = await startEmbeddedPostgres({
          dataDir: config.dataDir,
          log: (message) => logger.debug({ component: 'postgres' }, message),
        });
      } catch (error) {
        throw new StartupError(`cannot start the embedded PostgreSQL: ${(error as Error).message}`);
      }
      url = embedded.url;
      logger.info({ dataDir: config.dataDir, port: embedded.port, created: embedded.created }, 'embedded PostgreSQL started');
    }

    dataSource = createDataSource({ url, onQuery: options.onQuery });
    try {
      await dataSource.initialize();
    } catch (error) {
      const where = config.databaseUrl ? `DATABASE_URL (${redactDatabaseUrl(url)})` : 'the embedded PostgreSQL';
      throw new StartupError(`cannot connect to the database at ${where}: ${describe(error)}`);
    }
    const applied = await openAndMigrate(dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const reference = await seedReferenceData(dataSource);
    if (reference.loaded) {
      logger.info({ materials: reference.materials, supplies: reference.supplies }, 'EU critical raw materials 2023 catalogue loaded (materials added or completed)');
      for (const problem of reference.problems) logger.warn(problem, 'a row of the EU CRM data could not be read');
    }
    if (reference.unmappedCountries.length > 0) {
      logger.warn({ countries: reference.unmappedCountries }, 'country names of the EU CRM data that map to no current ISO 3166 code (their rows are not loaded)');
    }
    const restrictions = await seedExportRestrictions(dataSource);
    if (restrictions.loaded) {
      logger.info({ exportRestrictions: restrictions.rows }, 'export restrictions in force loaded');
      for (const problem of restrictions.problems) logger.warn(problem, 'a row of the export restrictions data could not be read');
    }
    const demoSeeded = config.demoData ? (await seedDemoData(dataSource, { password: config.demoPassword })).seeded : false;
    if (demoSeeded) logger.info('demo organisations and users loaded');

    const nest = await NestFactory.create<NestExpressApplication>(AppModule.register(config, dataSource, logger), { bufferLogs: true });
    app = nest;
    // Imports send their file base64-encoded inside the GraphQL request (IMPORT_MAX_BYTES, 5 MB, is
    // ~6.7 MB of base64): express' default JSON limit of 100 kB refused any file above ~75 kB with 413.
    nest.useBodyParser('json', { limit: '8mb' });
    nest.useLogger(nest.get(PinoNestLogger));
    nest.disable('x-powered-by');
    // No ETag on res.send answers (GraphQL, /health): they are POSTs or tiny, never revalidated, and
    // hashing each body cost a fiftieth of a list's CPU. The web app's files keep theirs (serve-static).
    nest.set('etag', false);
    nest.use(httpMetrics(nest.get(Metrics)));
    // The client address (login limits) comes from X-Forwarded-For only through proxies TRUST_PROXY names.
    nest.set('trust proxy', config.trustProxy);
    nest.use(securityHeaders({ webDir: config.webDir, https: config.publicUrl?.startsWith('https:') ?? false }));
    nest.use(cookieParser());
    // GraphQL answers above 1 KiB go out compressed (brotli or gzip, as the client accepts); the web
    // app's assets are compressed at build time (web/web-app.middleware.ts).
    nest.use('/graphql', compression({ threshold: 1024 }));
    // The GraphQL IDE (GraphiQL from node_modules) only in development, like introspection.
    if (!config.production) for (const handler of graphqlIdeHandlers()) app.use(handler);
    for (const handler of webAppHandlers(config.webDir)) app.use(handler);
    // After the web app's files, so the log has a line per API request, not per asset.
    nest.use(requestLogger(logger));
    app.get(CollabService).attach(app.getHttpServer());
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    const base = config.publicUrl ?? `http://localhost:${address.port}`;

    const started = app;
    const ds = dataSource;
    const db = embedded;
    let closing: Promise<void> | null = null;
    return {
      url: base.replace(/\/$/, ''),
      port: address.port,
      app: started,
      dataSource: ds,
      database: { embedded: !!db, url: redactDatabaseUrl(url) },
      demoSeeded,
      close: () =>
        (closing ??= (async () => {
          await started.close();
          if (ds.isInitialized) await ds.destroy();
          await db?.stop();
        })()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { errors?: Error[] };
  if (e?.errors?.length) return e.errors.map((x) => x.message).join('; ');
  return e?.message || e?.code || String(error);
}
