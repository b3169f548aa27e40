import { graphql } from '../generated';

/** The chain-data import template (XLSX, base64) with Dutch or English headers. */
export const ChainImportTemplateQuery = graphql(`
	query ChainImportTemplate($language: ImportLanguage!) {
		chainImportTemplate(language: $language) {
			filename
			contentType
			base64
		}
	}
`);

/** A dry run (apply: false) or the import itself (apply: true) of a company's chain data. */
export const ImportChainDataMutation = graphql(`
	mutation ImportChainData($productGroupId: ID!, $fileName: String!, $contentBase64: String!, $apply: Boolean, $importId: ID) {
		importChainData(productGroupId: $productGroupId, fileName: $fileName, contentBase64: $contentBase64, apply: $apply, importId: $importId) {
			applied
			errors {
				sheet
				row
				column
				code
				message
				params
			}
			items {
				create
				update
				unchanged
			}
			compositions {
				create
				update
				unchanged
			}
			itemMaterials {
				create
				update
				unchanged
			}
			supplyLinks {
				create
				update
				unchanged
			}
			changes {
				sheet
				row
				entity
				action
				label
				fields
			}
		}
	}
`);

/** The company's own chain data in the template's format (imports back unchanged). */
export const ExportChainDataMutation = graphql(`
	mutation ExportChainData($productGroupId: ID!, $format: ChainDataExportFormat!) {
		exportChainData(productGroupId: $productGroupId, format: $format) {
			filename
			contentType
			base64
		}
	}
`);

/** The steps of an import this user runs with `importId` (WAITING first: listening, send the file). */
export const ChainImportProgressSubscription = graphql(`
	subscription ChainImportProgress($importId: ID!) {
		chainImportProgress(importId: $importId) {
			importId
			phase
			done
			total
			percent
		}
	}
`);

/** Everything the user may see of a product group's supply links, as XLSX or CSV, with an owner column. */
export const ExportSupplyLinksMutation = graphql(`
	mutation ExportSupplyLinks($productGroupId: ID!, $format: ChainDataExportFormat!, $language: ImportLanguage!) {
		exportSupplyLinks(productGroupId: $productGroupId, format: $format, language: $language) {
			filename
			contentType
			rows
			base64
		}
	}
`);
