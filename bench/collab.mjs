// npm run bench:collab [-- --editors 500 --documents 50 --seconds 15 --interval 1000 --rounds 3]
//
// Starts the built API (embedded PostgreSQL in a temporary folder, or DATABASE_URL) and N simulated
// editors (the real y-websocket client) over M documents on loopback: each editor types a short
// token every `interval` ms (and moves its cursor: an awareness update). Measures the update fan-out
// latency (an editor's edit -> every other editor of that document has it), updates that never
// arrived, and the server's memory; then the same against the reference server (y-websocket 1.5.4's
// setupWSConnection: no authentication, no persistence) on the same machine, and prints the ratio.
// Both servers run side by side and take turns for --rounds rounds (who goes first alternates); each
// ratio is taken within a round and the median of the rounds printed: this machine's speed drifts
// within minutes (the reference's own p50 ranged 2.9–44 ms in four single runs of one hour), so a
// ratio between runs minutes apart says more about the machine than about the servers.
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DEMO_ROADMAP, DEMO_USERS, ROOT, descendantCpu, gql, log, login, percentile, processUsage, sleep, startApi, startProcess, stopProcess } from './support.mjs';

const { values: args } = parseArgs({
  options: {
    editors: { type: 'string', default: '500' },
    documents: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    interval: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    'only-ours': { type: 'boolean', default: false },
  },
});
const EDITORS = Number(args.editors);
const DOCUMENTS = Number(args.documents);
const SECONDS = Number(args.seconds);
const INTERVAL_MS = Number(args.interval);
const ROUNDS = Math.max(1, Number(args.rounds));

process.setMaxListeners(0); // every WebsocketProvider listens for 'exit'

// ---- the routekaart API -----------------------------------------------------------------------

async function startRoutekaart() {
  const api = await startApi();
  const { url } = api;
  const tokens = [];
  for (const email of DEMO_USERS) tokens.push(await login(url, email));
  const roadmap = (await gql(url, '{ roadmaps { id title } }', {}, tokens[0])).roadmaps.find((r) => r.title === DEMO_ROADMAP);
  const rooms = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const created = await gql(url, 'mutation($r: ID!, $t: String!) { createDocument(roadmapId: $r, title: $t) { id } }', { r: roadmap.id, t: `Bench ${i}` }, tokens[0]);
    rooms.push(created.createDocument.id);
  }
  return {
    name: 'routekaart',
    process: api.process,
    serverUrl: url.replace('http', 'ws') + '/collab',
    rooms,
    params: (i) => ({ token: tokens[i % tokens.length] }),
    stop: () => api.stop(),
  };
}

async function startReference() {
  let p;
  try {
    p = await startProcess([join(ROOT, 'bench/collab-reference-server.cjs')], {}, /listening on (\d+)/, 15_000);
  } catch (error) {
    if (error.exitCode === 3) return null;
    throw error;
  }
  return {
    name: 'reference (y-websocket 1.5.4)',
    process: p,
    serverUrl: `ws://127.0.0.1:${p.match[1]}`,
    rooms: Array.from({ length: DOCUMENTS }, (_, i) => `bench-${i}`),
    params: () => ({}),
    stop: () => stopProcess(p),
  };
}

// ---- the simulated editors ----------------------------------------------------------------------


async function run(target) {
  const pid = target.process.child.pid;
  const idleRss = processUsage(pid).rssMiB;
  const sentAt = new Map();
  const latencies = [];
  let delivered = 0;
  let expected = 0;
  const perRoom = new Map();
  const editors = [];
  const TOKEN = /\[(\d+):(\d+)\]/g;

  for (let i = 0; i < EDITORS; i++) {
    const room = target.rooms[i % target.rooms.length];
    const doc = new Y.Doc();
    const text = doc.getText('text');
    const provider = new WebsocketProvider(target.serverUrl, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true, params: target.params(i) });
    const editor = { i, room, doc, text, provider, synced: false, seq: 0 };
    provider.on('sync', (s) => s && (editor.synced = true));
    text.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const op of event.changes.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const m of op.insert.matchAll(TOKEN)) {
          const key = `${m[1]}:${m[2]}`;
          const t0 = sentAt.get(key);
          if (t0 === undefined || Number(m[1]) === i) continue;
          latencies.push(now - t0);
          delivered++;
        }
      }
    });
    editors.push(editor);
    perRoom.set(room, (perRoom.get(room) ?? 0) + 1);
  }
  const connectStart = performance.now();
  while (editors.some((e) => !e.synced)) {
    if (performance.now() - connectStart > 90_000) throw new Error(`${editors.filter((e) => !e.synced).length} editors did not sync`);
    await sleep(50);
  }
  const connectSeconds = (performance.now() - connectStart) / 1000;
  log(`${target.name}: ${EDITORS} editors synced in ${connectSeconds.toFixed(1)} s; typing for ${SECONDS} s`);

  const cpuBefore = processUsage(pid).cpuSeconds;
  const dbCpuBefore = descendantCpu(pid);
  let peakRss = processUsage(pid).rssMiB;
  const start = performance.now();
  for (const e of editors) e.nextAt = start + Math.random() * INTERVAL_MS;
  let sent = 0;
  while (performance.now() - start < SECONDS * 1000) {
    const now = performance.now();
    for (const e of editors) {
      if (now < e.nextAt) continue;
      e.nextAt += INTERVAL_MS;
      const key = `${e.i}:${e.seq++}`;
      sentAt.set(key, performance.now());
      e.text.insert(e.text.length, `[${key}]`);
      e.provider.awareness.setLocalStateField('cursor', { index: e.text.length, user: e.i });
      expected += perRoom.get(e.room) - 1;
      sent++;
    }
    peakRss = Math.max(peakRss, processUsage(pid).rssMiB);
    await sleep(5);
  }
  const cpuSeconds = processUsage(pid).cpuSeconds - cpuBefore;
  const dbCpuSeconds = descendantCpu(pid) - dbCpuBefore;
  // Drain: wait until everything arrived, or nothing more arrives for 3 s.
  let last = delivered;
  let quietSince = performance.now();
  const drainStart = performance.now();
  while (delivered < expected && performance.now() - quietSince < 3_000 && performance.now() - drainStart < 15_000) {
    await sleep(100);
    if (delivered !== last) {
      last = delivered;
      quietSince = performance.now();
    }
  }
  peakRss = Math.max(peakRss, processUsage(pid).rssMiB);
  for (const e of editors) {
    e.provider.destroy();
    e.doc.destroy();
  }
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    connectSeconds,
    sent,
    expected,
    delivered,
    dropped: expected - delivered,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    peakRssMiB: peakRss,
    idleRssMiB: idleRss,
    cpuPerSecond: cpuSeconds / SECONDS,
    dbCpuPerSecond: dbCpuSeconds / SECONDS,
  };
}

// ---- main -------------------------------------------------------------------------------------

function row(r) {
  return [
    r.name.padEnd(30),
    `${r.p50.toFixed(1)} ms`.padStart(10),
    `${r.p99.toFixed(1)} ms`.padStart(10),
    `${r.dropped} / ${r.expected}`.padStart(16),
    `${r.idleRssMiB.toFixed(0)} MiB`.padStart(10),
    `${r.peakRssMiB.toFixed(0)} MiB`.padStart(10),
    `${(r.cpuPerSecond * 100).toFixed(0)} %`.padStart(8),
    (r.dbCpuPerSecond ? `${(r.dbCpuPerSecond * 100).toFixed(0)} %` : '-').padStart(8),
    `${r.connectSeconds.toFixed(1)} s`.padStart(9),
  ].join(' ');
}

async function main() {
  log(`${EDITORS} editors over ${DOCUMENTS} documents, one edit + one cursor move per editor every ${INTERVAL_MS} ms, ${SECONDS} s, ${ROUNDS} round(s), ${cpus().length} CPU(s), Node ${process.version}`);
  const ours = await startRoutekaart();
  let reference = null;
  const rounds = [];
  try {
    if (!args['only-ours']) {
      reference = await startReference();
      if (!reference) log('the reference server is not installed: add "y-websocket-reference": "npm:y-websocket@1.5.4" to devDependencies');
    }
    for (let k = 0; k < ROUNDS; k++) {
      // Who goes first alternates, so neither always meets the machine right after the other's load.
      const order = reference ? (k % 2 === 0 ? [ours, reference] : [reference, ours]) : [ours];
      const round = new Map();
      for (const target of order) {
        log(`round ${k + 1}/${ROUNDS}: ${target.name}`);
        round.set(target, await run(target));
      }
      rounds.push(round);
    }
  } finally {
    // BENCH_SERVER_OUTPUT=FILE keeps what the server printed (with BENCH_SERVER_NODE_ARGS="--trace-gc", its collections).
    if (process.env.BENCH_SERVER_OUTPUT) (await import('node:fs')).writeFileSync(process.env.BENCH_SERVER_OUTPUT, ours.process.output());
    await ours.stop();
    await reference?.stop();
  }
  const header = ['server'.padEnd(30), 'p50'.padStart(10), 'p99'.padStart(10), 'dropped/expected'.padStart(16), 'idle RSS'.padStart(10), 'peak RSS'.padStart(10), 'CPU'.padStart(8), 'DB CPU'.padStart(8), 'connect'.padStart(9)].join(' ');
  console.log(`\ncollaboration fan-out: ${EDITORS} editors, ${DOCUMENTS} documents, ${SECONDS} s, edit every ${INTERVAL_MS} ms per editor, ${ROUNDS} round(s), ${cpus().length} CPU(s)`);
  console.log(header);
  rounds.forEach((round, k) => {
    for (const r of round.values()) console.log(row({ ...r, name: `${k + 1}: ${r.name}` }));
  });
  if (reference) {
    const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
    const ratio = (key) => median(rounds.map((round) => round.get(ours)[key] / round.get(reference)[key]));
    // Memory: the highest resident size over all rounds; idle as it was before the first round.
    const peak = (target) => Math.max(...rounds.map((round) => round.get(target).peakRssMiB));
    const idle = (target) => rounds[0].get(target).idleRssMiB;
    const growth = (peak(ours) - idle(ours)) / Math.max(1, peak(reference) - idle(reference));
    console.log(
      `ratio routekaart / reference (medians of the rounds' ratios): p50 ${ratio('p50').toFixed(2)}x, p99 ${ratio('p99').toFixed(2)}x, peak memory ${(peak(ours) / peak(reference)).toFixed(2)}x (${peak(ours).toFixed(0)} / ${peak(reference).toFixed(0)} MiB, growth under load ${growth.toFixed(2)}x), CPU ${ratio('cpuPerSecond').toFixed(2)}x`,
    );
    console.log(`p50 ratio per round: ${rounds.map((round) => (round.get(ours).p50 / round.get(reference).p50).toFixed(2)).join(' / ')}`);
  }
  console.log('CPU: the server process, % of one core; DB CPU: its embedded PostgreSQL (not in RSS). Routekaart stores every update before broadcasting it and re-checks sessions.');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
