import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { RoadmapEntity } from './chain.entities';

/** An encoded empty Yjs update: no structs, no deletions. The state of a new document. */
export const EMPTY_YJS_STATE = Buffer.from([0, 0]);

/**
 * A roadmap document, edited together over the collaboration socket (`/collab/<id>`).
 * Its content is `state` (a compacted Yjs update) plus every `DocumentUpdate` still in the log:
 * readers always apply both, so compaction never has to be in step with the editors.
 */
@Entity('document')
@Index(['roadmapId'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'roadmap_id' })
  roadmapId: string;

  @ManyToOne(() => RoadmapEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'roadmap_id' })
  roadmap?: Relation<RoadmapEntity>;

  @Column({ type: 'text' })
  title: string;

  /** The Yjs state the update log has been folded into (Y.encodeStateAsUpdate). */
  @Column({ type: 'bytea', default: () => "'\\x0000'" })
  state: Buffer;

  /** The highest log `seq` folded into `state` (for information; loads apply the whole remaining log). */
  @Column({ type: 'bigint', name: 'state_seq', default: 0 })
  stateSeq: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** Last rename or compaction of the content. */
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** Deleted documents keep their content (audit, recovery) but are no longer served. */
  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt: Date | null;
}

/**
 * One Yjs update as a client sent it, appended before it is broadcast, so whatever another client
 * has seen survives a crash. Compaction folds rows into `DocumentEntity.state` and deletes them.
 */
@Entity('document_update')
@Index(['documentId', 'seq'])
export class DocumentUpdateEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'uuid', name: 'document_id' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  /** The Yjs update (v1 encoding). The column is not called `update`, a reserved word in SQL. */
  @Column({ type: 'bytea', name: 'payload' })
  update: Buffer;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

/** A named snapshot of a document's full state, to list, compare and restore. */
@Entity('document_version')
@Index(['documentId', 'createdAt'])
export class DocumentVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'document_id' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'bytea' })
  state: Buffer;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
