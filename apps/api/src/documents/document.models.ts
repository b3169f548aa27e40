import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { DiffKind } from './document-content';

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
