import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
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

/** At most this many statements are prepared (each connection keeps every one it prepared). */
export const MAX_PREPARED_STATEMENTS = 100;
const preparedNames = new Map<string, string>();

/**
 * `queryNamed` for the statements nearly every request runs (the session lookup, list pages), as a
 * prepared statement: each connection of the pool parses it once and PostgreSQL plans it for the
 * first five calls' parameters, then keeps a generic plan if that costs no more (its usual rule).
 * For the shipyard's page of supply links that saved about 0.5 ms of PostgreSQL's CPU per request,
 * more than executing it takes. A statement is named by its text's hash, so two texts never share
 * a name; beyond `MAX_PREPARED_STATEMENTS` texts (permission filters differ in shape per reader)
 * statements run unprepared. Outside any transaction: it takes a connection of the pool itself.
 * The data source's logger sees it as it sees every other statement (tests count statements).
 */
export async function queryPrepared<T>(ds: DataSource, sql: string, params: Record<string, unknown> | unknown[] = {}): Promise<T[]> {
  const [text, values] = Array.isArray(params) ? [sql, params] : ds.driver.escapeQueryWithParameters(sql, params);
  const pool = (ds.driver as unknown as { master: Pool }).master;
  let name = preparedNames.get(text);
  if (!name && preparedNames.size < MAX_PREPARED_STATEMENTS) {
    name = `rk_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  ds.logger.logQuery(text, values);
  const result = await pool.query<T & Record<string, unknown>>(name ? { name, text, values } : { text, values });
  return result.rows;
}

/** numeric columns arrive from pg as strings. */
export const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** Whether a failed statement broke the named unique constraint (PostgreSQL 23505), e.g. two writers at once. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
