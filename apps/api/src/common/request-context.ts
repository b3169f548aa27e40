import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';
import type { Loaders } from './loaders';

/** What every resolver gets: the request, its actor (null when anonymous) and per-request loaders. */
export interface RequestContext {
  req: Request;
  res: Response;
  actor: Actor | null;
  loaders: Loaders;
}
