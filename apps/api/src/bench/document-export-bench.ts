import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { documentBlocks, exportDateTime, exportLabels, type DocJsonNode } from '@routekaart/domain';
import { renderDocx, type RenderInput } from '../document-export/docx-renderer';
import { renderPdf } from '../document-export/pdf-renderer';

/**
 * `npm run bench:export`
 * (BENCH_PAGES=50, BENCH_RUNS=3): renders a 50-page roadmap (about 200 kB of text with 20 tables,
 * the shape bench/document-editor.mjs uploads, plus numbered lists) as DOCX and PDF through the
 * export's own renderers and prints, per format, the wall time and how long the API's main thread
 * was kept from other work meanwhile, as a 1 ms timer on it sees it: the time in stalls of 5 ms or
 * more and the longest stall. Figures, not assertions.
 */

const PAGES = Number(process.env.BENCH_PAGES ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const SENTENCE =
  'De levering van permanente magneten met neodymium en dysprosium hangt af van enkele raffinaderijen buiten Europa, ' +
  'waardoor een exportbeperking binnen weken tot tekorten bij de tier-1 leveranciers van aandrijvingen kan leiden. ';

const text = (s: string): DocJsonNode => ({ text: s, marks: {} });
const el = (type: string, content: DocJsonNode[], attrs: Record<string, unknown> = {}): DocJsonNode => ({ type, attrs, content });
const paragraph = (s: string) => el('paragraph', [text(s)]);

function longRoadmap(pages: number): DocJsonNode[] {
  const out = [el('heading', [text('Routekaart Militaire schepen — volledige versie')], { level: 1 })];
  for (let p = 1; p <= pages; p++) {
    out.push(el('heading', [text(`Hoofdstuk ${p}`)], { level: 2 }));
    for (let i = 0; i < 6; i++) out.push(paragraph(`${p}.${i + 1} ${SENTENCE.repeat(3)}`));
    out.push(el('orderedList', ['Inventariseren', 'Afspreken', 'Volgen'].map((s) => el('listItem', [paragraph(`${s} (${p})`)])), { start: 1 }));
    if ((p * 2) % 5 === 0) {
      const row = (name: string, cells: string[]) => el('tableRow', cells.map((c) => el(name, [paragraph(c)])));
      const rows = [row('tableHeader', ['Grondstof', 'Land', 'Aandeel', 'Score'])];
      for (let r = 0; r < 5; r++) rows.push(row('tableCell', [`Materiaal ${r}`, 'CN', `${60 - r * 7} %`, `${90 - r * 9}`]));
      out.push(el('table', rows));
    }
  }
  return out;
}

interface Figures {
  wallMs: number;
  /** The main thread's time in stalls of 5 ms or more (work that kept other requests waiting). */
  blockedMs: number;
  stallMs: number;
  bytes: number;
}

/** Runs `work` while a 1 ms timer watches the main thread. */
async function measure(work: () => Promise<Buffer>): Promise<Figures> {
  let last = performance.now();
  let stall = 0;
  let blocked = 0;
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    stall = Math.max(stall, gap);
    if (gap >= 5) blocked += gap;
    last = now;
  };
  const timer = setInterval(tick, 1);
  const start = performance.now();
  const bytes = (await work()).length;
  const wallMs = performance.now() - start;
  tick();
  clearInterval(timer);
  return { wallMs, blockedMs: blocked, stallMs: stall, bytes };
}

const round = (n: number) => Math.round(n);

async function main(): Promise<void> {
  const blocks = documentBlocks(longRoadmap(PAGES));
  const input: RenderInput = { title: 'Bench', blocks, labels: exportLabels('nl'), figuresAsOf: exportDateTime(new Date(), 'nl') };
  console.log(`document export: ${PAGES} pages, ${blocks.length} top-level blocks; ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown cpu'}); node ${process.version}`);
  for (const [format, render] of [
    ['DOCX', renderDocx],
    ['PDF', renderPdf],
  ] as const) {
    const cold = await measure(() => render(input)); // the first export after a start: module loading and JIT
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(() => render(input)));
    const worst = (key: keyof Figures) => round(Math.max(...runs.map((r) => r[key])));
    const median = (key: keyof Figures) => round(runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!);
    console.log(
      `${format} (${Math.round(runs[0]!.bytes / 1024)} kB): wall ${median('wallMs')} ms, main thread blocked ${median('blockedMs')} ms, ` +
        `longest stall ${median('stallMs')} ms (worst ${worst('stallMs')} ms; medians of ${RUNS} warm runs); ` +
        `first export: wall ${round(cold.wallMs)} ms, blocked ${round(cold.blockedMs)} ms, longest stall ${round(cold.stallMs)} ms`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
