/**
 * The platform's words for who is who and who sees what: organisation kinds, user roles, roadmap
 * participant roles and visibilities. They are defined once, in libs/access (`@routekaart/access`,
 * the rules the API enforces); this module hands out their lists, for the places that offer every
 * value (a role picker, a visibility choice). The types the components use come from the schema
 * (./types); the checks below fail the typecheck when the schema and libs/access differ, and label
 * tables typed `Record<TheType, …>` fail it when a value is added without a label.
 */
import type * as access from '@routekaart/access';
import type { OrganisationKind, ParticipantRole, UserRole, Visibility } from './types';

export { ORGANISATION_KINDS, PARTICIPANT_ROLES, USER_ROLES, VISIBILITIES } from '@routekaart/access';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;

/** Each schema enum has exactly the values of its list in libs/access. */
export type VocabularyMatchesSchema = [
	Holds<Same<OrganisationKind, access.OrganisationKind>>,
	Holds<Same<UserRole, access.UserRole>>,
	Holds<Same<ParticipantRole, access.ParticipantRole>>,
	Holds<Same<Visibility, access.Visibility>>,
];
