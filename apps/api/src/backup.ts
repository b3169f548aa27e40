import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import {
  BackupError,
  createDataSource,
  openAndMigrate,
  restoreBackup,
  runningEmbeddedPostgresUrl,
  startEmbeddedPostgres,
  writeBackup,
  type EmbeddedPostgres,
} from '@routekaart/db';
import { ConfigError, loadConfig } from './config/config';

/**
 * `npm run backup [FILE]` and `npm run restore FILE`: the platform's database to one file and back,
 * with the same configuration as `npm start` (DATABASE_URL, or the embedded PostgreSQL in
 * ROUTEKAART_DATA_DIR). A backup can be taken while the platform runs; a restore fills a new
 * installation (an empty data directory or database) and is refused anywhere else.
 */
async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (command === 'backup') return backup(file ?? `routekaart-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.backup`);
  if (command === 'restore' && file) return restore(file);
  fail('usage: npm run backup [FILE]  |  npm run restore FILE');
}

async function backup(file: string): Promise<void> {
  const database = await openDatabase();
  const partial = `${file}.partial`;
  try {
    // Written next to the target and renamed when complete: a cut-off run leaves no file that looks whole.
    const manifest = await writeBackup(database.url, createWriteStream(partial));
    await rename(partial, file);
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`routekaart: backup written to ${file} (${manifest.tables.length} tables, ${rows} rows, ${formatBytes((await stat(file)).size)})`);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await database.close();
  }
}

async function restore(file: string): Promise<void> {
  if (!existsSync(file)) fail(`no such file: ${file}`);
  const database = await openDatabase();
  try {
    const dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await openAndMigrate(dataSource);
    await dataSource.destroy();
    const manifest = await restoreBackup(database.url, createReadStream(file));
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`routekaart: restored ${rows} rows in ${manifest.tables.length} tables from the backup of ${manifest.createdAt}; start with npm start`);
  } finally {
    await database.close();
  }
}

/** DATABASE_URL; else the embedded PostgreSQL a running platform holds; else one started for this command. */
async function openDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const running = await runningEmbeddedPostgresUrl(config.dataDir);
  if (running) return { url: running, close: async () => undefined };
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: config.dataDir });
  return { url: embedded.url, close: () => embedded.stop() };
}

function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

function fail(message: string): never {
  console.error(`routekaart: ${message}`);
  process.exit(1);
}

main().catch((error: unknown) => {
  fail(error instanceof BackupError ? error.message : `${(error as Error).message ?? String(error)}`);
});
