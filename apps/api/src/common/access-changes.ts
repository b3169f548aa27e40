import { Global, Injectable, Logger, Module } from '@nestjs/common';

/**
 * A committed change to who may do what, for whoever holds long-lived access (the collaboration
 * sockets): an organisation's participation in a roadmap was added, changed or removed; a user's
 * role changed or the user was disabled; a session ended.
 */
export type AccessChange =
  | { kind: 'participant'; roadmapId: string; organisationId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'session'; sessionId: string };

/** Applies a change; resolves once it is in force for what the listener guards. Should not throw. */
export type AccessChangeListener = (change: AccessChange) => Promise<void> | void;

/**
 * The in-process bus for permission changes. Services publish AFTER their transaction commits and
 * await it, so when a mutation returns, every listener has applied the change (OWASP ASVS 8.3.2:
 * revocation takes effect at once, not at the next poll). Services depend on this, listeners
 * subscribe to it; neither knows the other.
 */
@Injectable()
export class AccessChanges {
  private readonly logger = new Logger('AccessChanges');
  private readonly listeners = new Set<AccessChangeListener>();

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: AccessChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs every listener and resolves when all have finished. The change is committed already: a failing listener is logged, not thrown. */
  async publish(change: AccessChange): Promise<void> {
    const results = await Promise.allSettled([...this.listeners].map(async (listener) => listener(change)));
    for (const result of results) {
      if (result.status === 'rejected') {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        this.logger.error(`applying a permission change (${JSON.stringify(change)}) failed: ${reason}`);
      }
    }
  }
}

/** Provides the one `AccessChanges` to every module (global, so services need not import the modules that listen). */
@Global()
@Module({ providers: [AccessChanges], exports: [AccessChanges] })
export class AccessChangesModule {}

/** Whether a value (e.g. received from another process) is a well-formed `AccessChange`. */
export function isAccessChange(value: unknown): value is AccessChange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'participant':
      return typeof v.roadmapId === 'string' && typeof v.organisationId === 'string';
    case 'user':
      return typeof v.userId === 'string';
    case 'session':
      return typeof v.sessionId === 'string';
    default:
      return false;
  }
}
