import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs SQL with TypeORM-style named parameters (`:name`, `:...list`), the form `accessibleWhere`
 * produces, so permission filters and hand-written conditions combine in one statement.
 */
export async function queryNamed<T>(
  db: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const driver = 'driver' in db ? db.driver : db.connection.driver;
  const [query, positional] = driver.escapeQueryWithParameters(sql, params);
  return db.query(query, positional) as Promise<T[]>;
}

/** numeric columns arrive from pg as strings. */
export const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** Whether a failed statement broke the named unique constraint (PostgreSQL 23505), e.g. two writers at once. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
