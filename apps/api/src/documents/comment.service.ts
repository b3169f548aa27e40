import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { cleanCommentBody, cleanCommentQuote, DomainError, forbidden } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import { CommentEvents, type CommentThreadChange } from './comment.events';
import type { CommentAuthorModel, DocumentCommentModel, DocumentCommentsChangeModel, DocumentCommentThreadModel } from './comment.models';

interface DocumentRef {
  id: string;
  roadmapId: string;
}

interface ThreadRef {
  id: string;
  documentId: string;
  roadmapId: string;
}

interface CommentRef {
  id: string;
  threadId: string;
  documentId: string;
  roadmapId: string;
  authorId: string | null;
  body: string;
}

interface ThreadRow extends ThreadRef {
  quote: string;
  createdAt: Date;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  resolvedByOrganisation: string | null;
}

interface CommentRow {
  id: string;
  threadId: string;
  roadmapId: string;
  authorId: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  authorName: string | null;
  authorOrganisation: string | null;
}

/**
 * Comments on roadmap documents. The anchor of a thread is a `comment` mark in the document's
 * content (the editor sets it with the id `start` returns); threads and comments are rows here,
 * read by whoever may read the document and written by its co-editors. Every write is audited in
 * its transaction and announced to subscribers after the commit.
 */
@Injectable()
export class CommentService {
  constructor(
    private readonly ds: DataSource,
    private readonly events: CommentEvents,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  /** The document's threads the viewer may read, oldest first, each with its comments oldest first. */
  async threads(ability: AppAbility, documentId: string): Promise<DocumentCommentThreadModel[]> {
    const doc = await this.readableDocument(ability, documentId);
    return this.load(ability, doc.id);
  }

  /** Fails with NOT_FOUND (on `documentId`) unless the viewer may read the document. */
  async assertReadableDocument(ability: AppAbility, documentId: string): Promise<DocumentRef> {
    return this.readableDocument(ability, documentId);
  }

  /**
   * A change as one subscriber sees it: `null` (not delivered) when the subscriber may no longer
   * read the document; the thread is `null` when it is gone or not readable.
   */
  async changeAsSeenBy(ability: AppAbility, change: CommentThreadChange): Promise<DocumentCommentsChangeModel | null> {
    const doc = await this.readableDocument(ability, change.documentId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (!doc) return null;
    const [thread] = await this.load(ability, doc.id, change.threadId);
    return { documentId: doc.id, threadId: change.threadId, thread: thread ?? null };
  }

  // ---- writes -----------------------------------------------------------------------------------

  /** Starts a thread on a selection (`quote` is its text) with its first comment. */
  async start(actor: Actor, ability: AppAbility, documentId: string, quote: string, body: string): Promise<DocumentCommentThreadModel> {
    const doc = await this.readableDocument(ability, documentId);
    if (!ability.can('create', subject('DocumentCommentThread', { id: '', documentId: doc.id, roadmapId: doc.roadmapId }))) {
      throw forbidden('Only co-editors of the roadmap may comment on its documents');
    }
    const cleanQuote = cleanCommentQuote(quote, 'quote');
    const cleanBody = cleanCommentBody(body, 'body');
    const threadId = await this.ds.transaction(async (em) => {
      const [thread] = (await em.query(`INSERT INTO document_comment_thread (document_id, quote, created_by) VALUES ($1, $2, $3) RETURNING id`, [
        doc.id,
        cleanQuote,
        actor.userId,
      ])) as { id: string }[];
      const commentId = await insertComment(em, thread.id, actor.userId, cleanBody);
      await recordAudit(em, actor, 'document.comment.start', 'DocumentCommentThread', thread.id, {
        documentId: doc.id,
        quote: cleanQuote,
        commentId,
        body: cleanBody,
      });
      return thread.id;
    });
    return this.announce(ability, doc.id, threadId);
  }

  async reply(actor: Actor, ability: AppAbility, threadId: string, body: string): Promise<DocumentCommentThreadModel> {
    const thread = await this.readableThread(ability, threadId);
    if (!ability.can('create', subject('DocumentComment', { id: '', threadId: thread.id, roadmapId: thread.roadmapId, authorId: actor.userId }))) {
      throw forbidden('Only co-editors of the roadmap may reply to comments');
    }
    const cleanBody = cleanCommentBody(body, 'body');
    await this.ds.transaction(async (em) => {
      const commentId = await insertComment(em, thread.id, actor.userId, cleanBody);
      await recordAudit(em, actor, 'document.comment.reply', 'DocumentCommentThread', thread.id, { documentId: thread.documentId, commentId, body: cleanBody });
    });
    return this.announce(ability, thread.documentId, thread.id);
  }

  /**
   * Resolves (`resolved`) or reopens a thread. Doing what is already done changes nothing and
   * records nothing, so two people resolving at once both succeed.
   */
  async setResolved(actor: Actor, ability: AppAbility, threadId: string, resolved: boolean): Promise<DocumentCommentThreadModel> {
    const thread = await this.readableThread(ability, threadId);
    if (!ability.can('update', subject('DocumentCommentThread', thread))) {
      throw forbidden(`Only co-editors of the roadmap may ${resolved ? 'resolve' : 'reopen'} comments`);
    }
    const changed = await this.ds.transaction(async (em) => {
      const [rows] = (await em.query(
        resolved
          ? `UPDATE document_comment_thread SET resolved_at = now(), resolved_by = $2 WHERE id = $1 AND resolved_at IS NULL RETURNING id`
          : `UPDATE document_comment_thread SET resolved_at = NULL, resolved_by = NULL WHERE id = $1 AND resolved_at IS NOT NULL RETURNING id`,
        resolved ? [thread.id, actor.userId] : [thread.id],
      )) as [{ id: string }[], number];
      if (rows.length === 0) return false;
      await recordAudit(em, actor, resolved ? 'document.comment.resolve' : 'document.comment.reopen', 'DocumentCommentThread', thread.id, {
        documentId: thread.documentId,
      });
      return true;
    });
    if (changed) return this.announce(ability, thread.documentId, thread.id);
    return this.thread(ability, thread);
  }

  /** Changes the text of one's own comment. */
  async edit(actor: Actor, ability: AppAbility, commentId: string, body: string): Promise<DocumentCommentThreadModel> {
    const comment = await this.readableComment(ability, commentId);
    if (!ability.can('update', subject('DocumentComment', comment))) throw forbidden('Only its author may change a comment');
    const cleanBody = cleanCommentBody(body, 'body');
    await this.ds.transaction(async (em) => {
      await em.query(`UPDATE document_comment SET body = $2, edited_at = now() WHERE id = $1`, [comment.id, cleanBody]);
      await recordAudit(em, actor, 'document.comment.edit', 'DocumentComment', comment.id, { threadId: comment.threadId, from: comment.body, to: cleanBody });
    });
    return this.announce(ability, comment.documentId, comment.threadId);
  }

  /**
   * Deletes one's own comment; the thread goes with its last comment. Answers the thread as it is
   * now, or `null` when it went (the editor then removes its mark).
   */
  async delete(actor: Actor, ability: AppAbility, commentId: string): Promise<DocumentCommentThreadModel | null> {
    const comment = await this.readableComment(ability, commentId);
    if (!ability.can('delete', subject('DocumentComment', comment))) throw forbidden('Only its author may delete a comment');
    await this.ds.transaction(async (em) => {
      await em.query(`DELETE FROM document_comment WHERE id = $1`, [comment.id]);
      // The last comment takes its thread along; concurrent deletes of the last two both see it empty.
      const [removed] = (await em.query(
        `DELETE FROM document_comment_thread t WHERE t.id = $1 AND NOT EXISTS (SELECT 1 FROM document_comment c WHERE c.thread_id = t.id) RETURNING id`,
        [comment.threadId],
      )) as [{ id: string }[], number];
      await recordAudit(em, actor, 'document.comment.delete', 'DocumentComment', comment.id, {
        threadId: comment.threadId,
        body: comment.body,
        threadRemoved: removed.length > 0,
      });
    });
    this.events.publish({ documentId: comment.documentId, threadId: comment.threadId });
    const [thread] = await this.load(ability, comment.documentId, comment.threadId);
    return thread ?? null;
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** Publishes the change (after the commit) and answers the thread as the writer sees it now. */
  private async announce(ability: AppAbility, documentId: string, threadId: string): Promise<DocumentCommentThreadModel> {
    this.events.publish({ documentId, threadId });
    return this.thread(ability, { id: threadId, documentId });
  }

  private async thread(ability: AppAbility, ref: { id: string; documentId: string }): Promise<DocumentCommentThreadModel> {
    const [thread] = await this.load(ability, ref.documentId, ref.id);
    if (!thread) throw new DomainError('NOT_FOUND', 'comment thread not found', 'threadId');
    return thread;
  }

  /** Threads of one document (or one of them) with their comments, through the viewer's rules. */
  private async load(ability: AppAbility, documentId: string, threadId?: string): Promise<DocumentCommentThreadModel[]> {
    const ft = accessibleWhere(ability, 'read', 'DocumentCommentThread', 't');
    const oneThread = threadId ? 'AND t.id = CAST(:threadId AS uuid)' : '';
    const threads = await queryNamed<ThreadRow>(
      this.ds,
      `SELECT t.id, t.document_id AS "documentId", t_doc.roadmap_id AS "roadmapId", t.quote, t.created_at AS "createdAt",
              t.resolved_at AS "resolvedAt", ru.name AS "resolvedByName", ro.name AS "resolvedByOrganisation"
       FROM document_comment_thread t
       JOIN document t_doc ON t_doc.id = t.document_id
       LEFT JOIN app_user ru ON ru.id = t.resolved_by
       LEFT JOIN organisation ro ON ro.id = ru.organisation_id
       WHERE (${ft.sql}) AND t.document_id = CAST(:documentId AS uuid) AND t_doc.deleted_at IS NULL ${oneThread}
       ORDER BY t.created_at, t.id`,
      { ...ft.params, documentId, threadId: threadId && isUuid(threadId) ? threadId : null },
    );
    if (threads.length === 0) return [];
    const fc = accessibleWhere(ability, 'read', 'DocumentComment', 'c');
    const oneThreadsComments = threadId ? 'AND c.thread_id = CAST(:threadId AS uuid)' : '';
    const comments = await queryNamed<CommentRow>(
      this.ds,
      `SELECT c.id, c.thread_id AS "threadId", c_doc.roadmap_id AS "roadmapId", c.author_id AS "authorId", c.body,
              c.created_at AS "createdAt", c.edited_at AS "editedAt", u.name AS "authorName", o.name AS "authorOrganisation"
       FROM document_comment c
       JOIN document_comment_thread c_t ON c_t.id = c.thread_id
       JOIN document c_doc ON c_doc.id = c_t.document_id
       LEFT JOIN app_user u ON u.id = c.author_id
       LEFT JOIN organisation o ON o.id = u.organisation_id
       WHERE (${fc.sql}) AND c_t.document_id = CAST(:documentId AS uuid) ${oneThreadsComments}
       ORDER BY c.created_at, c.id`,
      { ...fc.params, documentId, threadId: threadId ?? null },
    );
    const byThread = new Map<string, DocumentCommentModel[]>();
    for (const c of comments) {
      const list = byThread.get(c.threadId) ?? [];
      list.push({
        id: c.id,
        threadId: c.threadId,
        body: c.body,
        author: author(c.authorName, c.authorOrganisation),
        createdAt: c.createdAt,
        editedAt: c.editedAt,
        canEdit: ability.can('update', subject('DocumentComment', { id: c.id, threadId: c.threadId, roadmapId: c.roadmapId, authorId: c.authorId })),
      });
      byThread.set(c.threadId, list);
    }
    return threads.map((t) => ({
      id: t.id,
      documentId: t.documentId,
      quote: t.quote,
      createdAt: t.createdAt,
      resolved: t.resolvedAt !== null,
      resolvedAt: t.resolvedAt,
      resolvedBy: t.resolvedAt ? author(t.resolvedByName, t.resolvedByOrganisation) : null,
      comments: byThread.get(t.id) ?? [],
      canReply: ability.can('create', subject('DocumentComment', { id: '', threadId: t.id, roadmapId: t.roadmapId, authorId: null })),
    }));
  }

  private async readableDocument(ability: AppAbility, id: string, field = 'documentId'): Promise<DocumentRef> {
    const f = accessibleWhere(ability, 'read', 'Document', 'd');
    const [row] = await queryNamed<DocumentRef>(
      this.ds,
      `SELECT d.id, d.roadmap_id AS "roadmapId" FROM document d WHERE (${f.sql}) AND d.id = CAST(:id AS uuid) AND d.deleted_at IS NULL`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'document not found', field);
    return row;
  }

  /** A thread on a document the viewer may read; otherwise NOT_FOUND, as for one that does not exist. */
  private async readableThread(ability: AppAbility, id: string): Promise<ThreadRef> {
    const f = accessibleWhere(ability, 'read', 'DocumentCommentThread', 't');
    const [row] = await queryNamed<ThreadRef>(
      this.ds,
      `SELECT t.id, t.document_id AS "documentId", t_doc.roadmap_id AS "roadmapId"
       FROM document_comment_thread t JOIN document t_doc ON t_doc.id = t.document_id
       WHERE (${f.sql}) AND t.id = CAST(:id AS uuid) AND t_doc.deleted_at IS NULL`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'comment thread not found', 'threadId');
    return row;
  }

  private async readableComment(ability: AppAbility, id: string): Promise<CommentRef> {
    const f = accessibleWhere(ability, 'read', 'DocumentComment', 'c');
    const [row] = await queryNamed<CommentRef>(
      this.ds,
      `SELECT c.id, c.thread_id AS "threadId", c_t.document_id AS "documentId", c_doc.roadmap_id AS "roadmapId", c.author_id AS "authorId", c.body
       FROM document_comment c
       JOIN document_comment_thread c_t ON c_t.id = c.thread_id
       JOIN document c_doc ON c_doc.id = c_t.document_id
       WHERE (${f.sql}) AND c.id = CAST(:id AS uuid) AND c_doc.deleted_at IS NULL`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'comment not found', 'commentId');
    return row;
  }
}

async function insertComment(em: EntityManager, threadId: string, authorId: string, body: string): Promise<string> {
  const [comment] = (await em.query(`INSERT INTO document_comment (thread_id, author_id, body) VALUES ($1, $2, $3) RETURNING id`, [
    threadId,
    authorId,
    body,
  ])) as { id: string }[];
  return comment.id;
}

function author(name: string | null, organisationName: string | null): CommentAuthorModel | null {
  return name === null ? null : { name, organisationName: organisationName ?? '' };
}
