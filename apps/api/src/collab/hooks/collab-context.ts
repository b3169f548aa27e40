/** What the collaboration hooks keep about each socket (and each update the server makes itself). */
export interface CollabContext {
  /** The session token the socket was opened with, re-checked while it stays open. Empty for server-made updates. */
  token: string;
  userId: string;
  organisationId: string;
  documentId: string;
  roadmapId: string;
}
