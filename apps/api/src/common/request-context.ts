import type { Request, Response } from 'express';
import type { AppAbility } from '@routekaart/access';
import type { Actor } from './actor';

/**
 * What every resolver gets: the request, its actor and ability (null when anonymous), and the
 * per-request batch loaders. `L` is the loaders a resolver uses (e.g. `ChainLoaders &
 * OrganisationLoaders`); graphql/request-loaders.ts composes the full set.
 */
export interface RequestContext<L = unknown> {
  /** Absent on subscriptions (WebSocket). */
  req: Request;
  res: Response;
  /** The session token the request came with, so long-lived subscriptions can re-check it. */
  token: string | null;
  actor: Actor | null;
  ability: AppAbility | null;
  loaders: L;
}
