import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { csvCellText, forbidden, visibleLinksTable, type ImportLanguage, type VisibleLinkRow } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { csvFile } from '../common/csv';
import { todayUtc } from '../common/dates';
import { isUuid } from '../common/ids';
import { XLSX_CONTENT_TYPE, xlsxBase64 } from '../common/spreadsheet';
import { queryNamed } from '../common/sql';
import type { SupplyLinksExportModel } from './chain.models';
import { NO_ID, supplyLinkColumns, toSupplyLinkRow, visibleSupplyLink } from './chain.queries';

/** Exports: the same read rules as every other path, and each export in the audit log. */
@Injectable()
export class ChainExportService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Every supply link of a product group the viewer may see (with a readable item), as a file a person
   * reads: XLSX, or CSV (Dutch: `;` and decimal commas; English: `,` and points), headers and words in
   * the language, and an owner column filled only where the field access reveals the contributor
   * (`libs/access/PERMISSIONS.md`, "contributor identity"); every hidden one reads the same.
   */
  async supplyLinksExport(actor: Actor, ability: AppAbility, productGroupId: string, format: 'XLSX' | 'CSV', language: ImportLanguage): Promise<SupplyLinksExportModel> {
    if (!ability.can('create', 'Export')) throw forbidden('Viewers may not export data');
    const groupId = isUuid(productGroupId) ? productGroupId : NO_ID;
    const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
    return this.ds.transaction(async (em) => {
      const raws = await queryNamed<Record<string, unknown>>(
        em,
        `SELECT ${supplyLinkColumns('sl')}, i.name AS "itemName", i.kind AS "itemKind"
         FROM supply_link sl JOIN item i ON i.id = sl.item_id
         WHERE (${f.sql}) AND i.product_group_id = :productGroupId ORDER BY i.name, sl.id`,
        { ...f.params, productGroupId: groupId },
      );
      // Organisations are public (names only); an identity is looked up only after the field access kept it.
      const names = new Map(((await em.query('SELECT id, name FROM organisation')) as { id: string; name: string }[]).map((o) => [o.id, o.name]));
      const links = raws.map((raw): VisibleLinkRow => {
        const link = visibleSupplyLink(ability, toSupplyLinkRow(raw as never));
        return {
          itemName: raw.itemName as string,
          itemKind: raw.itemKind as VisibleLinkRow['itemKind'],
          supplierName: link.supplierName ?? (link.supplierOrgId ? (names.get(link.supplierOrgId) ?? null) : null),
          country: link.country ?? null,
          share: link.share ?? null,
          tier: link.tier ?? null,
          leadTimeWeeks: link.leadTimeWeeks ?? null,
          stockMonths: link.stockMonths ?? null,
          singleSource: !!link.singleSource,
          visibility: link.visibility as VisibleLinkRow['visibility'],
          contributedBy: link.contributedByOrgId ? (names.get(link.contributedByOrgId) ?? null) : null,
        };
      });
      const table = visibleLinksTable(links, language);
      const stem = `${language === 'nl' ? 'ketendata-zichtbaar' : 'chain-data-visible'}-${todayUtc()}`;
      let file: SupplyLinksExportModel;
      if (format === 'CSV') {
        const text = csvFile(
          table.header,
          table.rows.map((row) => row.map((cell) => csvCellText(cell, language))),
          language === 'nl' ? ';' : ',',
        );
        // The byte-order mark makes Excel read the file as UTF-8.
        file = { filename: `${stem}.csv`, contentType: 'text/csv; charset=utf-8', rows: links.length, base64: Buffer.from(`\uFEFF${text}`, 'utf8').toString('base64') };
      } else {
        const base64 = await xlsxBase64([{ name: language === 'nl' ? 'Schakels' : 'Supply links', header: table.header, rows: table.rows }]);
        file = { filename: `${stem}.xlsx`, contentType: XLSX_CONTENT_TYPE, rows: links.length, base64 };
      }
      await recordAudit(em, actor, 'export', 'SupplyLink', null, { productGroupId: groupId, rows: links.length, format: format.toLowerCase(), language });
      return file;
    });
  }
}
