import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DOCUMENT_EXPORT_FORMATS = ['DOCX', 'PDF', 'MARKDOWN'] as const;
export type DocumentExportFormat = (typeof DOCUMENT_EXPORT_FORMATS)[number];
export const DocumentExportFormatEnum = { DOCX: 'DOCX', PDF: 'PDF', MARKDOWN: 'MARKDOWN' } as const satisfies Record<DocumentExportFormat, DocumentExportFormat>;
registerEnumType(DocumentExportFormatEnum, { name: 'DocumentExportFormat', description: 'DOCX (Word), PDF, or Markdown' });

@ObjectType('DocumentExport', { description: 'An exported document: a file to save, its bytes in base64' })
export class DocumentExportModel {
  @Field({ description: 'A file name made of the title and the date, e.g. routekaart-concept-2026-12-05.docx' })
  filename: string;

  @Field()
  contentType: string;

  @Field({ description: 'The file, base64-encoded' })
  contentBase64: string;
}
