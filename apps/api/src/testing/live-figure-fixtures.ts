import type { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, LIVE_FIGURE_NODE, liveFigureAttributes, type LiveFigureRef } from '@routekaart/domain';
import { storedDocumentState } from '../collab/hooks/postgres-store.hook';

/** A client id that depends only on the content (FNV-1a): equal documents get the same edit, byte for byte. */
function clientIdOf(state: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of state) hash = Math.imul(hash ^ byte, 0x01000193);
  return (hash >>> 1) + 1;
}

/**
 * Appends live figure blocks to a stored document, as one row of its update log (what an editor's
 * edit becomes), so exports and new editors see them. Written straight into the database: the same
 * content lands in each world of the noninterference harness.
 */
export async function appendLiveFigures(ds: DataSource, documentId: string, figures: readonly LiveFigureRef[]): Promise<void> {
  const state = await storedDocumentState(ds, documentId);
  if (!state) throw new Error(`no document ${documentId}`);
  const doc = new Y.Doc();
  // Not a random client id: the same edit gives the same bytes in every world (sockets compare them),
  // and not a fixed one (Yjs picks a new random id when it meets its own id in what it loads).
  doc.clientID = clientIdOf(state);
  try {
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT);
    fragment.insert(
      fragment.length,
      figures.map((ref) => {
        const element = new Y.XmlElement(LIVE_FIGURE_NODE);
        for (const [key, value] of Object.entries(liveFigureAttributes(ref))) if (value !== null) element.setAttribute(key, value as string);
        return element;
      }),
    );
    await ds.query(`INSERT INTO document_update (document_id, payload) VALUES ($1, $2)`, [documentId, Buffer.from(Y.encodeStateAsUpdate(doc, before))]);
  } finally {
    doc.destroy();
  }
}
