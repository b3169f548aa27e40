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
  const [text, values] = Array.isArray(params) ? [sql, params] : positional(ds, sql, params);
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

/** How a named text converts, by the text and its parameters' names: `:name`s in order, and the text with `$n`s. */
const positionalForms = new Map<string, { text: string; names: string[] }>();

/**
 * TypeORM's named-to-positional conversion (`escapeQueryWithParameters`), worked out once per text
 * and set of parameter names and then only looked up: it runs a regular expression over the whole
 * text, some 2 KB for a page of supply links with its permission filter, on every request. A text
 * with a list parameter (`:...ids`, one `$n` per element) or a parameter given as a function is
 * converted every time, as are texts beyond `MAX_PREPARED_STATEMENTS`.
 */
function positional(ds: DataSource, sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const keys = Object.keys(params);
  if (sql.includes(':...') || keys.some((k) => typeof params[k] === 'function')) {
    return ds.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
  }
  const key = `${keys.join(',')}\n${sql}`;
  const form = positionalForms.get(key);
  if (form) return [form.text, form.names.map((name) => params[name])];
  if (positionalForms.size >= MAX_PREPARED_STATEMENTS) return ds.driver.escapeQueryWithParameters(sql, params) as [string, unknown[]];
  // Converted with each value standing for its name, so the order of the `$n`s names them.
  const names = Object.fromEntries(keys.map((k) => [k, { name: k }]));
  const [text, order] = ds.driver.escapeQueryWithParameters(sql, names) as [string, { name: string }[]];
  positionalForms.set(key, { text, names: order.map((o) => o.name) });
  return [text, order.map((o) => params[o.name])];
}

/** numeric columns arrive from pg as strings. */
export const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

/** Whether a failed statement broke the named unique constraint (PostgreSQL 23505), e.g. two writers at once. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
