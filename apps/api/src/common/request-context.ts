import type { Request, Response } from 'express';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from './actor';
import type { Loaders } from './loaders';

/** What every resolver gets: the request, its actor and ability (null when anonymous), per-request loaders. */
export interface RequestContext {
  /** Absent on subscriptions (WebSocket). */
  req: Request;
  res: Response;
  /** The session token the request came with, so long-lived subscriptions can re-check it. */
  token: string | null;
  actor: Actor | null;
  ability: AppAbility | null;
  loaders: Loaders;
}
