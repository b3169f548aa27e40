import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { AGREEMENT_COLUMNS, agreementExportCells, DomainError, exportFilename, forbidden, isOverdue } from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import { csvFile } from '../common/csv';
import { todayUtc } from '../common/dates';
import type { FileExportModel } from '../common/file-export.model';
import { newWorkbook } from '../common/spreadsheet';
import type { AgreementExportFormat } from './intervention.models';
import { InterventionService } from './intervention.service';

const CONTENT_TYPES: Record<AgreementExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The agreements list of a roadmap as a file (what the policy officer reports on): the same rows
 * the agreements page shows the exporter, in Dutch. Exporting needs `create Export` and is audited.
 */
@Injectable()
export class AgreementExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly interventions: InterventionService,
  ) {}

  async exportAgreements(actor: Actor, ability: AppAbility, roadmapId: string, format: AgreementExportFormat): Promise<FileExportModel> {
    this.interventions.assertReadableRoadmap(ability, roadmapId);
    if (!ability.can('create', 'Export')) throw forbidden('Viewers may not export data');
    const today = todayUtc();
    return this.ds.transaction(async (em) => {
      const [roadmap] = await em.query<{ title: string }[]>(`SELECT title FROM roadmap WHERE id = $1`, [roadmapId]);
      if (!roadmap) throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
      const rows = (await this.interventions.agreementRows(ability, roadmapId, em)).map((r) =>
        agreementExportCells({
          title: r.title,
          type: r.type,
          instrument: r.instrument,
          responsible: r.ownerOrgName,
          dueDate: r.dueDate,
          deliverable: r.deliverable,
          status: r.status,
          progressPct: r.progressPct,
          overdue: isOverdue(r.dueDate, r.status, today),
        }),
      );
      const bytes = format === 'CSV' ? Buffer.from(csvFile(AGREEMENT_COLUMNS, rows), 'utf8') : await xlsx(rows);
      await recordAudit(em, actor, 'export', 'Agreement', roadmapId, { roadmapId, rows: rows.length, format: format.toLowerCase() });
      return {
        filename: exportFilename(`afspraken ${roadmap.title}`, today, format.toLowerCase()),
        contentType: CONTENT_TYPES[format],
        base64: bytes.toString('base64'),
      };
    });
  }
}

async function xlsx(rows: ReturnType<typeof agreementExportCells>[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Routekaart';
  const sheet = workbook.addWorksheet('Afspraken', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AGREEMENT_COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: [40, 22, 22, 32, 12, 40, 16, 14, 9][i] }));
  sheet.getRow(1).font = { bold: true };
  // Cells are written as values, never as formulas: text that looks like one stays text.
  for (const cells of rows) sheet.addRow(cells);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AGREEMENT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
