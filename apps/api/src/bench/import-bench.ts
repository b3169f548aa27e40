import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { defineAbilityFor, type Actor } from '@routekaart/access';
import { createDataSource, openAndMigrate, seedReferenceData } from '@routekaart/db';
import { ChainImportService } from '../imports/chain-import.service';
import { freshDatabase } from './bench-database';

/**
 * `npm run bench:import`: a company's workbook of 2,000 items (one system holding them) and 10,000
 * supply links (5 per item), checked (dry run), applied in one transaction, and applied again (nothing
 * changes) through the service the API uses, in a fresh database. Prints the times and the heap.
 */

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2_000);
const LINKS_PER_ITEM = 5;

async function workbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const items = book.addWorksheet('Onderdelen');
  items.addRow(['referentie', 'naam', 'soort', 'zichtbaarheid']);
  items.addRow(['SYS', 'Systeem', 'Systeem', 'Routekaart']);
  const composition = book.addWorksheet('Samenstelling');
  composition.addRow(['ouder', 'kind', 'aantal', 'eenheid']);
  const links = book.addWorksheet('Leveranciers');
  links.addRow(['referentie', 'onderdeel', 'leverancier', 'land', 'aandeel %', 'tier', 'levertijd weken', 'voorraad maanden', 'enige bron', 'zichtbaarheid']);
  const countries = ['DE', 'CN', 'US', 'JP', 'NL'];
  for (let i = 0; i < ITEMS; i++) {
    items.addRow([`IT-${i}`, `Onderdeel ${i}`, 'Component', 'Overheid']);
    composition.addRow(['SYS', `IT-${i}`, 1 + (i % 4), 'stuks']);
    for (let j = 0; j < LINKS_PER_ITEM; j++) {
      links.addRow([`L-${i}-${j}`, `IT-${i}`, `Leverancier ${i}.${j}`, countries[j], '20', 1 + (j % 3), 4 + j, '1,5', 'nee', 'Overheid']);
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

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
      const started = performance.now();
      const report = await service.run(actor, ability, { productGroupId: group!.id, fileName: 'bench.xlsx', contentBase64: content, apply });
      return { ms: performance.now() - started, report };
    };
    const dry = await time(false);
    const applied = await time(true);
    const again = await time(true);
    const peak = heapMb();
    const rows = ITEMS * (LINKS_PER_ITEM + 2) + 1;
    console.log(
      [
        `import bench — ${ITEMS} items, ${ITEMS * LINKS_PER_ITEM} supply links, ${rows} rows (${(Buffer.from(content, 'base64').length / 1024).toFixed(0)} kB XLSX) on ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
        `  dry run        ${dry.ms.toFixed(0).padStart(6)} ms  (${dry.report.supplyLinks.create} links to create, ${dry.report.errors.length} problems)`,
        `  apply          ${applied.ms.toFixed(0).padStart(6)} ms  (${applied.report.items.create} items, ${applied.report.supplyLinks.create} links written in one transaction)`,
        `  apply again    ${again.ms.toFixed(0).padStart(6)} ms  (${again.report.supplyLinks.unchanged} links unchanged, ${again.report.changes.length} changes)`,
        `  heap           ${base.toFixed(0)} MB before, ${peak.toFixed(0)} MB after`,
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
