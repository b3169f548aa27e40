// npm run bench:api [-- --seconds 8 --connections 20 --warmup 2 --rounds 5 --only supplyLinks --mode development]
//
// Starts the built API (embedded PostgreSQL in a temporary folder, or DATABASE_URL) as an operator
// runs it (NODE_ENV=production, with the demo data; --mode development for `npm start`'s mode) and drives a
// few GraphQL operations one after the other with autocannon, signed in as the demo shipyard user
// (keten@werf.example, a bearer token as a script would send it): `{ __typename }` (the fixed cost of
// a request: session, ability, logging), `{ me }`, the shipyard's supply links of the demo product
// group with item names, a page of 100 items with their children, and the first 50 dependencies.
// Prints requests/s and latency per operation and each rate as a ratio to `{ me }`'s. The operations
// take turns for --rounds rounds; each figure is the median of its rounds, and each ratio the median
// of the ratios within a round, so a burst of other load on the machine (common on small virtual
// machines) moves one round, not the ratio. The CPU per request of the API, of PostgreSQL and of
// this process (the load generator shares the cores) tells where a rate's difference comes from.
// Nothing here asserts a time: the numbers depend on the machine; compare runs on one machine.
//
// With BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" the server writes a CPU profile
// on exit (open it in Chrome DevTools, Performance → Load profile); --only limits the run to one
// operation (or a few: --only me --only supplyLinks), so the profile shows that one.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { databaseCpuSeconds, gql, log, login, processUsage, startApi } from './support.mjs';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '5' },
    only: { type: 'string', multiple: true },
    mode: { type: 'string', default: 'production' },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const WARMUP_SECONDS = Number(args.warmup);
const ROUNDS = Math.max(1, Number(args.rounds));
const USER = 'keten@werf.example';
if (!['production', 'development'].includes(args.mode)) throw new Error(`--mode is production or development, got ${args.mode}`);

/**
 * The operations, with a check of the answer (run once before the load, so a broken query fails
 * the benchmark instead of measuring error responses).
 */
const OPERATIONS = [
  { name: '__typename', query: '{ __typename }', check: (d) => d.__typename === 'Query' },
  { name: 'me', query: '{ me { email } }', check: (d) => d.me?.email === USER },
  {
    name: 'supplyLinks',
    label: 'supply links, first 100, item names',
    query: `query SupplyLinks($pg: ID!) {
      supplyLinks(productGroupId: $pg, first: 100) {
        totalCount
        nodes { id tier country share singleSource stockMonths leadTimeWeeks supplierName visibility item { id name } }
      }
    }`,
    check: (d) => d.supplyLinks.nodes.length > 0,
    describe: (d) => `${d.supplyLinks.nodes.length} links`,
  },
  {
    name: 'bomPage',
    label: 'BOM page, 100 items with children',
    query: `query BomPage($pg: ID!) {
      productGroup(id: $pg) { items(first: 100) { totalCount nodes { id name kind children { quantity unit child { id name } } } } }
    }`,
    check: (d) => d.productGroup.items.nodes.length > 0,
    describe: (d) => `${d.productGroup.items.nodes.length} items, ${d.productGroup.items.nodes.reduce((n, i) => n + i.children.length, 0)} child edges`,
  },
  {
    name: 'dependencies',
    label: 'dependencies, first 50',
    query: `query Dependencies($pg: ID!) {
      dependencies(productGroupId: $pg, first: 50) { totalCount nodes { key kind rank itemCount score { value } platform { name } } }
    }`,
    check: (d) => Array.isArray(d.dependencies.nodes),
    describe: (d) => `${d.dependencies.nodes.length} of ${d.dependencies.totalCount} dependencies`,
  },
];

function load(url, token, body, seconds) {
  return autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function main() {
  const operations = args.only?.length ? OPERATIONS.filter((o) => args.only.includes(o.name)) : OPERATIONS;
  const database = process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL (temporary folder)';
  log(`starting the API (${database})…`);
  const api = await startApi({ production: args.mode === 'production' });
  const results = [];
  try {
    const token = await login(api.url, USER, api.password);
    const groups = (await gql(api.url, '{ productGroups { id name } }', {}, token)).productGroups;
    if (!groups.length) throw new Error(`${USER} sees no product group: is the demo data loaded?`);
    const variables = { pg: groups[0].id };
    const bodies = new Map();
    for (const op of operations) {
      const data = await gql(api.url, op.query, variables, token);
      if (!op.check(data)) throw new Error(`${op.name}: unexpected answer ${JSON.stringify(data).slice(0, 300)}`);
      bodies.set(op, JSON.stringify({ query: op.query, variables }));
      log(`${op.name}${op.describe ? ` (${op.describe(data)})` : ''}: warm-up ${WARMUP_SECONDS} s`);
      if (WARMUP_SECONDS > 0) await load(api.url, token, bodies.get(op), WARMUP_SECONDS);
    }
    const rounds = new Map(operations.map((op) => [op, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const op of operations) {
        log(`round ${round}/${ROUNDS}: ${op.name}, ${SECONDS} s at ${CONNECTIONS} connections`);
        const cpuBefore = processUsage(api.process.child.pid).cpuSeconds;
        const dbCpuBefore = databaseCpuSeconds();
        const clientBefore = process.cpuUsage();
        const r = await load(api.url, token, bodies.get(op), SECONDS);
        const client = process.cpuUsage(clientBefore);
        const per = (seconds) => (seconds * 1000) / Math.max(1, r.requests.total);
        const cpuMs = per(processUsage(api.process.child.pid).cpuSeconds - cpuBefore);
        const dbCpuMs = per(databaseCpuSeconds() - dbCpuBefore);
        const clientCpuMs = per((client.user + client.system) / 1e6);
        const failed = r.errors + r.timeouts + r.non2xx;
        if (failed > 0) log(`${op.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers`);
        rounds.get(op).push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed, bytes: r.throughput.average / Math.max(1, r.requests.average), cpuMs, dbCpuMs, clientCpuMs });
      }
    }
    // A ratio is worked out within each round, between operations measured minutes apart at most,
    // and the median of the rounds' ratios printed: the machine's speed drifts by a third within
    // minutes here, so a ratio of medians taken from different rounds moves with it.
    const roundRatio = (op, base) => (base ? median(rounds.get(op).map((r, k) => r.rps / rounds.get(base)[k].rps)) : NaN);
    const meOp = operations.find((o) => o.name === 'me');
    const typenameOp = operations.find((o) => o.name === '__typename');
    for (const op of operations) {
      const of = (key) => median(rounds.get(op).map((r) => r[key]));
      const all = rounds.get(op);
      results.push({ op, rps: of('rps'), p50: of('p50'), p99: of('p99'), failed: all.reduce((n, r) => n + r.failed, 0), bytes: of('bytes'), cpuMs: of('cpuMs'), dbCpuMs: of('dbCpuMs'), clientCpuMs: of('clientCpuMs'), xMe: roundRatio(op, meOp), xTypename: roundRatio(op, typenameOp), spread: all.map((r) => Math.round(r.rps)) });
    }
  } finally {
    await api.stop();
  }

  console.log(`\nAPI requests as ${USER}: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up, medians of ${ROUNDS} rounds`);
  console.log(`${availableParallelism()} core(s), Node ${process.version}, database: ${database}, API in ${args.mode} mode`);
  const header = `${'operation'.padEnd(40)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'x me'.padStart(6)} ${'x typename'.padStart(10)} ${'cpu ms'.padStart(7)} ${'db cpu'.padStart(7)} ${'client'.padStart(7)} ${'bytes'.padStart(8)} ${'failed'.padStart(7)}  req/s per round`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const r of results) {
    console.log(
      `${(r.op.label ?? `{ ${r.op.name} }`).padEnd(40)} ${fmt(r.rps).padStart(8)} ${fmt(r.p50).padStart(8)} ${fmt(r.p99).padStart(8)} ${fmt(r.xMe, 2).padStart(6)} ${fmt(r.xTypename, 2).padStart(10)} ${fmt(r.cpuMs, 2).padStart(7)} ${(r.dbCpuMs > 0 ? fmt(r.dbCpuMs, 2) : '-').padStart(7)} ${fmt(r.clientCpuMs, 2).padStart(7)} ${fmt(r.bytes).padStart(8)} ${String(r.failed).padStart(7)}  ${r.spread.join(' / ')}`,
    );
  }
  console.log("x me, x typename: the operation's requests/s divided by { me { email } }'s or { __typename }'s in the same round, median of the rounds; cpu ms: the API process's CPU time per request (user + system, from /proc; less sensitive than requests/s to other load on the machine); db cpu: the same for this machine's PostgreSQL processes (- when the database runs elsewhere); client: the same for this benchmark's own process (autocannon, on the same cores); bytes: average response size with headers.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
