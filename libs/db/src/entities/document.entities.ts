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

  /**
   * The newest edit of the content folded into `state` (the log rows carry their own actor and time
   * until compaction folds them): when, and by which account (no foreign key, see the migration).
   */
  @Column({ type: 'timestamptz', name: 'last_edited_at', nullable: true })
  lastEditedAt: Date | null;

  @Column({ type: 'uuid', name: 'last_edited_by', nullable: true })
  lastEditedBy: string | null;

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

/**
 * A comment thread on a document. Its anchor is a `comment` mark (attribute `threadId`) in the
 * document's Yjs content, so it moves with edits and travels with versions; the thread keeps the
 * text that was selected when it was started (`quote`), in case the anchor is edited away.
 */
@Entity('document_comment_thread')
@Index(['documentId', 'createdAt'])
export class DocumentCommentThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'document_id' })
  documentId: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<DocumentEntity>;

  @Column({ type: 'text' })
  quote: string;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** Set while the thread is resolved; a reopen clears both. */
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', name: 'resolved_by', nullable: true })
  resolvedBy: string | null;
}

/** One comment of a thread: the first one, or a reply. */
@Entity('document_comment')
@Index(['threadId', 'createdAt'])
export class DocumentCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'thread_id' })
  threadId: string;

  @ManyToOne(() => DocumentCommentThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<DocumentCommentThreadEntity>;

  @Column({ type: 'uuid', name: 'author_id', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'edited_at', nullable: true })
  editedAt: Date | null;
}
