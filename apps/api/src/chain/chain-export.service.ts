import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { forbidden } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { csvField } from '../common/csv';
import { todayUtc } from '../common/dates';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import type { CsvExportModel } from './chain.models';
import { NO_ID, supplyLinkColumns, toSupplyLinkRow, visibleSupplyLink } from './chain.queries';

const COLUMNS = ['item', 'itemKind', 'supplierName', 'country', 'share', 'tier', 'leadTimeWeeks', 'stockMonths', 'singleSource', 'visibility'] as const;

/** Exports: the same read rules as every other path, and each export in the audit log. */
@Injectable()
export class ChainExportService {
  constructor(private readonly ds: DataSource) {}

  /** The supply links of a product group the viewer may see, as a CSV file. */
  async supplyLinksExport(actor: Actor, ability: AppAbility, productGroupId: string): Promise<CsvExportModel> {
    const { csv, rows } = await this.supplyLinksCsv(actor, ability, isUuid(productGroupId) ? productGroupId : NO_ID);
    return { filename: `supply-links-${todayUtc()}.csv`, contentType: 'text/csv; charset=utf-8', rows, csv };
  }

  private async supplyLinksCsv(actor: Actor, ability: AppAbility, productGroupId: string): Promise<{ csv: string; rows: number }> {
    if (!ability.can('create', 'Export')) throw forbidden('Viewers may not export data');
    const f = accessibleWhere(ability, 'read', 'SupplyLink', 'sl');
    return this.ds.transaction(async (em) => {
      const rows = await queryNamed<Record<string, unknown>>(
        em,
        `SELECT ${supplyLinkColumns('sl')}, i.name AS "itemName", i.kind AS "itemKind"
         FROM supply_link sl JOIN item i ON i.id = sl.item_id
         WHERE (${f.sql}) AND i.product_group_id = :productGroupId ORDER BY i.name, sl.id`,
        { ...f.params, productGroupId },
      );
      const lines = [COLUMNS.join(',')];
      for (const raw of rows) {
        const link = visibleSupplyLink(ability, toSupplyLinkRow(raw as never));
        const record: Record<(typeof COLUMNS)[number], unknown> = {
          item: raw.itemName,
          itemKind: raw.itemKind,
          supplierName: link.supplierName,
          country: link.country,
          share: link.share,
          tier: link.tier,
          leadTimeWeeks: link.leadTimeWeeks,
          stockMonths: link.stockMonths,
          singleSource: link.singleSource,
          visibility: link.visibility,
        };
        lines.push(COLUMNS.map((c) => csvField(record[c])).join(','));
      }
      await recordAudit(em, actor, 'export', 'SupplyLink', null, { productGroupId, rows: rows.length, format: 'csv' });
      return { csv: lines.join('\r\n') + '\r\n', rows: rows.length };
    });
  }
}
