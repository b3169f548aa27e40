import { types } from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { parseUuidArray, UUID_ARRAY_OID } from './uuid-array';

// uuid[] columns (sharing lists, roadmap ids) read by splitting at commas (see parseUuidArray).
// (pg's TypeScript list of type ids lacks uuid[], its parsers have it.)
const genericUuidArray = types.getTypeParser(UUID_ARRAY_OID as never) as (text: string) => (string | null)[];
types.setTypeParser(UUID_ARRAY_OID as never, function readUuidArray(text: string) {
  return parseUuidArray(text, genericUuidArray);
});

export interface DataSourceOptions {
  url: string;
  /** Called with every SQL statement; tests use it to count statements per operation. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

/** The one TypeORM data source of the platform: PostgreSQL through `pg`, migrations, never `synchronize`. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: options.poolSize ?? 10 },
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? new QueryCounterLogger(options.onQuery) : undefined,
  });
}

class QueryCounterLogger {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string) {
    this.onQuery(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** Opens the data source and applies pending migrations; returns the names of the ones applied. */
export async function openAndMigrate(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  // Replicas starting together against one database take turns; the later ones find nothing to do.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', ['routekaart.migrations']);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['routekaart.migrations']).catch(() => undefined);
    await runner.release();
  }
}
