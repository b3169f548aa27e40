import { defineAbilityFor, type AppAbility } from '@routekaart/access';
import { NO_ID } from '../chain/chain.queries';

/**
 * What EVERY participant of a roadmap may see: the ability of a roadmap observer of no
 * organisation (an industry viewer that owns nothing and is shared nothing). A risk's evidence and
 * its live score are computed with it, so the register is the same for all its readers and tells
 * none of them anything another participant's data would add (PERMISSIONS.md, "inference").
 */
export function commonViewAbility(roadmapId: string): AppAbility {
  return defineAbilityFor({
    userId: NO_ID,
    organisationId: NO_ID,
    organisationKind: 'INDUSTRY',
    role: 'VIEWER',
    participations: [{ roadmapId, role: 'OBSERVER' }],
  });
}
