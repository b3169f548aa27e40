import { graphql } from '$lib/api/generated';

// A trade association's import, list and export of the supplier profiles it keeps for members (issue 19).

export const MemberProfileImportTemplateQuery = graphql(`
	query MemberProfileImportTemplate($language: ImportLanguage!) {
		memberProfileImportTemplate(language: $language) {
			filename
			contentType
			base64
		}
	}
`);

/** A dry run (apply: false) or the import itself (apply: true). */
export const ImportMemberProfilesMutation = graphql(`
	mutation ImportMemberProfiles($fileName: String!, $contentBase64: String!, $apply: Boolean) {
		importMemberProfiles(fileName: $fileName, contentBase64: $contentBase64, apply: $apply) {
			applied
			rows
			errors {
				sheet
				row
				column
				code
				message
				params
			}
			profiles {
				create
				update
				unchanged
			}
			changes {
				row
				kvkNumber
				name
				action
				fields
			}
		}
	}
`);

export const MemberProfilesQuery = graphql(`
	query MemberProfiles($search: String, $first: Int, $offset: Int) {
		memberProfiles(search: $search, first: $first, offset: $offset) {
			total
			profiles {
				id
				name
				kvkNumber
				province
				category
				capabilities
				governmentOnly
			}
		}
	}
`);

export const ExportMemberProfilesMutation = graphql(`
	mutation ExportMemberProfiles($language: ImportLanguage) {
		exportMemberProfiles(language: $language) {
			filename
			contentType
			base64
		}
	}
`);
