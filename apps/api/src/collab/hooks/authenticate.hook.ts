import type { IncomingMessage } from 'node:http';
import { subject } from '@casl/ability';
import type { DataSource } from 'typeorm';
import { defineAbilityFor } from '@routekaart/access';
import type { Actor } from '../../common/actor';
import { parseCookies, SESSION_COOKIE } from '../../auth/session-token';
import type { AccessChange } from '../../common/access-changes';
import { isAllowedOrigin } from '../../common/origin';
import type { AppConfig } from '../../config/config';
import type { CollabLogger } from '../core/collab-server';
import { CollabRefusal, type AuthenticateArgs, type Authenticated, type CollabExtension, type CollabServerApi, type ConnectionHandle } from '../core/hooks';
import { CLOSE } from '../core/protocol';
import type { CollabContext } from './collab-context';
import { isUuid } from '../../common/ids';

/** Sessions checked at once during a permission re-check. */
const RECHECK_CONCURRENCY = 8;
/** How often an upgrade is checked again when permissions changed while it was being checked. */
const MAX_AUTHENTICATE_ATTEMPTS = 3;

export interface AuthenticationOptions {
  /** How often open sockets are re-checked against their session and the current permissions. */
  recheckMs: number;
}

interface DocumentRow {
  id: string;
  roadmapId: string;
}

/**
 * The `authenticate` stage, and the permission re-check of open sockets.
 *
 * At the upgrade: the Origin must be ours (the request's host, PUBLIC_URL, ALLOWED_ORIGINS); a
 * request without Origin (not a browser) must bring a token (`Authorization: Bearer` or `?token=`),
 * not just the cookie. The session gives the actor, `libs/access` the ability on the document:
 * without `read` the socket is refused as if the document did not exist (4404, like NOT_FOUND over
 * GraphQL), without `update` it opens read-only.
 *
 * While open: a permission change (`applyAccessChange`, pushed by the services after they commit,
 * through Redis from other processes) re-checks the sockets it concerns at once; every `recheckMs`
 * all sockets are re-checked as a safety net. Each distinct session is looked up again and each
 * socket's document ability rebuilt. An ended session closes with 4401, withdrawn read access with
 * 4403, a deleted document with 4404 (the y-websocket client does not reconnect on 44xx); losing or
 * regaining `update` switches the socket to and from read-only.
 */
export class AuthenticationHook implements CollabExtension<CollabContext> {
  readonly name = 'authenticate';
  private server: CollabServerApi<CollabContext> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private rechecking: Promise<void> | null = null;
  /** Counts permission changes, so an upgrade checked while one came in is checked again. */
  private changes = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly actorForToken: (token: string) => Promise<Actor | null>,
    private readonly config: Pick<AppConfig, 'publicUrl' | 'allowedOrigins'>,
    private readonly logger: CollabLogger,
    private readonly options: AuthenticationOptions,
  ) {}

  attach(server: CollabServerApi<CollabContext>): void {
    this.server = server;
    this.timer = setInterval(() => void this.recheck(), this.options.recheckMs);
    this.timer.unref();
  }

  async authenticate(args: AuthenticateArgs): Promise<Authenticated<CollabContext>> {
    // A change committed while this upgrade read the old permissions found no socket to re-check yet.
    for (let attempt = 1; ; attempt++) {
      const changes = this.changes;
      const result = await this.check(args);
      if (changes === this.changes || attempt === MAX_AUTHENTICATE_ATTEMPTS) return result;
    }
  }

  private async check({ request, documentName }: AuthenticateArgs): Promise<Authenticated<CollabContext>> {
    const { token, fromCookie } = credentialsOf(request);
    if (request.headers.origin) {
      if (!isAllowedOrigin(request, this.config)) throw new CollabRefusal(CLOSE.forbidden, 'origin not allowed', 403);
    } else if (fromCookie) {
      // Browsers always send an Origin on WebSockets; a bare cookie without one is not a browser we know.
      throw new CollabRefusal(CLOSE.forbidden, 'a session cookie needs an Origin header; scripts send a token', 403);
    }
    if (!token) throw new CollabRefusal(CLOSE.unauthenticated, 'log in first');
    if (!isUuid(documentName)) throw new CollabRefusal(CLOSE.notFound, 'document not found');
    const actor = await this.actorForToken(token);
    if (!actor) throw new CollabRefusal(CLOSE.unauthenticated, 'your session has ended; log in again');
    const [doc] = await this.documents([documentName]);
    const ability = defineAbilityFor(actor);
    if (!doc || !ability.can('read', subject('Document', doc))) throw new CollabRefusal(CLOSE.notFound, 'document not found');
    return {
      context: { token, sessionId: actor.sessionId, userId: actor.userId, organisationId: actor.organisationId, documentId: doc.id, roadmapId: doc.roadmapId },
      readOnly: !ability.can('update', subject('Document', doc)),
    };
  }

  /** Re-checks every open socket now (also run every `recheckMs`). Database errors skip the round. */
  recheck(): Promise<void> {
    return (this.rechecking ??= this.runRecheck().finally(() => (this.rechecking = null)));
  }

  /**
   * Applies a committed permission change to the sockets of this process it concerns; resolves
   * once each of them is closed, downgraded or confirmed, so the next update such a socket sends is
   * judged by the new permissions. When the re-check cannot be done (database error) those sockets
   * are closed with 1011: they reconnect and are authenticated afresh.
   */
  async applyAccessChange(change: AccessChange): Promise<void> {
    this.changes++;
    const conns = [...(this.server?.connections() ?? [])].filter((conn) => concerns(change, conn.context));
    if (!conns.length) return;
    try {
      await this.recheckConnections(conns);
    } catch (error) {
      this.logger.warn({ err: error, change }, 'could not re-check collaboration sockets after a permission change; closing them');
      for (const conn of conns) conn.close(CLOSE.serverError, 'your permissions changed; reconnecting');
    }
  }

  private async runRecheck(): Promise<void> {
    const conns = [...(this.server?.connections() ?? [])];
    if (!conns.length) return;
    try {
      await this.recheckConnections(conns);
    } catch (error) {
      this.logger.warn({ err: error }, 'permission re-check of collaboration sockets failed; trying again later');
    }
  }

  private async recheckConnections(conns: ConnectionHandle<CollabContext>[]): Promise<void> {
    const docs = new Map((await this.documents([...new Set(conns.map((c) => c.context.documentId))])).map((d) => [d.id, d]));
    const bySession = new Map<string, ConnectionHandle<CollabContext>[]>();
    for (const conn of conns) bySession.set(conn.context.token, [...(bySession.get(conn.context.token) ?? []), conn]);
    const sessions = [...bySession.entries()];
    for (let i = 0; i < sessions.length; i += RECHECK_CONCURRENCY) {
      await Promise.all(sessions.slice(i, i + RECHECK_CONCURRENCY).map(([token, list]) => this.recheckSession(token, list, docs)));
    }
  }

  private async recheckSession(token: string, conns: ConnectionHandle<CollabContext>[], docs: Map<string, DocumentRow>): Promise<void> {
    const actor = await this.actorForToken(token);
    if (!actor) {
      for (const conn of conns) conn.close(CLOSE.unauthenticated, 'your session has ended; log in again');
      return;
    }
    const ability = defineAbilityFor(actor);
    for (const conn of conns) {
      const doc = docs.get(conn.context.documentId);
      if (!doc) conn.close(CLOSE.notFound, 'the document was deleted');
      else if (!ability.can('read', subject('Document', doc))) conn.close(CLOSE.forbidden, 'your access to this document was withdrawn');
      else {
        const readOnly = !ability.can('update', subject('Document', doc));
        if (readOnly !== conn.readOnly) {
          this.logger.info({ documentId: doc.id, userId: actor.userId, readOnly }, 'collaboration socket permission changed');
          conn.readOnly = readOnly;
        }
      }
    }
  }

  private documents(ids: string[]): Promise<DocumentRow[]> {
    return this.ds.query(`SELECT id, roadmap_id AS "roadmapId" FROM document WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [
      ids.filter(isUuid),
    ]);
  }

  async destroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.rechecking;
  }
}

/** Whether a permission change can concern a socket opened with `context`. */
function concerns(change: AccessChange, context: CollabContext): boolean {
  switch (change.kind) {
    case 'participant':
      return context.roadmapId === change.roadmapId && context.organisationId === change.organisationId;
    case 'user':
      return context.userId === change.userId;
    case 'session':
      return context.sessionId === change.sessionId;
  }
}

/**
 * The session token of an upgrade: `Authorization: Bearer`, else `?token=` (browsers cannot set
 * headers on a WebSocket, and the y-websocket client passes `params` in the query), else the cookie.
 */
export function credentialsOf(request: IncomingMessage): { token: string | null; fromCookie: boolean } {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return { token: match ? match[1] : null, fromCookie: false };
  }
  const query = new URL(request.url ?? '/', 'http://localhost').searchParams.get('token');
  if (query) return { token: query, fromCookie: false };
  const cookie = parseCookies(request.headers.cookie)[SESSION_COOKIE];
  return { token: cookie || null, fromCookie: !!cookie };
}
