import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import { accessibleWhere } from '@routekaart/db';
import { badInput, DomainError, forbidden } from '@routekaart/domain';
import type { Actor } from '../common/actor';
import { recordAudit } from '../audit/audit';
import { isUuid } from '../common/ids';
import { queryNamed } from '../common/sql';
import { CollabService } from '../collab/collab.service';
import { CollabRefusal } from '../collab/core/hooks';
import { storedDocumentState } from '../collab/hooks/postgres-store.hook';
import { diffLines, documentLines, restoreUpdate, type DiffLine } from './document-content';
import type { DocumentEditorModel, DocumentModel, DocumentVersionModel } from './document.models';

interface DocumentRow {
  id: string;
  roadmapId: string;
  title: string;
  createdAt: Date;
  updatedAt: Date;
}

interface VersionRow {
  id: string;
  documentId: string;
  name: string;
  createdAt: Date;
  sizeBytes: number;
  createdBy: { name: string; organisationName: string } | null;
}

const DOCUMENT_COLUMNS = `d.id, d.roadmap_id AS "roadmapId", d.title, d.created_at AS "createdAt", d.updated_at AS "updatedAt"`;
// The author as every reader of the document sees editors (name and organisation); null once the account is removed.
const VERSION_COLUMNS = `v.id, v.document_id AS "documentId", v.name, v.created_at AS "createdAt", length(v.state) AS "sizeBytes",
  (SELECT json_build_object('name', u.name, 'organisationName', o.name)
     FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = v.created_by) AS "createdBy"`;

/**
 * Roadmap documents: their metadata and named versions. The content itself is edited over the
 * collaboration socket; restoring a version goes through it too, so every open editor sees it.
 * Readable by the roadmap's participants, editable by its co-editors, created and deleted by its leads.
 */
@Injectable()
export class DocumentService {
  constructor(
    private readonly ds: DataSource,
    private readonly collab: CollabService,
  ) {}

  // ---- reads ------------------------------------------------------------------------------------

  async documents(ability: AppAbility, roadmapId: string): Promise<DocumentModel[]> {
    await this.readableRoadmap(ability, roadmapId);
    return this.documentsOf(ability, roadmapId);
  }

  /** The documents of a roadmap the caller has already read. */
  async documentsOf(ability: AppAbility, roadmapId: string): Promise<DocumentModel[]> {
    const f = accessibleWhere(ability, 'read', 'Document', 'd');
    const rows = await queryNamed<DocumentRow>(
      this.ds,
      `SELECT ${DOCUMENT_COLUMNS} FROM document d
       WHERE (${f.sql}) AND d.roadmap_id = :roadmapId AND d.deleted_at IS NULL ORDER BY d.title, d.created_at`,
      { ...f.params, roadmapId },
    );
    return this.models(ability, rows);
  }

  async document(ability: AppAbility, id: string): Promise<DocumentModel> {
    const [model] = await this.models(ability, [await this.readable(ability, id)]);
    return model!;
  }

  async versions(ability: AppAbility, documentId: string): Promise<DocumentVersionModel[]> {
    const doc = await this.readable(ability, documentId);
    return queryNamed<VersionRow>(this.ds, `SELECT ${VERSION_COLUMNS} FROM document_version v WHERE v.document_id = :id ORDER BY v.created_at DESC, v.id`, {
      id: doc.id,
    });
  }

  /** A line diff from a version to another version of the same document, or to the current content. */
  async diff(ability: AppAbility, versionId: string, compareToVersionId: string | null): Promise<DiffLine[]> {
    const { version, document } = await this.readableVersion(ability, versionId);
    let after: Uint8Array;
    if (compareToVersionId) {
      const other = await this.readableVersion(ability, compareToVersionId, 'compareToVersionId');
      if (other.document.id !== document.id) throw badInput('compareToVersionId', 'Compare versions of the same document');
      after = other.version.state;
    } else {
      after = await this.currentState(document.id);
    }
    return diffLines(documentLines(version.state), documentLines(after));
  }

  // ---- writes -----------------------------------------------------------------------------------

  async create(actor: Actor, ability: AppAbility, roadmapId: string, title: string): Promise<DocumentModel> {
    const roadmap = await this.readableRoadmap(ability, roadmapId);
    if (!ability.can('create', subject('Document', { id: '', roadmapId: roadmap.id }))) {
      throw forbidden('Only the roadmap lead may add documents');
    }
    const clean = cleanName(title, 'title');
    const row = await this.ds.transaction(async (em) => {
      const [created] = await queryNamed<DocumentRow>(
        em,
        `INSERT INTO document AS d (roadmap_id, title, created_by) VALUES (:roadmapId, :title, :userId) RETURNING ${DOCUMENT_COLUMNS}`,
        { roadmapId: roadmap.id, title: clean, userId: actor.userId },
      );
      await recordAudit(em, actor, 'document.create', 'Document', created.id, { roadmapId: roadmap.id, title: clean });
      return created;
    });
    const [model] = await this.models(ability, [row]);
    return model!;
  }

  async rename(actor: Actor, ability: AppAbility, id: string, title: string): Promise<DocumentModel> {
    const doc = await this.readable(ability, id);
    if (!ability.can('update', subject('Document', doc))) throw forbidden('Only co-editors of the roadmap may rename its documents');
    const clean = cleanName(title, 'title');
    const row = await this.ds.transaction(async (em) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [[updated]] = (await queryNamed<DocumentRow>(
        em,
        `UPDATE document d SET title = :title, updated_at = now() WHERE d.id = :id AND d.deleted_at IS NULL RETURNING ${DOCUMENT_COLUMNS}`,
        { id: doc.id, title: clean },
      )) as unknown as [DocumentRow[], number];
      if (!updated) throw new DomainError('NOT_FOUND', 'document not found', 'id');
      await recordAudit(em, actor, 'document.rename', 'Document', doc.id, { from: doc.title, to: clean });
      return updated;
    });
    const [model] = await this.models(ability, [row]);
    return model!;
  }

  /** Deletes a document (kept in the database, no longer served) and closes its open sockets everywhere. */
  async delete(actor: Actor, ability: AppAbility, id: string): Promise<boolean> {
    const doc = await this.readable(ability, id);
    if (!ability.can('delete', subject('Document', doc))) throw forbidden('Only the roadmap lead may delete documents');
    await this.ds.transaction(async (em) => {
      await em.query(`UPDATE document SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL`, [doc.id]);
      await recordAudit(em, actor, 'document.delete', 'Document', doc.id, { roadmapId: doc.roadmapId, title: doc.title });
    });
    await this.collab.documentDeleted(doc.id);
    return true;
  }

  async saveVersion(actor: Actor, ability: AppAbility, documentId: string, name: string): Promise<DocumentVersionModel> {
    const doc = await this.readable(ability, documentId);
    if (!ability.can('update', subject('Document', doc))) throw forbidden('Only co-editors of the roadmap may save versions');
    return this.insertVersion(actor, doc, cleanName(name, 'name'), await this.currentState(doc.id));
  }

  /**
   * Makes the document's content that of a version, as one edit through the collaboration socket
   * (stored, then broadcast to every open editor). The content before it is saved as a version first.
   */
  async restoreVersion(actor: Actor, ability: AppAbility, versionId: string): Promise<DocumentModel> {
    const { version, document: doc } = await this.readableVersion(ability, versionId);
    if (!ability.can('update', subject('Document', doc))) throw forbidden('Only co-editors of the roadmap may restore versions');
    const before = await this.currentState(doc.id);
    await this.insertVersion(actor, doc, `Voor herstel van "${version.name}"`.slice(0, 200), before);
    const live = await this.collab.currentState(doc.id);
    const context = { token: '', userId: actor.userId, organisationId: actor.organisationId, documentId: doc.id, roadmapId: doc.roadmapId };
    await this.collab.submitUpdate(doc.id, restoreUpdate(live, version.state), context).catch((error: unknown) => {
      // e.g. the restored content would pass the document size cap.
      if (error instanceof CollabRefusal) throw new DomainError('CONFLICT', error.reason, 'versionId');
      throw error;
    });
    await this.ds.transaction((em) => recordAudit(em, actor, 'document.version.restore', 'Document', doc.id, { versionId: version.id, name: version.name }));
    return this.document(ability, doc.id);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private async insertVersion(actor: Actor, doc: DocumentRow, name: string, state: Uint8Array): Promise<DocumentVersionModel> {
    return this.ds.transaction(async (em) => {
      const [version] = await queryNamed<VersionRow>(
        em,
        `INSERT INTO document_version AS v (document_id, name, state, created_by) VALUES (:documentId, :name, :state, :userId) RETURNING ${VERSION_COLUMNS}`,
        { documentId: doc.id, name, state: Buffer.from(state), userId: actor.userId },
      );
      await recordAudit(em, actor, 'document.version.save', 'Document', doc.id, { versionId: version.id, name });
      return version;
    });
  }

  /** The stored content (compacted state and log), which every process agrees on. */
  private async currentState(documentId: string): Promise<Uint8Array> {
    const state = await storedDocumentState(this.ds, documentId);
    if (!state) throw new DomainError('NOT_FOUND', 'document not found', 'id');
    return state;
  }

  private async readable(ability: AppAbility, id: string, field = 'id'): Promise<DocumentRow> {
    const f = accessibleWhere(ability, 'read', 'Document', 'd');
    const [row] = await queryNamed<DocumentRow>(
      this.ds,
      `SELECT ${DOCUMENT_COLUMNS} FROM document d WHERE (${f.sql}) AND d.id = CAST(:id AS uuid) AND d.deleted_at IS NULL`,
      { ...f.params, id: isUuid(id) ? id : null },
    );
    if (!row) throw new DomainError('NOT_FOUND', 'document not found', field);
    return row;
  }

  private async readableVersion(
    ability: AppAbility,
    versionId: string,
    field = 'versionId',
  ): Promise<{ version: { id: string; name: string; state: Buffer }; document: DocumentRow }> {
    const [version] = (await this.ds.query(`SELECT id, document_id AS "documentId", name, state FROM document_version WHERE id = $1`, [
      isUuid(versionId) ? versionId : null,
    ])) as { id: string; documentId: string; name: string; state: Buffer }[];
    if (!version) throw new DomainError('NOT_FOUND', 'version not found', field);
    // A version of a document the viewer may not read does not exist for them either.
    const document = await this.readable(ability, version.documentId, field).catch(() => {
      throw new DomainError('NOT_FOUND', 'version not found', field);
    });
    return { version, document };
  }

  private async readableRoadmap(ability: AppAbility, roadmapId: string): Promise<{ id: string }> {
    const f = accessibleWhere(ability, 'read', 'Roadmap', 'r');
    const [row] = await queryNamed<{ id: string }>(this.ds, `SELECT r.id FROM roadmap r WHERE (${f.sql}) AND r.id = CAST(:id AS uuid)`, {
      ...f.params,
      id: isUuid(roadmapId) ? roadmapId : null,
    });
    if (!row) throw new DomainError('NOT_FOUND', 'roadmap not found', 'roadmapId');
    return row;
  }

  /** Documents as the viewer sees them, with their last edit (one statement for all of them). */
  private async models(ability: AppAbility, rows: DocumentRow[]): Promise<DocumentModel[]> {
    const edits = await lastEdits(this.ds, rows.map((r) => r.id));
    return rows.map((row) => ({
      ...row,
      canEdit: ability.can('update', subject('Document', { id: row.id, roadmapId: row.roadmapId })),
      lastEditedAt: edits.get(row.id)?.at ?? null,
      lastEditedBy: edits.get(row.id)?.by ?? null,
    }));
  }
}

function cleanName(value: string, field: string): string {
  const clean = value.trim().replace(/\s+/g, ' ');
  if (!clean) throw badInput(field, 'Enter a name');
  if (clean.length > 200) throw badInput(field, 'Use at most 200 characters');
  return clean;
}

/**
 * The newest edit of each document: the newest row of its update log that names an actor (written in
 * the same INSERT as the edit), or else what compaction carried into the document row when it folded
 * the log. Typed edits and restored versions both count; renames do not (they change no content).
 */
async function lastEdits(ds: DataSource, ids: string[]): Promise<Map<string, { at: Date; by: DocumentEditorModel | null }>> {
  if (!ids.length) return new Map();
  const rows = (await ds.query(
    `SELECT d.id, e.at, u.name AS "userName", o.name AS "organisationName"
     FROM document d
     CROSS JOIN LATERAL (
       (SELECT l.created_at AS at, l.actor_user_id AS user_id, 0 AS prio FROM document_update l
        WHERE l.document_id = d.id AND l.actor_user_id IS NOT NULL ORDER BY l.seq DESC LIMIT 1)
       UNION ALL
       (SELECT d.last_edited_at, d.last_edited_by, 1 WHERE d.last_edited_at IS NOT NULL)
       ORDER BY prio LIMIT 1
     ) e
     LEFT JOIN app_user u ON u.id = e.user_id
     LEFT JOIN organisation o ON o.id = u.organisation_id
     WHERE d.id = ANY($1::uuid[])`,
    [ids],
  )) as { id: string; at: Date; userName: string | null; organisationName: string | null }[];
  return new Map(rows.map((r) => [r.id, { at: r.at, by: r.userName === null ? null : { name: r.userName, organisationName: r.organisationName ?? '' } }]));
}
