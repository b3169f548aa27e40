import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { defineAbilityFor, type Actor } from '@routekaart/access';
import { createDataSource, openAndMigrate, seedReferenceData } from '@routekaart/db';
import { readWorkbook } from '../common/spreadsheet';
import { ChainImportService } from '../imports/chain-import.service';
import { freshDatabase } from './bench-database';

/**
 * `npm run bench:import`: a company's workbook of 2,000 items (one system holding them) and 10,000
 * supply links (5 per item), checked (dry run), applied in one transaction, and applied again (nothing
 * changes) through the service the API uses, in a fresh database; then reads the largest workbook the
 * import accepts (5 MB, 20,000 items) on its own. Prints the times, the heap peak of each step (sampled
 * every 10 ms, above the heap in use before it) and the process's largest resident size.
 */

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2_000);
/** Items of the largest workbook the import takes (5 MB): read on its own, to show the memory reading needs. */
const LARGEST_ITEMS = 20_000;
const LINKS_PER_ITEM = 5;

async function workbook(count = ITEMS): Promise<string> {
  const book = new ExcelJS.Workbook();
  const items = book.addWorksheet('Onderdelen');
  items.addRow(['referentie', 'naam', 'soort', 'zichtbaarheid']);
  items.addRow(['SYS', 'Systeem', 'Systeem', 'Routekaart']);
  const composition = book.addWorksheet('Samenstelling');
  composition.addRow(['ouder', 'kind', 'aantal', 'eenheid']);
  const links = book.addWorksheet('Leveranciers');
  links.addRow(['referentie', 'onderdeel', 'leverancier', 'land', 'aandeel %', 'tier', 'levertijd weken', 'voorraad maanden', 'enige bron', 'zichtbaarheid']);
  const countries = ['DE', 'CN', 'US', 'JP', 'NL'];
  for (let i = 0; i < count; i++) {
    items.addRow([`IT-${i}`, `Onderdeel ${i}`, 'Component', 'Overheid']);
    composition.addRow(['SYS', `IT-${i}`, 1 + (i % 4), 'stuks']);
    for (let j = 0; j < LINKS_PER_ITEM; j++) {
      links.addRow([`L-${i}-${j}`, `IT-${i}`, `Leverancier ${i}.${j}`, countries[j], '20', 1 + (j % 3), 4 + j, '1,5', 'nee', 'Overheid']);
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** The way files were read before streaming: the whole workbook model in memory, then its rows as text. */
async function readWholeWorkbook(base64: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  let rows = 0;
  for (const sheet of book.worksheets) {
    const header: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (header[column] = String(cell.value ?? '')));
    const records: Record<string, string>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const record: Record<string, string> = {};
      sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, column) => {
        if (header[column]) record[header[column]] = String(cell.value ?? '');
      });
      records.push(record);
    }
    rows += records.length;
  }
  return rows;
}

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** Runs `work` while sampling the heap every 10 ms: its time and the highest heap seen above what was in use before. */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; peakMb: number; result: T }> {
  const base = heapMb();
  let peak = base;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed / 1024 / 1024));
  const timer = setInterval(sample, 10);
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return { ms: performance.now() - started, peakMb: peak - base, result };
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const db = await freshDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 4 });
  try {
    await openAndMigrate(ds);
    await seedReferenceData(ds);
    const [org] = (await ds.query(`INSERT INTO organisation (name, kind) VALUES ('Bench Werf', 'INDUSTRY') RETURNING id`)) as { id: string }[];
    const [group] = (await ds.query(`INSERT INTO product_group (name) VALUES ('Bench') RETURNING id`)) as { id: string }[];
    const actor: Actor = { userId: randomUUID(), organisationId: org!.id, organisationKind: 'INDUSTRY', role: 'EDITOR', participations: [] };
    const ability = defineAbilityFor(actor);
    const service = new ChainImportService(ds);
    const content = await workbook();
    const base = heapMb();
    const time = async (apply: boolean) => {
      const { ms, peakMb, result: report } = await measured(() =>
        service.run(actor, ability, { productGroupId: group!.id, fileName: 'bench.xlsx', contentBase64: content, apply }),
      );
      return { ms, peakMb, report };
    };
    const dry = await time(false);
    const applied = await time(true);
    const again = await time(true);
    const peak = heapMb();
    const rows = ITEMS * (LINKS_PER_ITEM + 2) + 1;
    // Reading the largest file the import accepts, on its own: what streaming keeps flat.
    const largest = await workbook(LARGEST_ITEMS);
    const read = await measured(() => readWorkbook('largest.xlsx', largest));
    const readRows = read.result.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    const loaded = await measured(() => readWholeWorkbook(largest));
    console.log(
      [
        `import bench — ${ITEMS} items, ${ITEMS * LINKS_PER_ITEM} supply links, ${rows} rows (${(Buffer.from(content, 'base64').length / 1024).toFixed(0)} kB XLSX) on ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
        `  dry run        ${dry.ms.toFixed(0).padStart(6)} ms  heap peak +${dry.peakMb.toFixed(0)} MB  (${dry.report.supplyLinks.create} links to create, ${dry.report.errors.length} problems)`,
        `  apply          ${applied.ms.toFixed(0).padStart(6)} ms  heap peak +${applied.peakMb.toFixed(0)} MB  (${applied.report.items.create} items, ${applied.report.supplyLinks.create} links written in one transaction)`,
        `  apply again    ${again.ms.toFixed(0).padStart(6)} ms  heap peak +${again.peakMb.toFixed(0)} MB  (${again.report.supplyLinks.unchanged} links unchanged, ${again.report.changes.length} changes)`,
        `  heap           ${base.toFixed(0)} MB before, ${peak.toFixed(0)} MB after`,
        `  read 5 MB file ${read.ms.toFixed(0).padStart(6)} ms  heap peak +${read.peakMb.toFixed(0)} MB  (${(Buffer.from(largest, 'base64').length / 1024).toFixed(0)} kB XLSX, ${readRows} rows, streamed)`,
        `  the same, whole ${loaded.ms.toFixed(0).padStart(5)} ms  heap peak +${loaded.peakMb.toFixed(0)} MB  (exceljs' in-memory workbook, as the import read files before streaming; ${loaded.result} rows)`,
      ].join('\n'),
    );
  } finally {
    await ds.destroy();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
