import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DiffKind } from './document-content';

@ObjectType('DocumentEditor', {
  description: 'Who edited a document, as every reader of the document sees it: a name and an organisation (the same as the editor presence shows)',
})
export class DocumentEditorModel {
  @Field()
  name: string;

  @Field()
  organisationName: string;
}

@ObjectType('Document', { description: 'A roadmap document, edited together over `/collab/<id>` with the y-websocket client' })
export class DocumentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roadmapId: string;

  @Field()
  title: string;

  @Field()
  createdAt: Date;

  @Field({ description: 'Last rename, or last time the edit log was folded into the stored state' })
  updatedAt: Date;

  @Field({ description: 'Whether the viewer may edit the content (otherwise the socket opens read-only)' })
  canEdit: boolean;

  @Field(() => Date, { nullable: true, description: 'When the content was last edited (typed, or a version restored); null before the first edit' })
  lastEditedAt: Date | null;

  @Field(() => DocumentEditorModel, { nullable: true, description: 'Who made that edit; null before the first edit or when the account was removed' })
  lastEditedBy: DocumentEditorModel | null;
}

@ObjectType('DocumentVersion', { description: 'A named snapshot of a document' })
export class DocumentVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  documentId: string;

  @Field()
  name: string;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Encoded size of the snapshot in bytes' })
  sizeBytes: number;

  @Field(() => DocumentEditorModel, { nullable: true, description: 'Who saved it (a restore saves the content before it under this person); null when the account was removed' })
  createdBy: DocumentEditorModel | null;
}

export const DiffKindEnum = { SAME: 'SAME', ADDED: 'ADDED', REMOVED: 'REMOVED' } as const satisfies Record<DiffKind, DiffKind>;
registerEnumType(DiffKindEnum, { name: 'DiffKind' });

@ObjectType('DocumentDiffLine', { description: 'One line of a text diff between two states of a document' })
export class DocumentDiffLineModel {
  @Field(() => DiffKindEnum)
  kind: DiffKind;

  @Field()
  text: string;
}
