/**
 * Checks that a DATABASE_URL names a PostgreSQL server we can connect to in principle.
 * Returns an error message (one line) or null.
 */
export function checkDatabaseUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL (expected postgres://user@host:port/database)';
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return `has protocol "${url.protocol}" (expected postgres:// or postgresql://)`;
  }
  if (!url.hostname) return 'has no host (expected postgres://user@host:port/database)';
  if (url.pathname.length <= 1) return 'names no database (expected postgres://user@host:port/database)';
  return null;
}

/** The same server, another database. */
export function withDatabase(value: string, database: string): string {
  const url = new URL(value);
  url.pathname = '/' + encodeURIComponent(database);
  return url.toString();
}

/** The URL with its password masked, for logs. */
export function redactDatabaseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparsable)';
  }
}
