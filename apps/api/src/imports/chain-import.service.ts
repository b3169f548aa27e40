import { Injectable, Optional } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import {
  DomainError,
  forbidden,
  IMPORT_SHEETS,
  ITEM_KIND_LABELS,
  parseImport,
  planImport,
  templateRows,
  type EntityPlan,
  type ExistingChainData,
  type ImportError,
  type ImportLanguage,
  type ParsedImport,
  type VisibleEdge,
  VISIBILITY_LABELS,
} from '@routekaart/domain';
import { csvFile } from '../common/csv';
import { recordAudit } from '../audit/audit';
import type { FileExportModel } from '../common/file-export.model';
import { isUuid } from '../common/ids';
import { newWorkbook, readWorkbook } from '../common/spreadsheet';
import { queryNamed } from '../common/sql';
import type { ImportCountsModel } from '../common/import-report.model';
import type { ImportChangeModel, ImportReportModel } from './chain-import.models';
import { ImportProgress, type ProgressReport } from './import-progress';

/** At most this many changes are listed in a report (the counts are always complete). */
const CHANGES_LISTED = 500;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An item of the company's, as the import matches it: by its reference, or by its id when it has none. */
interface OwnItemRow {
  id: string;
  ref: string | null;
  name: string;
  kind: string;
  description: string | null;
  visibility: string;
  sharedWith: string[];
}

/**
 * The spreadsheet import of a company's chain data (issue 18): items, their composition, their
 * materials and the supply links, matched to what the company stored before by its own references.
 * A dry run reports every problem of every row and what would be created, changed and left alone;
 * applying writes all of it in one transaction, or nothing. Only the company's own items and links
 * are read to plan and written: others' data enters only as the edges the user may see, for the
 * cycle check, so no problem reported depends on data the user may not see.
 */
@Injectable()
export class ChainImportService {
  constructor(
    private readonly ds: DataSource,
    /** Absent in the benchmark, which follows no import. */
    @Optional() private readonly progress?: ImportProgress,
  ) {}

  /** The template: a workbook with one sheet per kind of row (headers and an example row) and an explanation sheet. */
  async template(language: ImportLanguage): Promise<FileExportModel> {
    const workbook = await newWorkbook();
    workbook.creator = 'Routekaart';
    for (const sheet of IMPORT_SHEETS) {
      const ws = workbook.addWorksheet(sheet.name[language], { views: [{ state: 'frozen', ySplit: 1 }] });
      for (const row of templateRows(sheet, language)) ws.addRow(row);
      ws.getRow(1).font = { bold: true };
      ws.columns.forEach((column) => (column.width = 24));
    }
    const help = workbook.addWorksheet(language === 'nl' ? 'Toelichting' : 'Explanation');
    help.addRow(language === 'nl' ? ['Tabblad', 'Kolom', 'Verplicht', 'Uitleg'] : ['Sheet', 'Column', 'Required', 'Explanation']);
    help.getRow(1).font = { bold: true };
    for (const sheet of IMPORT_SHEETS) {
      for (const column of sheet.columns) {
        help.addRow([sheet.name[language], column.header[language], column.required ? (language === 'nl' ? 'ja' : 'yes') : '', column.help[language]]);
      }
    }
    help.columns.forEach((column, i) => (column.width = i === 3 ? 80 : 24));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return { filename: language === 'nl' ? 'routekaart-ketendata-sjabloon.xlsx' : 'routekaart-chain-data-template.xlsx', contentType: XLSX, base64: buffer.toString('base64') };
  }

  /**
   * The company's own chain data in a product group in the template's format (Dutch headers and
   * words, percentages, decimal commas): XLSX with the four sheets, or CSV of the supply links (named so
   * the import recognises it). Items and links without a reference of the company's get "id:<id>", so
   * the file imports back onto them and changes nothing (other companies' parts it may read are named
   * so too). Audited.
   */
  async exportOwn(actor: Actor, ability: AppAbility, productGroupId: string, format: 'XLSX' | 'CSV'): Promise<FileExportModel> {
    if (!ability.can('create', 'Export')) throw forbidden('You may not export');
    const [group] = isUuid(productGroupId) ? ((await this.ds.query('SELECT id, name FROM product_group WHERE id = $1', [productGroupId])) as { id: string; name: string }[]) : [];
    if (!group) throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
    const organisations = (await this.ds.query('SELECT id, name FROM organisation')) as { id: string; name: string }[];
    const { existing } = await this.ownData(this.ds.manager, actor.organisationId, group.id, new Map(organisations.map((o) => [o.id, o.name])));
    const symbols = new Map(((await this.ds.query('SELECT id, symbol FROM material')) as { id: string; symbol: string }[]).map((m) => [m.id, m.symbol]));
    const known = new Set([...existing.items.map((i) => i.ref), ...(await this.readableItemKeys(this.ds.manager, ability, group.id))]);
    const decimal = (value: number | null) => (value === null ? '' : String(Math.round(value * 1e6) / 1e6).replace('.', ','));
    const sheets: Record<(typeof IMPORT_SHEETS)[number]['key'], string[][]> = {
      items: existing.items.map((i) => [i.ref, i.name, ITEM_KIND_LABELS[i.kind].nl, i.description ?? '', VISIBILITY_LABELS[i.visibility].nl, i.sharedWith.join('; ')]),
      compositions: existing.compositions.filter((c) => known.has(c.childRef)).map((c) => [c.parentRef, c.childRef, decimal(c.quantity), c.unit]),
      itemMaterials: existing.itemMaterials.map((m) => [m.itemRef, symbols.get(m.materialId) ?? m.materialId, decimal(m.kgPerUnit)]),
      supplyLinks: existing.supplyLinks.map((l) => [
        l.ref,
        l.itemRef,
        l.supplierName,
        l.country ?? '',
        decimal(l.share === null ? null : l.share * 100),
        l.tier === null ? '' : String(l.tier),
        decimal(l.leadTimeWeeks),
        decimal(l.stockMonths),
        l.singleSource ? 'ja' : 'nee',
        VISIBILITY_LABELS[l.visibility].nl,
        l.sharedWith.join('; '),
      ]),
    };
    const rowsOf = (key: (typeof IMPORT_SHEETS)[number]['key']) => sheets[key];
    const date = new Date().toISOString().slice(0, 10);
    let file: FileExportModel;
    if (format === 'CSV') {
      const sheet = IMPORT_SHEETS.find((s) => s.key === 'supplyLinks')!;
      const text = csvFile(sheet.columns.map((c) => c.header.nl), rowsOf('supplyLinks'), ';');
      file = { filename: `${sheet.name.nl}.csv`, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64') };
    } else {
      const workbook = await newWorkbook();
      workbook.creator = 'Routekaart';
      for (const sheet of IMPORT_SHEETS) {
        const ws = workbook.addWorksheet(sheet.name.nl, { views: [{ state: 'frozen', ySplit: 1 }] });
        ws.addRow(sheet.columns.map((c) => c.header.nl));
        ws.getRow(1).font = { bold: true };
        // Cells as text: references like "0012" and Dutch decimals stay as written.
        for (const row of rowsOf(sheet.key)) ws.addRow(row);
        ws.columns.forEach((column) => (column.width = 24));
      }
      file = { filename: `ketendata-${date}.xlsx`, contentType: XLSX, base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
    }
    await this.ds.transaction((em) =>
      recordAudit(em, actor, 'chain.export.own', 'ProductGroup', group.id, {
        format,
        items: sheets.items.length,
        compositions: sheets.compositions.length,
        itemMaterials: sheets.itemMaterials.length,
        supplyLinks: sheets.supplyLinks.length,
      }),
    );
    return file;
  }

  /**
   * Reads the file and plans the import into one product group; with `apply`, writes it in one
   * transaction — or, when any row has a problem, refuses (BAD_USER_INPUT on `file`, every problem in
   * `details.rows`) and writes nothing. With an `importId`, the user who runs it can follow its phases
   * (`chainImportProgress`); DONE is sent whatever the outcome.
   */
  async run(
    actor: Actor,
    ability: AppAbility,
    args: { productGroupId: string; fileName: string; contentBase64: string; apply: boolean; importId?: string | null },
  ): Promise<ImportReportModel> {
    if (!ability.can('create', 'Item') || !ability.can('create', 'SupplyLink')) throw forbidden('Only companies contribute chain data');
    const [group] = isUuid(args.productGroupId) ? ((await this.ds.query('SELECT id FROM product_group WHERE id = $1', [args.productGroupId])) as { id: string }[]) : [];
    if (!group) throw new DomainError('NOT_FOUND', 'product group not found', 'productGroupId');
    const report = this.progress?.reporter(args.importId ?? null, actor.userId) ?? (() => undefined);
    try {
      return await this.checkAndApply(actor, ability, group.id, args, report);
    } finally {
      report('DONE');
    }
  }

  private async checkAndApply(
    actor: Actor,
    ability: AppAbility,
    productGroupId: string,
    args: { fileName: string; contentBase64: string; apply: boolean },
    progress: ProgressReport,
  ): Promise<ImportReportModel> {
    const group = { id: productGroupId };
    progress('READING');
    const sheets = await readWorkbook(args.fileName, args.contentBase64, (rows, fraction) => progress('READING', rows, 0, fraction * 100));

    return this.ds.transaction(async (em) => {
      // One import of a company's data at a time: a second waits, then plans against the first's result.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`chain-import:${actor.organisationId}:${group.id}`]);
      const organisations = (await em.query('SELECT id, name FROM organisation')) as { id: string; name: string }[];
      const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
      const own = await this.ownData(em, actor.organisationId, group.id, nameOf);
      const materials = (await em.query('SELECT id, symbol, name FROM material')) as { id: string; symbol: string; name: string }[];

      // Rows may name the company's own items by reference, and other items it may read by "id:<id>"
      // (as the export writes them: a link the company recorded on another company's part).
      progress('CHECKING');
      const readable = await this.readableItemKeys(em, ability, group.id);
      const ownRefs = new Set(own.existing.items.map((i) => i.ref));
      const parsed = parseImport(sheets, { catalogue: { materials }, existingItemRefs: [...ownRefs, ...readable] });
      const foreignRows = this.foreignItemRows(parsed.data, ownRefs);
      const sharedErrors = this.resolveSharing(parsed.data, organisations, actor.organisationId);
      const plan = planImport(parsed.data, own.existing, await this.visibleEdges(em, ability, group.id, own.keyOf));
      const errors = [...parsed.errors, ...foreignRows, ...sharedErrors.errors, ...plan.errors].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);

      const report: ImportReportModel = {
        applied: false,
        errors: errors.map((e) => ({ sheet: e.sheet, row: e.row, column: e.column, code: e.code, message: e.message, params: e.params ? JSON.stringify(e.params) : null })),
        items: counts(plan.items),
        compositions: counts(plan.compositions),
        itemMaterials: counts(plan.itemMaterials),
        supplyLinks: counts(plan.supplyLinks),
        changes: changesOf(plan).slice(0, CHANGES_LISTED),
      };
      if (!args.apply) return report;
      if (errors.length) {
        const rows = new Set(errors.map((e) => `${e.sheet}|${e.row}`)).size;
        throw new DomainError('BAD_USER_INPUT', `${rows === 1 ? '1 row has' : `${rows} rows have`} problems; nothing was imported`, 'file', { rows: report.errors });
      }
      await this.write(em, actor, group.id, plan, own.idOf, own.linkIdOf, sharedErrors.ids, progress);
      await recordAudit(em, actor, 'chain.import', 'ProductGroup', group.id, {
        fileName: args.fileName,
        items: report.items,
        compositions: report.compositions,
        itemMaterials: report.itemMaterials,
        supplyLinks: report.supplyLinks,
      });
      return { ...report, applied: true };
    });
  }

  // ---- reading ----------------------------------------------------------------------------------

  /**
   * The company's own items, composition, item materials and supply links in the product group, keyed
   * as the import keys them, in the order they were made (then by name and reference): the export's
   * rows come out in this order, which must not follow where PostgreSQL happened to store the rows
   * (other companies' writes move them), nor ids, which differ between otherwise equal databases.
   */
  private async ownData(em: EntityManager, orgId: string, productGroupId: string, nameOf: ReadonlyMap<string, string>) {
    const items = (await em.query(
      `SELECT id, external_ref AS ref, name, kind, description, visibility, shared_with AS "sharedWith"
       FROM item WHERE owner_org_id = $1 AND product_group_id = $2
       ORDER BY created_at, name, external_ref, id`,
      [orgId, productGroupId],
    )) as OwnItemRow[];
    // An item or link without a reference of the company's (made in the web app) is keyed "id:<its id>",
    // as the export writes it, so an exported file imports back onto it.
    const keyById = new Map(items.map((i) => [i.id, i.ref ?? `id:${i.id}`]));
    const keyOf = (id: string) => keyById.get(id) ?? `id:${id}`;
    const idOf = new Map(items.map((i) => [keyOf(i.id), i.id]));
    const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).sort();
    const compositions = (await em.query(
      `SELECT c.parent_id AS "parentId", c.child_id AS "childId", c.quantity::float8 AS quantity, c.unit
       FROM composition c JOIN item p ON p.id = c.parent_id JOIN item ch ON ch.id = c.child_id
       WHERE p.owner_org_id = $1 AND p.product_group_id = $2
       ORDER BY p.created_at, p.name, p.external_ref, p.id, ch.created_at, ch.name, ch.external_ref, ch.id`,
      [orgId, productGroupId],
    )) as { parentId: string; childId: string; quantity: number; unit: string }[];
    const itemMaterials = (await em.query(
      `SELECT im.item_id AS "itemId", im.material_id AS "materialId", im.quantity_kg::float8 AS "kgPerUnit"
       FROM item_material im JOIN item i ON i.id = im.item_id JOIN material m ON m.id = im.material_id
       WHERE i.owner_org_id = $1 AND i.product_group_id = $2
       ORDER BY i.created_at, i.name, i.external_ref, i.id, m.symbol`,
      [orgId, productGroupId],
    )) as { itemId: string; materialId: string; kgPerUnit: number | null }[];
    const links = (await em.query(
      `SELECT coalesce(l.external_ref, 'id:' || l.id) AS ref, l.id, l.item_id AS "itemId", coalesce(l.supplier_name, so.name) AS "supplierName", l.country,
              l.share::float8 AS share, l.tier, l.lead_time_weeks::float8 AS "leadTimeWeeks", l.stock_months::float8 AS "stockMonths",
              l.single_source AS "singleSource", l.visibility, l.shared_with AS "sharedWith"
       FROM supply_link l JOIN item i ON i.id = l.item_id LEFT JOIN organisation so ON so.id = l.supplier_org_id
       WHERE l.contributed_by_org_id = $1 AND i.product_group_id = $2
       ORDER BY l.created_at, i.created_at, i.name, l.external_ref, coalesce(l.supplier_name, so.name), l.country, l.id`,
      [orgId, productGroupId],
    )) as (Omit<ExistingChainData['supplyLinks'][number], 'itemRef' | 'sharedWith'> & { id: string; itemId: string; sharedWith: string[] })[];
    const linkIdOf = new Map(links.map((l) => [l.ref, l.id]));

    const existing: ExistingChainData = {
      items: items.map((i) => ({ ref: keyOf(i.id), name: i.name, kind: i.kind as never, description: i.description, visibility: i.visibility as never, sharedWith: names(i.sharedWith) })),
      compositions: compositions.map((c) => ({ parentRef: keyOf(c.parentId), childRef: keyOf(c.childId), quantity: c.quantity, unit: c.unit })),
      itemMaterials: itemMaterials.map((m) => ({ itemRef: keyOf(m.itemId), materialId: m.materialId, kgPerUnit: m.kgPerUnit })),
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the id is the link's key (linkIdOf)
      supplyLinks: links.map(({ id, itemId, sharedWith, ...l }) => ({ ...l, itemRef: keyOf(itemId), sharedWith: names(sharedWith) })),
    };
    return { existing, keyOf, idOf, linkIdOf };
  }

  /** The items of the product group the user may read, as "id:<id>" keys. */
  private async readableItemKeys(em: EntityManager, ability: AppAbility, productGroupId: string): Promise<string[]> {
    const f = accessibleWhere(ability, 'read', 'Item', 'i', { productGroupId });
    const rows = await queryNamed<{ id: string }>(em, `SELECT i.id FROM item i WHERE ${f.sql}`, f.params);
    return rows.map((r) => `id:${r.id}`);
  }

  /** An item row named "id:<id>" that is not one of the company's own items: another's item cannot be changed by an import. */
  private foreignItemRows(data: ParsedImport, ownRefs: ReadonlySet<string>): ImportError[] {
    const column = data.sheets.find((s) => s.key === 'items')?.columns['ref'] ?? 'referentie';
    return data.items
      .filter((item) => item.ref.startsWith('id:') && !ownRefs.has(item.ref))
      .map((item) => ({ sheet: item.sheet, row: item.row, column, code: 'UNKNOWN_REFERENCE' as const, message: `"${item.ref}" is not an item of your organisation`, params: { value: item.ref } }));
  }

  /** Composition edges of the product group the user may see, as node keys (for the cycle check through others' items). */
  private async visibleEdges(em: EntityManager, ability: AppAbility, productGroupId: string, keyOf: (id: string) => string): Promise<VisibleEdge[]> {
    const f = accessibleWhere(ability, 'read', 'Composition', 'c', { productGroupId });
    const rows = await queryNamed<{ parentId: string; childId: string }>(
      em,
      `SELECT c.parent_id AS "parentId", c.child_id AS "childId" FROM composition c JOIN item c_parent ON c_parent.id = c.parent_id WHERE ${f.sql}`,
      f.params,
    );
    return rows.map((r) => ({ parentRef: keyOf(r.parentId), childRef: keyOf(r.childId) }));
  }

  /** Organisation names of the "shared with" cells as ids; a name no organisation has is an error at its cell. */
  private resolveSharing(data: ParsedImport, organisations: readonly { id: string; name: string }[], ownOrgId: string) {
    const byName = new Map(organisations.filter((o) => o.id !== ownOrgId).map((o) => [o.name.trim().toLowerCase(), o.id]));
    const errors: ImportError[] = [];
    const ids = new Map<string, string>();
    const column = (key: 'items' | 'supplyLinks') => data.sheets.find((s) => s.key === key)?.columns['sharedWith'] ?? 'gedeeld met';
    for (const [key, rows] of [
      ['items', data.items],
      ['supplyLinks', data.supplyLinks],
    ] as const) {
      for (const row of rows) {
        for (const name of row.sharedWith) {
          const id = byName.get(name.trim().toLowerCase());
          if (id) ids.set(name, id);
          else errors.push({ sheet: row.sheet, row: row.row, column: column(key), code: 'UNKNOWN_VALUE', message: `No organisation on the platform is called "${name}"`, params: { value: name } });
        }
      }
    }
    return { errors, ids };
  }

  // ---- writing ----------------------------------------------------------------------------------

  private async write(
    em: EntityManager,
    actor: Actor,
    productGroupId: string,
    plan: ReturnType<typeof planImport>,
    idOf: Map<string, string>,
    linkIdOf: ReadonlyMap<string, string>,
    orgIds: ReadonlyMap<string, string>,
    progress: ProgressReport,
  ): Promise<void> {
    const shared = (names: readonly string[]) => names.map((n) => orgIds.get(n)!).filter(Boolean);
    const total =
      plan.items.create.length +
      plan.items.update.length +
      [plan.compositions, plan.itemMaterials, plan.supplyLinks].reduce((sum, p) => sum + p.create.length + p.update.length, 0);
    let done = 0;
    const wrote = () => progress('WRITING', ++done, total);
    progress('WRITING', 0, total);
    const itemId = (key: string) => idOf.get(key) ?? (key.startsWith('id:') ? key.slice(3) : null);
    for (const item of plan.items.create) {
      const [row] = (await em.query(
        `INSERT INTO item (product_group_id, kind, name, description, owner_org_id, visibility, shared_with, external_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [productGroupId, item.kind, item.name, item.description, actor.organisationId, item.visibility, shared(item.sharedWith), item.ref],
      )) as { id: string }[];
      idOf.set(item.ref, row!.id);
      wrote();
    }
    for (const { after: item } of plan.items.update) {
      await em.query(
        `UPDATE item SET kind = $1, name = $2, description = $3, visibility = $4, shared_with = $5 WHERE id = $6 AND owner_org_id = $7`,
        [item.kind, item.name, item.description, item.visibility, shared(item.sharedWith), idOf.get(item.ref), actor.organisationId],
      );
      wrote();
    }
    for (const c of [...plan.compositions.create, ...plan.compositions.update.map((u) => u.after)]) {
      await em.query(
        `INSERT INTO composition (parent_id, child_id, quantity, unit) VALUES ($1, $2, $3, $4)
         ON CONFLICT (parent_id, child_id) DO UPDATE SET quantity = EXCLUDED.quantity, unit = EXCLUDED.unit`,
        [itemId(c.parentRef), itemId(c.childRef), c.quantity, c.unit],
      );
      wrote();
    }
    for (const m of [...plan.itemMaterials.create, ...plan.itemMaterials.update.map((u) => u.after)]) {
      await em.query(
        `INSERT INTO item_material (item_id, material_id, quantity_kg) VALUES ($1, $2, $3)
         ON CONFLICT (item_id, material_id) DO UPDATE SET quantity_kg = EXCLUDED.quantity_kg`,
        [itemId(m.itemRef), m.materialId, m.kgPerUnit],
      );
      wrote();
    }
    for (const l of plan.supplyLinks.create) {
      await em.query(
        `INSERT INTO supply_link (item_id, supplier_name, country, share, tier, lead_time_weeks, stock_months, single_source, visibility, shared_with,
                                  contributed_by_org_id, external_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [itemId(l.itemRef), l.supplierName, l.country, l.share, l.tier, l.leadTimeWeeks, l.stockMonths, l.singleSource, l.visibility, shared(l.sharedWith), actor.organisationId, l.ref],
      );
      wrote();
    }
    for (const { after: l } of plan.supplyLinks.update) {
      await em.query(
        `UPDATE supply_link SET item_id = $1, supplier_name = $2, supplier_org_id = NULL, country = $3, share = $4, tier = $5, lead_time_weeks = $6,
                stock_months = $7, single_source = $8, visibility = $9, shared_with = $10, updated_at = now()
         WHERE id = $11 AND contributed_by_org_id = $12`,
        [itemId(l.itemRef), l.supplierName, l.country, l.share, l.tier, l.leadTimeWeeks, l.stockMonths, l.singleSource, l.visibility, shared(l.sharedWith), linkIdOf.get(l.ref), actor.organisationId],
      );
      wrote();
    }
  }
}

function counts(plan: EntityPlan<unknown>): ImportCountsModel {
  return { create: plan.create.length, update: plan.update.length, unchanged: plan.unchanged.length };
}

/** What the import would create and change, row by row (unchanged rows are only counted). */
function changesOf(plan: ReturnType<typeof planImport>): ImportChangeModel[] {
  const out: ImportChangeModel[] = [];
  const add = (entity: string, plan: EntityPlan<{ sheet: string; row: number }>, label: (r: never) => string) => {
    for (const r of plan.create) out.push({ sheet: r.sheet, row: r.row, entity, action: 'CREATE', label: label(r as never), fields: [] });
    for (const u of plan.update) out.push({ sheet: u.after.sheet, row: u.after.row, entity, action: 'UPDATE', label: label(u.after as never), fields: u.changes.map((c) => c.field) });
  };
  add('ITEM', plan.items, (r: { ref: string; name: string }) => `${r.ref} — ${r.name}`);
  add('COMPOSITION', plan.compositions, (r: { parentRef: string; childRef: string }) => `${r.parentRef} → ${r.childRef}`);
  add('ITEM_MATERIAL', plan.itemMaterials, (r: { itemRef: string }) => r.itemRef);
  add('SUPPLY_LINK', plan.supplyLinks, (r: { ref: string; supplierName: string }) => `${r.ref} — ${r.supplierName}`);
  return out.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
}
