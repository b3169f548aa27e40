import { graphql } from '../generated';

/** A document as the roadmap page lists it and the editor page heads it. */
export const DocumentFields = graphql(`
	fragment DocumentFields on Document {
		id
		roadmapId
		title
		createdAt
		updatedAt
		lastEditedAt
		lastEditedBy {
			name
			organisationName
		}
		canEdit
	}
`);

/** A roadmap's documents the viewer may read. */
export const RoadmapDocumentsQuery = graphql(`
	query RoadmapDocuments($roadmapId: ID!) {
		documents(roadmapId: $roadmapId) {
			...DocumentFields
		}
	}
`);

/** The editor page: the document (whether the viewer may edit decides read-only) and its roadmap's title. */
export const DocumentQuery = graphql(`
	query Document($id: ID!) {
		document(id: $id) {
			...DocumentFields
		}
	}
`);

export const DocumentRoadmapQuery = graphql(`
	query DocumentRoadmap($id: ID!) {
		roadmap(id: $id) {
			id
			title
		}
	}
`);

export const CreateDocumentMutation = graphql(`
	mutation CreateDocument($roadmapId: ID!, $title: String!) {
		createDocument(roadmapId: $roadmapId, title: $title) {
			...DocumentFields
		}
	}
`);

export const RenameDocumentMutation = graphql(`
	mutation RenameDocument($id: ID!, $title: String!) {
		renameDocument(id: $id, title: $title) {
			...DocumentFields
		}
	}
`);

export const DeleteDocumentMutation = graphql(`
	mutation DeleteDocument($id: ID!) {
		deleteDocument(id: $id)
	}
`);

export const DocumentVersionFields = graphql(`
	fragment DocumentVersionFields on DocumentVersion {
		id
		documentId
		name
		createdAt
		sizeBytes
		createdBy {
			name
			organisationName
		}
	}
`);

/** Named versions, newest first. */
export const DocumentVersionsQuery = graphql(`
	query DocumentVersions($documentId: ID!) {
		documentVersions(documentId: $documentId) {
			...DocumentVersionFields
		}
	}
`);

export const SaveDocumentVersionMutation = graphql(`
	mutation SaveDocumentVersion($documentId: ID!, $name: String!) {
		saveDocumentVersion(documentId: $documentId, name: $name) {
			...DocumentVersionFields
		}
	}
`);

/** The line diff from a version to the current content (no `compareToVersionId`). */
export const DocumentDiffQuery = graphql(`
	query DocumentDiff($versionId: ID!) {
		documentDiff(versionId: $versionId) {
			kind
			text
		}
	}
`);

/** Every open editor receives the version's content over the socket; the content before is kept as a version. */
export const RestoreDocumentVersionMutation = graphql(`
	mutation RestoreDocumentVersion($versionId: ID!) {
		restoreDocumentVersion(versionId: $versionId) {
			...DocumentFields
		}
	}
`);
