import { mkdtemp, chmod, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource, openAndMigrate } from '../data-source';
import { checkDatabaseUrl, withDatabase } from '../database-url';
import { startEmbeddedPostgres } from '../embedded/embedded-postgres-launcher';
import { seedDemoData } from '../seed/seed-demo';
import { TEST_PASSWORD_HASH_COST } from '../passwords';
import { seedReferenceData } from '../seed/seed-reference-data';
import { seedExportRestrictions } from '../seed/export-restrictions';
import { DEMO_PASSWORD_FOR_TESTS } from './constants';
import './provided-context';

/**
 * Once per `npm test`: a PostgreSQL (DATABASE_URL's server, or an embedded one in a temp folder),
 * a template database of this run with all migrations and the demo data. Each test file clones
 * the template (`createTestDatabase`), so files and concurrent runs never share rows.
 */
export default async function setup(project: TestProject) {
  const runId = `rk_${process.pid}_${Date.now().toString(36)}`;
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;

  if (serverUrl) {
    const problem = checkDatabaseUrl(serverUrl);
    if (problem) throw new Error(`DATABASE_URL ${problem}`);
  } else {
    tempDir = await mkdtemp(join(tmpdir(), 'routekaart-test-'));
    await chmod(tempDir, 0o755);
    const pg = await startEmbeddedPostgres({ dataDir: tempDir, database: 'postgres' });
    serverUrl = pg.url;
    stopEmbedded = pg.stop;
  }

  const templateName = `${runId}_template`;
  await adminQuery(serverUrl, `CREATE DATABASE ${templateName}`);
  const templateUrl = withDatabase(serverUrl, templateName);
  const ds = createDataSource({ url: templateUrl, poolSize: 2 });
  await openAndMigrate(ds);
  await seedReferenceData(ds);
  await seedExportRestrictions(ds);
  await seedDemoData(ds, { password: DEMO_PASSWORD_FOR_TESTS, passwordHashCost: TEST_PASSWORD_HASH_COST });
  await ds.destroy();

  project.provide('testTemplateDatabaseUrl', templateUrl);

  return async () => {
    const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1`,
        [`${runId}%`],
      );
      for (const { datname } of rows) {
        await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
      }
    } finally {
      await admin.end();
    }
    await stopEmbedded?.();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
