import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../database-url';
import './provided-context';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file: a copy of this run's migrated and demo-seeded template.
 * Dropped by `drop()`, and in any case by the global teardown.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = inject('testTemplateDatabaseUrl');
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template.replace(/_template$/, '')}_${randomBytes(4).toString('hex')}`;
  const adminUrl = withDatabase(templateUrl, 'postgres');
  await runAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(templateUrl, name),
    name,
    drop: () => runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function runAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
