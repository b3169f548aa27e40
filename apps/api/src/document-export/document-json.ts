import * as Y from 'yjs';
import { DOCUMENT_FRAGMENT, type DocJsonNode } from '@routekaart/domain';
import { docFromState } from '../documents/document-content';

/**
 * The editor's fragment of a stored document state as plain JSON (elements with their attributes,
 * text runs with their formatting), for the pure block model in `@routekaart/domain`.
 */
export function documentJson(state: Uint8Array): DocJsonNode[] {
  const doc = docFromState(state);
  try {
    return doc.getXmlFragment(DOCUMENT_FRAGMENT).toArray().flatMap(nodeJson);
  } finally {
    doc.destroy();
  }
}

function nodeJson(node: Y.XmlElement | Y.XmlText | Y.XmlHook): DocJsonNode[] {
  if (node instanceof Y.XmlText) {
    // y-prosemirror keeps marks as formatting attributes of the text: name -> mark attributes.
    return (node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[])
      .filter((op): op is { insert: string; attributes?: Record<string, unknown> } => typeof op.insert === 'string')
      .map((op) => ({ text: op.insert, marks: op.attributes ?? {} }));
  }
  if (node instanceof Y.XmlElement) {
    return [{ type: node.nodeName, attrs: node.getAttributes() as Record<string, unknown>, content: node.toArray().flatMap(nodeJson) }];
  }
  return [];
}
