/** What the collaboration hooks keep about each socket (and each update the server makes itself). */
export interface CollabContext {
  /** The session token the socket was opened with, re-checked while it stays open. Empty for server-made updates. */
  token: string;
  /** The session behind `token` (a logout names it); absent for server-made updates. */
  sessionId?: string;
  userId: string;
  organisationId: string;
  documentId: string;
  roadmapId: string;
}
