import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestPlatform, type TestPlatform } from '../test-platform';
import { exportedFileText, withoutExportMoment } from '../exported-file';

/**
 * Two copies of the platform that differ only in data one observer may not see (DESIGN.md §5,
 * "Noninterference"): world A is the demo data, world B the same plus what `hide` adds as other
 * organisations. Both start from one template database, so every seeded row has the same id in
 * both. The observer sends the same requests to both; every answer must be the same once what
 * differs by construction (ids and timestamps of records made during the run, session tokens) is
 * normalised.
 */
export interface TwinWorlds {
  a: TestPlatform;
  b: TestPlatform;
  /** The observer's session token in each world. */
  tokens: { a: string; b: string };
  /** Sends one GraphQL operation as the observer to both worlds and returns both answers, normalised. */
  ask(query: string, variables?: Record<string, unknown>): Promise<TwinAnswer>;
  /** Sends one operation as another demo user to both worlds (visible changes others make in both). */
  askAs(email: string, query: string, variables?: Record<string, unknown>): Promise<TwinAnswer>;
  /** Replaces ids and times made during the run by stable placeholders, one sequence per world. */
  normalise(world: 'a' | 'b', value: unknown): unknown;
  close(): Promise<void>;
}

export interface TwinAnswer {
  a: Answer;
  b: Answer;
}

/** What a client gets back: the HTTP status and the JSON body (data and errors). */
export interface Answer {
  status: number;
  body: unknown;
}

/** JSON.stringify replacer: a `contentBase64` (or `base64`) next to its `contentType` becomes the file's text. */
function exportedFilesAsText(this: unknown, key: string, value: unknown): unknown {
  const holder = this as { contentType?: unknown };
  return (key === 'contentBase64' || key === 'base64') && typeof value === 'string' && typeof holder.contentType === 'string'
    ? exportedFileText(holder.contentType, value)
    : value;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;
const TOKEN = /\brk_[A-Za-z0-9_-]{20,}\b/g;

/** Every uuid stored in a database, from every uuid column: what existed before the run. */
async function storedIds(t: TestPlatform): Promise<Set<string>> {
  const columns: { table: string; column: string }[] = await t.platform.dataSource.query(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
     WHERE table_schema = 'public' AND data_type = 'uuid'`,
  );
  const ids = new Set<string>();
  for (const { table, column } of columns) {
    const rows: { id: string | null }[] = await t.platform.dataSource.query(`SELECT DISTINCT "${column}"::text AS id FROM "${table}"`);
    for (const { id } of rows) if (id) ids.add(id);
  }
  return ids;
}

/**
 * Records made during the run get ids from their content instead of at random, so the same request
 * makes the same id in both worlds and lists ordered by id stay comparable (a random id is noise in
 * both worlds, not information about hidden data). Only for the harness's databases.
 */
async function useContentIds(t: TestPlatform): Promise<void> {
  const ds = t.platform.dataSource;
  await ds.query(`
    CREATE OR REPLACE FUNCTION harness_content_id() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      content text := TG_TABLE_NAME || (to_jsonb(NEW) - 'id' - coalesce(TG_ARGV, '{}'::text[]))::text;
      n int := 0;
      candidate uuid;
      taken boolean;
    BEGIN
      IF NEW.id IS NOT NULL THEN RETURN NEW; END IF;
      LOOP
        candidate := md5(content || ':' || n)::uuid;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_TABLE_NAME) INTO taken USING candidate;
        EXIT WHEN NOT taken;
        n := n + 1;
      END LOOP;
      NEW.id := candidate;
      RETURN NEW;
    END $$`);
  const tables: { table: string; times: string[] }[] = await ds.query(`
    SELECT c.table_name AS table,
           ARRAY(SELECT t.column_name::text FROM information_schema.columns t
                 WHERE t.table_schema = 'public' AND t.table_name = c.table_name AND t.data_type LIKE 'timestamp%') AS times
    FROM information_schema.columns c
    WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid' AND c.column_default LIKE 'gen_random_uuid%'`);
  for (const { table, times } of tables) {
    await ds.query(`ALTER TABLE "${table}" ALTER COLUMN id DROP DEFAULT`);
    const args = times.map((name) => `'${name}'`).join(', ');
    await ds.query(`CREATE TRIGGER harness_content_id BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION harness_content_id(${args})`);
  }
}

export async function startTwinWorlds(options: {
  observer: string;
  /** Adds to world B the data the observer may not see (as other organisations). */
  hide: (b: TestPlatform) => Promise<void>;
  /** Adds to both worlds data the observer may see (so it is the same in both). */
  prepare?: (world: TestPlatform, name: 'a' | 'b') => Promise<void>;
}): Promise<TwinWorlds> {
  const [a, b] = await Promise.all([startTestPlatform(), startTestPlatform()]);
  if (options.prepare) {
    await options.prepare(a, 'a');
    await options.prepare(b, 'b');
  }
  await options.hide(b);
  await useContentIds(a);
  await useContentIds(b);
  // Ids present before the run stay as they are (a hidden id that leaks is then a difference);
  // ids made during the run are numbered in order of appearance, separately per world.
  const before = new Set([...(await storedIds(a)), ...(await storedIds(b))]);
  const made = { a: new Map<string, string>(), b: new Map<string, string>() };
  const normalise = (world: 'a' | 'b', value: unknown): unknown => {
    // Exported files are compared by the text they hold (their bytes carry the moment they were made).
    const text = withoutExportMoment(JSON.stringify(value ?? null, exportedFilesAsText))
      .replace(UUID, (id) => {
        if (before.has(id)) return id;
        const seen = made[world];
        if (!seen.has(id)) seen.set(id, `<made ${seen.size + 1}>`);
        return seen.get(id)!;
      })
      .replace(TIME, '<time>')
      .replace(TOKEN, '<token>');
    return JSON.parse(text);
  };
  const tokens = { a: await a.login(options.observer), b: await b.login(options.observer) };
  const others = new Map<string, { a: string; b: string }>();
  const post = async (t: TestPlatform, token: string, query: string, variables?: Record<string, unknown>): Promise<Answer> => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body };
  };
  const both = async (pair: { a: string; b: string }, query: string, variables?: Record<string, unknown>): Promise<TwinAnswer> => {
    // One world after the other, so the two never compete for the same rows or locks.
    const inA = await post(a, pair.a, query, variables);
    const inB = await post(b, pair.b, query, variables);
    return {
      a: { status: inA.status, body: normalise('a', inA.body) },
      b: { status: inB.status, body: normalise('b', inB.body) },
    };
  };
  return {
    a,
    b,
    tokens,
    normalise,
    ask: (query, variables) => both(tokens, query, variables),
    async askAs(email, query, variables) {
      let pair = others.get(email);
      if (!pair) {
        pair = { a: await a.login(email), b: await b.login(email) };
        others.set(email, pair);
      }
      return both(pair, query, variables);
    },
    async close() {
      await Promise.all([a.close(), b.close()]);
    },
  };
}

/** A graphql-ws subscription in one world, collecting what arrives (data and errors). */
export function subscribeIn(t: TestPlatform, token: string, query: string, variables: Record<string, unknown>) {
  const client: Client = createClient({
    url: t.baseUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const received: unknown[] = [];
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  client.on('connected', () => ready());
  const stop = client.subscribe(
    { query, variables },
    { next: (r) => received.push(r), error: (e) => received.push({ error: String(e) }), complete: () => received.push('complete') },
  );
  return {
    received,
    started,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}
