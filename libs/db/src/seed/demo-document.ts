import * as Y from 'yjs';

export const DEMO_DOCUMENT_TITLE = 'Routekaart Militaire schepen — concept';

/**
 * The demo roadmap's first document as a Yjs state: rich text in the `default` XML fragment, the
 * field Tiptap's Collaboration extension uses (headings and paragraphs as y-prosemirror stores them).
 */
export function demoDocumentState(): Buffer {
  const doc = new Y.Doc();
  const blocks: [string, string, number?][] = [
    ['heading', DEMO_DOCUMENT_TITLE, 1],
    ['heading', 'Aanleiding', 2],
    ['paragraph', 'Militaire schepen zijn afhankelijk van kritieke grondstoffen zoals neodymium en dysprosium in permanente magneten, en van enkele leveranciers buiten Europa.'],
    ['heading', 'Doel', 2],
    ['paragraph', 'In kaart brengen welke afhankelijkheden risicovol zijn en welke interventies de keten weerbaarder maken.'],
    ['heading', 'Open punten', 2],
    ['paragraph', 'Ketendata van tier-2 leveranciers aanvullen; voorraadvorming voor magneten verkennen.'],
  ];
  doc.getXmlFragment('default').insert(
    0,
    blocks.map(([name, text, level]) => {
      const element = new Y.XmlElement(name);
      if (level) element.setAttribute('level', level as unknown as string);
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    }),
  );
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return state;
}
