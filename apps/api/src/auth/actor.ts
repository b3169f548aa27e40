import type { OrganisationKind, UserRole } from '@routekaart/db';

/** Who is making a request, as the permission rules see it; rebuilt on every request. */
export interface Actor {
  userId: string;
  email: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: UserRole;
  participations: { roadmapId: string; role: 'LEAD' | 'MEMBER' | 'OBSERVER' }[];
  sessionId: string;
}
