import type { Actor as AccessActor } from '@routekaart/access';

/** Who is making a request: what the permission rules need, plus the session it came with. */
export interface Actor extends AccessActor {
  email: string;
  sessionId: string;
}
