import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import {
  badInput,
  documentBlocks,
  DomainError,
  EXPORT_LOCALES,
  exportDateTime,
  exportFilename,
  exportLabels,
  figureBlocks,
  forbidden,
  renderMarkdown,
  type ExportLocale,
} from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import { todayUtc } from '../common/dates';
import { storedDocumentState } from '../collab/hooks/postgres-store.hook';
import { DocumentService } from '../documents/document.service';
import { documentJson } from './document-json';
import type { DocumentExportFormat, DocumentExportModel } from './document-export.models';
import { renderDocx, type RenderInput } from './docx-renderer';
import { LiveFigureService } from './live-figures';
import { renderPdf } from './pdf-renderer';

const FILES: Record<DocumentExportFormat, { extension: string; contentType: string }> = {
  DOCX: { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  PDF: { extension: 'pdf', contentType: 'application/pdf' },
  MARKDOWN: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
};

/**
 * Exports a roadmap document as a file. The content is the stored state every process agrees on
 * (comments left out); each live figure is computed now with the exporter's permissions, and the
 * export says when ("Cijfers per …"). Like every export it needs the export right and is audited.
 */
@Injectable()
export class DocumentExportService {
  constructor(
    private readonly ds: DataSource,
    private readonly documents: DocumentService,
    private readonly figures: LiveFigureService,
  ) {}

  async exportDocument(actor: Actor, ability: AppAbility, documentId: string, format: DocumentExportFormat, locale: string | null): Promise<DocumentExportModel> {
    // Refused before anything is looked up: the answer does not depend on which documents exist.
    if (!ability.can('create', 'Export')) throw forbidden('Viewers may not export data');
    const language = exportLocale(locale);
    const file = FILES[format];
    if (!file) throw badInput('format', 'Choose DOCX, PDF or MARKDOWN');
    const doc = await this.documents.document(ability, documentId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw new DomainError('NOT_FOUND', 'document not found', 'documentId');
      throw error;
    });
    const state = await storedDocumentState(this.ds, doc.id);
    if (!state) throw new DomainError('NOT_FOUND', 'document not found', 'documentId');

    const blocks = documentBlocks(documentJson(state));
    const figures = figureBlocks(blocks);
    const requestKey = {};
    // One after the other: figures of one product group share the chain loaded for the first.
    const reader = { actor, ability, roadmapId: doc.roadmapId };
    for (const figure of figures) figure.content = await this.figures.resolve(reader, figure.ref, language, requestKey);
    const input: RenderInput = { title: doc.title, blocks, labels: exportLabels(language), figuresAsOf: exportDateTime(new Date(), language) };

    let content: Buffer;
    switch (format) {
      case 'DOCX':
        content = await renderDocx(input);
        break;
      case 'PDF':
        content = await renderPdf(input);
        break;
      case 'MARKDOWN':
        content = Buffer.from(renderMarkdown(input), 'utf8');
        break;
    }
    await this.ds.transaction((em) =>
      recordAudit(em, actor, 'export', 'Document', doc.id, {
        roadmapId: doc.roadmapId,
        format: file.extension,
        locale: language,
        figures: figures.length,
        bytes: content.length,
      }),
    );
    return { filename: exportFilename(doc.title, todayUtc(), file.extension), contentType: file.contentType, contentBase64: content.toString('base64') };
  }
}

function exportLocale(value: string | null): ExportLocale {
  if (value === null || value.trim() === '') return 'nl';
  const locale = value.trim().toLowerCase();
  if (!(EXPORT_LOCALES as readonly string[]).includes(locale)) throw badInput('locale', 'Use "nl" or "en"');
  return locale as ExportLocale;
}
