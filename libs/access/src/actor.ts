export const ORGANISATION_KINDS = ['GOVERNMENT', 'INDUSTRY', 'KNOWLEDGE_INSTITUTE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const USER_ROLES = ['ADMIN', 'EDITOR', 'VIEWER'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PARTICIPANT_ROLES = ['LEAD', 'MEMBER', 'OBSERVER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export interface Participation {
  roadmapId: string;
  /** The role of the actor's organisation in that roadmap. */
  role: ParticipantRole;
}

/**
 * Who is acting, as the permission rules see it: the user, their organisation (and its kind),
 * their role in that organisation, and the roadmaps their organisation participates in.
 * Rebuilt per request / socket connection; when participations change, rebuild the ability.
 */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  role: UserRole;
  participations: readonly Participation[];
  /**
   * Operates the platform (organisations, users, product groups, audit). Grants no access to
   * confidential chain data and no way to join roadmaps: see the `operator` column of the matrix.
   */
  platformOperator?: boolean;
  /**
   * The actor's organisation is a trade association (e.g. Metaalunie, issue 19): it keeps supplier
   * profiles for member companies without their own platform account. A capability of the
   * organisation, read from `organisation.trade_association`; it grants only the "kept for members"
   * rows of the matrix, and only to industry organisations.
   */
  tradeAssociation?: boolean;
}
