import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Seconds: from a fast GraphQL field to a cold analysis of a large chain. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** At most this many GraphQL operation names get their own series; the rest count as `other`. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The platform's Prometheus metrics, one registry per running API (tests start several in one
 * process). Modules get this object injected and count or time what they do; gauges that mirror a
 * state (open sockets, the database pool) read it when `/metrics` is scraped (`onCollect`).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  readonly httpDuration = new Histogram({
    name: 'routekaart_http_request_duration_seconds',
    help: 'HTTP requests by method, area (graphql, auth, health, assets, app) and status class',
    labelNames: ['method', 'area', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'routekaart_graphql_operation_duration_seconds',
    help: 'GraphQL operations over HTTP by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'routekaart_graphql_errors_total',
    help: 'GraphQL errors by code (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, QUERY_TOO_COMPLEX, INTERNAL_SERVER_ERROR, ...)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly collabConnections = new Gauge({ name: 'routekaart_collab_connections', help: 'Open collaboration sockets in this process', registers: [this.registry] });
  readonly collabDocuments = new Gauge({ name: 'routekaart_collab_open_documents', help: 'Documents loaded in this process', registers: [this.registry] });
  readonly collabUpdatesStored = new Counter({ name: 'routekaart_collab_updates_stored_total', help: 'Document updates written to the update log', registers: [this.registry] });
  readonly collabStoreDuration = new Histogram({
    name: 'routekaart_collab_store_duration_seconds',
    help: 'Time to store one batch of document updates (before they are broadcast)',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  readonly fanOutLag = new Histogram({
    name: 'routekaart_redis_fanout_lag_seconds',
    help: "Time from publishing a heartbeat on Redis to hearing it back (the fan-out's delivery delay)",
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly analysisCache = new Counter({
    name: 'routekaart_analysis_cache_total',
    help: 'Analysis graph lookups: answered from the cache (hit), brought up to date from the change log (update), or loaded again (load)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly graphqlExecutions = new Counter({
    name: 'routekaart_graphql_executions_total',
    help: 'GraphQL operations executed over HTTP, compiled (graphql-jit, once an operation repeats) or interpreted (graphql-js)',
    labelNames: ['mode'] as const,
    registers: [this.registry],
  });
  readonly heapCollections = new Counter({
    name: 'routekaart_heap_collections_total',
    help: 'Full garbage collections the process ran itself (HEAP_KEEPER_MB): once after start-up, then when the old generation grew by that much',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly dbPool = new Gauge({
    name: 'routekaart_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting requests)',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  private readonly collectors: (() => void)[] = [];

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'routekaart_' });
  }

  /** Runs before every scrape: gauges that mirror a state read it here. */
  onCollect(collect: () => void): void {
    this.collectors.push(collect);
  }

  /** The exposition text of every metric, after the gauges have been brought up to date. */
  async scrape(): Promise<string> {
    for (const collect of this.collectors) collect();
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** A label for a client-chosen operation name that cannot blow up the number of series. */
  operationLabel(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }
}

/** The area of an HTTP path for the request histogram (a bounded label, never the path itself). */
export function httpArea(path: string): string {
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path.startsWith('/auth/')) return 'auth';
  if (path === '/health' || path === '/metrics') return 'operations';
  if (path.startsWith('/_app/')) return 'assets';
  return 'app';
}
