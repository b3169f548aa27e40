import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, waitFor, within, type TestEditor } from '../testing/collab-client';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { redisForTests, TEST_REDIS_URL, uniqueRedisPrefix } from '../testing/test-redis';
import { Metrics } from '../common/metrics';

const TOKEN = 'metrics-scraper-token-0123456789';

/** One sample's value from Prometheus' text format, e.g. `series('routekaart_collab_connections')`. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('/metrics', () => {
  let t: TestPlatform;
  let withRedis: boolean;
  let editor: TestEditor | null = null;
  const scrape = async () => (await request(t.baseUrl).get('/metrics').set('authorization', `Bearer ${TOKEN}`)).text;

  beforeAll(async () => {
    withRedis = await redisForTests('metrics of the Redis fan-out');
    t = await startTestPlatform({
      METRICS_TOKEN: TOKEN,
      ...(withRedis ? { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: uniqueRedisPrefix('metrics') } : {}),
    });
  });
  afterAll(async () => {
    editor?.destroy();
    await t?.close();
  });

  it('answers only a scraper with the token', async () => {
    expect((await request(t.baseUrl).get('/metrics')).status).toBe(401);
    expect((await request(t.baseUrl).get('/metrics').set('authorization', 'Bearer wrong-token-wrong-token-00')).status).toBe(401);
    const res = await request(t.baseUrl).get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('counts what GraphQL, the collaboration socket and the database did', async () => {
    const token = await t.login('beleid@ez.example');
    await request(t.baseUrl).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: 'query WhoAmI { me { id } }' });
    await request(t.baseUrl).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: 'query WhoAmI { me { id } }' });
    const missing = await t.gql('query Missing($id: ID!) { roadmap(id: $id) { id } }', { id: '00000000-0000-4000-8000-000000000000' }, token);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const [roadmap] = await t.platform.dataSource.query(`SELECT id FROM roadmap ORDER BY created_at LIMIT 1`);
    const created = await t.gql<{ createDocument: { id: string } }>(
      'mutation($r: ID!) { createDocument(roadmapId: $r, title: "Metrics") { id } }',
      { r: roadmap.id },
      token,
    );
    editor = openEditor(t.baseUrl, created.data!.createDocument.id, { token });
    await within(editor.synced, 'the editor synced');
    editor.text.insert(0, 'gemeten');
    await waitFor(async () => (sample(await scrape(), 'routekaart_collab_updates_stored_total') ?? 0) >= 1, 'the update stored');

    // The same analysis twice: loaded once, then answered from the cache.
    const [group] = await t.platform.dataSource.query(`SELECT id FROM product_group ORDER BY name LIMIT 1`);
    for (let i = 0; i < 2; i++) {
      const deps = await t.gql('query($g: ID!) { dependencies(productGroupId: $g, first: 1) { nodes { key } } }', { g: group.id }, token);
      expect(deps.errors).toBeUndefined();
    }

    const text = await scrape();
    expect(sample(text, 'routekaart_analysis_cache_total{result="load"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'routekaart_analysis_cache_total{result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'routekaart_graphql_operation_duration_seconds_count{operation="WhoAmI",type="query"}')).toBe(2);
    expect(sample(text, 'routekaart_graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    // The analysis query ran twice, so its second run was compiled.
    expect(sample(text, 'routekaart_graphql_executions_total{mode="compiled"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'routekaart_graphql_executions_total{mode="interpreted"}')).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'routekaart_http_request_duration_seconds_count{method="POST",area="graphql",status="2xx"}')).toBeGreaterThanOrEqual(4);
    expect(sample(text, 'routekaart_collab_connections')).toBe(1);
    expect(sample(text, 'routekaart_collab_open_documents')).toBe(1);
    expect(sample(text, 'routekaart_collab_store_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'routekaart_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'routekaart_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('times the Redis fan-out by its own heartbeat coming back', async () => {
    if (!withRedis) return;
    await waitFor(async () => (sample(await scrape(), 'routekaart_redis_fanout_lag_seconds_count') ?? 0) >= 1, 'a heartbeat heard back');
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await startTestPlatform();
  });
  afterAll(async () => t?.close());

  it('does not exist, also not as a page of the web app', async () => {
    const res = await request(t.baseUrl).get('/metrics');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('routekaart_');
  });
});

describe('the Grafana dashboard in docker/', () => {
  it('charts only metrics the API exports', async () => {
    const dashboard = JSON.parse(readFileSync(join(__dirname, '../../../../docker/grafana-dashboard.json'), 'utf8')) as { panels: { targets: { expr: string }[] }[] };
    const used = new Set(dashboard.panels.flatMap((p) => p.targets.flatMap((t) => t.expr.match(/routekaart_[a-z_]+/g) ?? [])));
    const exported = new Set((await new Metrics().registry.getMetricsAsJSON()).map((m) => m.name));
    const missing = [...used].filter((name) => !exported.has(name.replace(/_(bucket|count|sum)$/, '')));
    expect(used.size).toBeGreaterThan(8);
    expect(missing).toEqual([]);
  });
});
