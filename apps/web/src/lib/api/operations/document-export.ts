import { graphql } from '../generated';

/** A document as a file (DOCX, PDF or Markdown), its live figures computed with the viewer's permissions. */
export const ExportDocumentMutation = graphql(`
	mutation ExportDocument($documentId: ID!, $format: DocumentExportFormat!, $locale: String) {
		exportDocument(documentId: $documentId, format: $format, locale: $locale) {
			filename
			contentType
			contentBase64
		}
	}
`);
