import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARK, DOCUMENT_FRAGMENT, LIVE_FIGURE_NODE } from '@routekaart/domain';
import { openEditor, waitFor, within, type TestEditor } from '../testing/collab-client';
import { exportedFileText } from '../testing/exported-file';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { storedDocumentState } from '../collab/hooks/postgres-store.hook';
import { documentLines } from '../documents/document-content';
import { CollabService } from '../collab/collab.service';

const DEMO_DOCUMENT_TITLE = 'Routekaart Militaire schepen — concept';

interface ExportResult {
  filename: string;
  contentType: string;
  contentBase64: string;
}

const EXPORT = `mutation($id: ID!, $format: DocumentExportFormat!, $locale: String) {
  exportDocument(documentId: $id, format: $format, locale: $locale) { filename contentType contentBase64 } }`;

type Child = Y.XmlElement | Y.XmlText;

function el(name: string, children: Child[] = [], attrs: Record<string, string | number> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value as unknown as string);
  if (children.length) element.insert(0, children);
  return element;
}

/** A text run; `marks` as y-prosemirror stores them (mark name -> attributes). */
function text(...runs: [string, Record<string, unknown>?][]): Y.XmlText {
  const t = new Y.XmlText();
  let at = 0;
  for (const [s, marks] of runs) {
    t.insert(at, s, marks ?? {});
    at += s.length;
  }
  return t;
}

const p = (...runs: [string, Record<string, unknown>?][]) => el('paragraph', [text(...runs)]);
const cell = (name: 'tableCell' | 'tableHeader', s: string) => el(name, [p([s])]);

describe('exporting roadmap documents', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let productGroupId: string;
  let demoId: string;
  let lead: string;
  let magneet: string;
  let viewer: string;
  let stranger: string;
  const editors: TestEditor[] = [];

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function exportAs<T = ExportResult>(token: string, id: string, format: string, locale?: string) {
    return t.gql<{ exportDocument: T }>(EXPORT, { id, format, locale }, token);
  }

  /** An export as the user gets it, and the text a reader of the file sees (the DOCX unzipped, the PDF through pdftotext). */
  async function exported(token: string, id: string, format: 'DOCX' | 'PDF' | 'MARKDOWN', locale?: string): Promise<{ file: ExportResult; text: string }> {
    const res = await exportAs(token, id, format, locale);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const file = res.data!.exportDocument;
    return { file, text: exportedFileText(file.contentType, file.contentBase64) };
  }

  /** Writes blocks at the end of a document through the collaboration socket, as an editor would. */
  async function write(id: string, token: string, blocks: () => Child[], marker: string): Promise<void> {
    const editor = openEditor(t.baseUrl, id, { token });
    editors.push(editor);
    await within(editor.synced, 'first sync');
    const fragment = editor.doc.getXmlFragment(DOCUMENT_FRAGMENT);
    fragment.insert(fragment.length, blocks());
    await waitFor(async () => documentLines((await storedDocumentState(t.platform.dataSource, id))!).some((l) => l.includes(marker)), 'the edit stored');
  }

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId, productGroupId }] = await q(`SELECT id, product_group_id AS "productGroupId" FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'`);
    [{ id: demoId }] = await q(`SELECT id FROM document WHERE roadmap_id = $1 AND title = $2`, [roadmapId, DEMO_DOCUMENT_TITLE]);
    [lead, magneet] = await Promise.all([t.login('beleid@ez.example'), t.login('verkoop@magneet.example')]);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT 'lezer@ez.example', 'Lezer', 'VIEWER', organisation_id, password_hash FROM app_user WHERE email = 'beleid@ez.example'`,
    );
    viewer = await t.login('lezer@ez.example');
    // An industry editor (who may export) whose organisation takes no part in the roadmap.
    const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ('Buitenstaander B.V.', 'INDUSTRY') RETURNING id`);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT 'vreemde@export.example', 'Vreemde', 'EDITOR', $1, password_hash FROM app_user WHERE email = 'beleid@ez.example'`,
      [org.id],
    );
    stranger = await t.login('vreemde@export.example');

    await write(
      demoId,
      lead,
      () => [
        el('heading', [text(['Exportproef'])], { level: 2 }),
        el('bulletList', [el('listItem', [p(['Eerste punt'])]), el('listItem', [p(['Tweede punt'])])]),
        el('table', [
          el('tableRow', [cell('tableHeader', 'Maatregel'), cell('tableHeader', 'Trekker')]),
          el('tableRow', [cell('tableCell', 'Voorraadvorming'), cell('tableCell', 'Defensie')]),
        ]),
        p(['Zichtbare tekst met '], ['besproken passage', { [COMMENT_MARK]: { threadId: '00000000-0000-4000-8000-000000000001' } }], [' erin.']),
        el(LIVE_FIGURE_NODE, [], { figure: 'dependencies', productGroupId, limit: 50 }),
      ],
      'Exportproef',
    );
  });
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });
  afterAll(async () => t?.close());

  /**
   * Names the magnet maker may not see: items it may not read and the suppliers of supply links it
   * may not read, from the design written as plain SQL (not the production rule).
   */
  async function namesHiddenFromMagnetMaker(): Promise<string[]> {
    const rows: { name: string }[] = await q(
      `WITH me AS (SELECT u.organisation_id AS org FROM app_user u WHERE u.email = 'verkoop@magneet.example'),
       participates AS (SELECT DISTINCT r.product_group_id FROM roadmap r JOIN participant p ON p.roadmap_id = r.id, me WHERE p.organisation_id = me.org),
       readable_item AS (
         SELECT i.id FROM item i, me
         WHERE i.owner_org_id = me.org OR me.org = ANY(i.shared_with)
            OR (i.product_group_id IN (SELECT product_group_id FROM participates) AND i.visibility = 'ROADMAP'))
       SELECT i.name FROM item i WHERE i.id NOT IN (SELECT id FROM readable_item)
       UNION
       SELECT sl.supplier_name FROM supply_link sl JOIN item i ON i.id = sl.item_id, me
       WHERE sl.supplier_name IS NOT NULL AND NOT (
         (sl.contributed_by_org_id = me.org OR me.org = ANY(sl.shared_with)
          OR (i.product_group_id IN (SELECT product_group_id FROM participates) AND sl.visibility = 'ROADMAP'))
         AND sl.item_id IN (SELECT id FROM readable_item))`,
    );
    return rows.map((r) => r.name);
  }

  it('exports DOCX with the headings, lists, tables and figures, without the comment, and audits it', async () => {
    const { file, text } = await exported(lead, demoId, 'DOCX');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.filename).toMatch(/^routekaart-militaire-schepen-concept-\d{4}-\d{2}-\d{2}\.docx$/);
    for (const s of ['Routekaart Militaire schepen — concept', 'Exportproef', 'Eerste punt', 'Tweede punt', 'Maatregel', 'Voorraadvorming', 'Zichtbare tekst met besproken passage erin.']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Afhankelijkheden: Militaire schepen/);
    expect(text).toMatch(/Cijfers per \d{1,2} [a-z]+ \d{4} \d{2}:\d{2}/);
    expect(text).not.toContain('threadId');
    const [audit] = await q(`SELECT action, changes FROM audit_event WHERE subject_type = 'Document' AND subject_id = $1 AND action = 'export' ORDER BY at DESC`, [demoId]);
    expect(audit).toMatchObject({ action: 'export', changes: { format: 'docx', locale: 'nl', figures: 1, roadmapId } });
  });

  it('exports a PDF rendered on the server whose text holds the typed text and the figures', async () => {
    const { file, text } = await exported(lead, demoId, 'PDF', 'en');
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    for (const s of ['Exportproef', 'Eerste punt', 'Maatregel', 'Voorraadvorming', 'Zichtbare tekst met besproken passage erin.', 'Dependencies: Militaire schepen']) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Figures as of \d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2}/);
  });

  it('renders the live dependency block with each exporter’s permissions, never naming an item the magnet maker may not see', async () => {
    const hidden = await namesHiddenFromMagnetMaker();
    expect(hidden.length).toBeGreaterThan(0);
    const government = (await exported(lead, demoId, 'MARKDOWN')).text;
    const magnetMaker = (await exported(magneet, demoId, 'MARKDOWN')).text;
    const figureRows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Maatregel') && !l.startsWith('| Voorraadvorming'));
    expect(figureRows(government).length).toBeGreaterThan(2);
    expect(figureRows(magnetMaker).length).toBeGreaterThan(2);
    expect(figureRows(magnetMaker)).not.toEqual(figureRows(government));
    for (const format of ['MARKDOWN', 'PDF', 'DOCX'] as const) {
      const { text } = await exported(magneet, demoId, format);
      for (const name of hidden) expect(text, `${format} names ${name}`).not.toContain(name);
    }
  });

  it('exports a small document as exactly this Markdown, and a figure that does not exist as "not visible"', async () => {
    const created = await t.gql<{ createDocument: { id: string } }>('mutation($r: ID!) { createDocument(roadmapId: $r, title: "Klein") { id } }', { r: roadmapId }, lead);
    const id = created.data!.createDocument.id;
    await write(
      id,
      lead,
      () => [
        el('heading', [text(['Klein'])], { level: 1 }),
        p(['Een '], ['vet', { bold: {} }], [' woord en een '], ['link', { link: { href: 'https://example.org' } }], ['.']),
        el('orderedList', [el('listItem', [p(['een'])]), el('listItem', [p(['twee'])])], { start: 1 }),
        el('blockquote', [p(['citaat'])]),
        el('table', [el('tableRow', [cell('tableHeader', 'A'), cell('tableHeader', 'B')]), el('tableRow', [cell('tableCell', '1'), cell('tableCell', '2')])]),
        p(['Met '], ['commentaar', { [COMMENT_MARK]: { threadId: 'x' } }], ['.']),
        el(LIVE_FIGURE_NODE, [], { figure: 'material', materialId: '00000000-0000-4000-8000-00000000dead' }),
        el(LIVE_FIGURE_NODE, [], { figure: 'scenario', scenarioId: 'not-a-uuid' }),
      ],
      'commentaar',
    );
    const { file, text: markdown } = await exported(lead, id, 'MARKDOWN');
    expect(file).toMatchObject({ filename: expect.stringMatching(/^klein-\d{4}-\d{2}-\d{2}\.md$/), contentType: 'text/markdown; charset=utf-8' });
    expect(markdown.replace(/Cijfers per .*\*/, 'Cijfers per <tijd>*')).toBe(
      [
        '# Klein',
        '',
        'Een **vet** woord en een [link](<https://example.org>).',
        '',
        '1. een',
        '2. twee',
        '',
        '> citaat',
        '',
        '| A | B |',
        '| --- | --- |',
        '| 1 | 2 |',
        '',
        'Met commentaar.',
        '',
        '*Dit figuur is niet zichtbaar voor u.*',
        '',
        '*Dit figuur is niet zichtbaar voor u.*',
        '',
        '*Cijfers per <tijd>*',
        '',
      ].join('\n'),
    );
  });

  /** A new document of the demo roadmap holding `blocks`, written through the collaboration socket. */
  async function documentWith(title: string, blocks: () => Child[], marker: string): Promise<string> {
    const created = await t.gql<{ createDocument: { id: string } }>('mutation($r: ID!, $t: String!) { createDocument(roadmapId: $r, title: $t) { id } }', { r: roadmapId, t: title }, lead);
    const id = created.data!.createDocument.id;
    await write(id, lead, blocks, marker);
    return id;
  }

  it('names materials in the export’s language with their chemical symbol, and no catalogue key for a material that is no element', async () => {
    const [tungsten] = await q(`SELECT id FROM material WHERE symbol = 'W'`);
    const [graphite] = await q(`SELECT id FROM material WHERE symbol = 'GRAPHITE'`);
    const id = await documentWith(
      'Grondstoffen',
      () => [
        p(['Grondstoffen']),
        el(LIVE_FIGURE_NODE, [], { figure: 'material', materialId: tungsten.id }),
        el(LIVE_FIGURE_NODE, [], { figure: 'material', materialId: graphite.id }),
        el(LIVE_FIGURE_NODE, [], { figure: 'dependencies', productGroupId, dependencyKind: 'MATERIAL', limit: 50 }),
      ],
      'Grondstoffen',
    );
    const dutch = (await exported(lead, id, 'MARKDOWN')).text;
    expect(dutch).toContain('Grondstof: Wolfraam (W)');
    expect(dutch).toContain('Grondstof: Natuurlijk grafiet');
    expect(dutch).toMatch(/\| Dysprosium \(Dy\) \| grondstof \|/);
    const english = (await exported(lead, id, 'MARKDOWN', 'en')).text;
    expect(english).toContain('Material: Tungsten (W)');
    expect(english).toContain('Material: Natural graphite');
    for (const text of [dutch, english]) expect(text).not.toMatch(/\(GRAPHITE\)|\(BARYTE\)|\(FLUORSPAR\)/);
  });

  it('writes Polish, Czech, Greek, Cyrillic and Turkish text and symbols into the PDF as they were typed', async () => {
    const line = 'Łódź, Čeština, Ελληνικά, Кириллица, İstanbul, ≥ 5 €';
    const id = await documentWith(
      'Schriften',
      () => [el('heading', [text(['Ελληνικά en Кириллица'])], { level: 2 }), p([line]), p(['Vet: '], ['≤ 3 → Łódź', { bold: {} }], [' en cursief: '], ['Čeština', { italic: {} }])],
      'İstanbul',
    );
    const { text: pdf } = await exported(lead, id, 'PDF');
    for (const s of [line, 'Ελληνικά en Кириллица', 'Vet: ≤ 3 → Łódź en cursief: Čeština']) expect(pdf).toContain(s);
  });

  it('numbers each DOCX list on its own: a list counts on across its items and nested list, the next list starts again', async () => {
    const item = (...children: Child[]) => el('listItem', children);
    const id = await documentWith(
      'Lijsten',
      () => [
        el('orderedList', [item(p(['a1'])), item(p(['a2']), el('orderedList', [item(p(['n1'])), item(p(['n2']))], { start: 1 })), item(p(['a3']))], { start: 1 }),
        p(['tussen']),
        el('orderedList', [item(p(['b1'])), item(p(['b2']))], { start: 1 }),
        el('orderedList', [item(p(['c3'])), item(p(['c4']))], { start: 3 }),
      ],
      'c4',
    );
    const res = await exportAs(lead, id, 'DOCX');
    expect(res.errors).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'docx-lists-'));
    writeFileSync(join(dir, 'lists.docx'), Buffer.from(res.data!.exportDocument.contentBase64, 'base64'));
    const [document, numbering] = ['word/document.xml', 'word/numbering.xml'].map((name) => execFileSync('unzip', ['-p', join(dir, 'lists.docx'), name]).toString('utf8'));
    rmSync(dir, { recursive: true, force: true });
    // Each list paragraph's text -> the list (numId) and level (ilvl) Word numbers it in.
    const numbered = new Map(
      [...document!.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/>(?:(?!<\/w:p>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
        ([, level, numId, s]) => [s, { numId, level: Number(level) }],
      ),
    );
    const list = (...texts: string[]) => texts.map((s) => numbered.get(s));
    const [a1, a2, n1, n2, a3, b1, b2, c3, c4] = list('a1', 'a2', 'n1', 'n2', 'a3', 'b1', 'b2', 'c3', 'c4');
    expect([a2, a3]).toEqual([a1, a1]);
    expect(a1).toMatchObject({ level: 0 });
    expect(n2).toEqual(n1);
    expect(n1).toMatchObject({ level: 1 });
    expect(b2).toEqual(b1);
    expect(c4).toEqual(c3);
    expect(new Set([a1!.numId, n1!.numId, b1!.numId, c3!.numId]).size).toBe(4);
    expect(numbered.has('tussen')).toBe(false);
    // Each list starts at its own first number at its level.
    const startOf = (numId: string, level: number) =>
      numbering!.match(new RegExp(`<w:num w:numId="${numId}">(?:(?!</w:num>).)*?<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="(\\d+)"/>`))?.[1];
    expect([startOf(a1!.numId, 0), startOf(n1!.numId, 1), startOf(b1!.numId, 0), startOf(c3!.numId, 0)]).toEqual(['1', '1', '1', '3']);
  });

  it("exports the roadmap's agreements, risk register and intervention matrix as the exporter reads them, never an intervention's details", async () => {
    const created = await t.gql<{ createDocument: { id: string } }>('mutation($r: ID!) { createDocument(roadmapId: $r, title: "Afsprakenblok") { id } }', { r: roadmapId }, lead);
    const id = created.data!.createDocument.id;
    const [owner] = await q(`SELECT o.id, o.name FROM organisation o JOIN app_user u ON u.organisation_id = o.id WHERE u.email = 'verkoop@magneet.example'`);
    // Impact 4 at effort 1: a quick win. Its details are for the owning organisation only.
    await q(
      `INSERT INTO intervention (roadmap_id, title, type, impact, effort, horizon, proposed_by_org_id, owner_org_id, status, due_date, deliverable,
                                 details, details_visibility, details_org_id)
       VALUES ($1, 'Blokafspraak magneetvoorraad', 'STOCKPILING', 4, 1, 'SHORT', $2, $2, 'AGREED', '2031-03-01', 'Voorraadplan', 'Geheime inkoopprijs', 'OWNER', $2)`,
      [roadmapId, owner.id],
    );
    await write(
      id,
      lead,
      () => [
        p(['Blokken']),
        el(LIVE_FIGURE_NODE, [], { figure: 'agreements' }),
        el(LIVE_FIGURE_NODE, [], { figure: 'risks', limit: 3 }),
        el(LIVE_FIGURE_NODE, [], { figure: 'interventionMatrix' }),
      ],
      'Blokken',
    );
    const markdown = (await exported(lead, id, 'MARKDOWN')).text;
    expect(markdown).toContain('Afspraken');
    expect(markdown).toContain(`| Blokafspraak magneetvoorraad | ${owner.name} | 2031-03-01 | Voorraadplan | Akkoord | nee |`);
    expect(markdown).toContain('| Quick wins | Blokafspraak magneetvoorraad | Akkoord |');
    expect(markdown).toContain('Risicoregister: top 3');
    const [{ n: risks }] = await q(`SELECT count(*)::int AS n FROM risk WHERE roadmap_id = $1`, [roadmapId]);
    const riskRows = markdown.split('\n').filter((l) => /^\| .* \| \d+ \(\d × \d\) \|/.test(l));
    expect(riskRows.length).toBe(Math.min(3, risks));
    const docx = (await exported(lead, id, 'DOCX', 'en')).text;
    for (const s of ['Agreements', 'Blokafspraak magneetvoorraad', owner.name, 'Interventions by impact and effort']) expect(docx).toContain(s);
    for (const text of [markdown, docx]) expect(text).not.toContain('Geheime inkoopprijs');
  });

  it('records who last edited a document and when, after a collaboration edit', async () => {
    const before = new Date();
    await write(demoId, magneet, () => [p(['Aanvulling van de magneetmaker'])], 'Aanvulling van de magneetmaker');
    const res = await t.gql<{ document: { lastEditedAt: string; lastEditedBy: { name: string; organisationName: string } | null } }>(
      'query($id: ID!) { document(id: $id) { lastEditedAt lastEditedBy { name organisationName } } }',
      { id: demoId },
      lead,
    );
    expect(res.errors).toBeUndefined();
    const [expected] = await q(`SELECT u.name, o.name AS "organisationName" FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = 'verkoop@magneet.example'`);
    expect(res.data!.document.lastEditedBy).toEqual(expected);
    expect(new Date(res.data!.document.lastEditedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    // Compaction folds the log away; the last edit stays.
    await t.platform.app.get(CollabService).compact(demoId);
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM document_update WHERE document_id = $1`, [demoId]);
    expect(n).toBe(0);
    const again = await t.gql<{ documents: { id: string; lastEditedBy: { name: string } | null }[] }>(
      'query($r: ID!) { documents(roadmapId: $r) { id lastEditedBy { name } } }',
      { r: roadmapId },
      lead,
    );
    expect(again.data!.documents.find((d) => d.id === demoId)!.lastEditedBy).toEqual({ name: expected.name });
  });

  it('refuses an export to a viewer (FORBIDDEN), and answers NOT_FOUND for a document that does not exist or is not readable', async () => {
    const forbidden = await exportAs(viewer, demoId, 'PDF');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await exportAs(lead, '00000000-0000-4000-8000-000000000000', 'PDF');
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'documentId' });
    const unreadable = await exportAs(stranger, demoId, 'PDF');
    expect(unreadable.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'documentId' });
    const garbage = await exportAs(lead, 'nope', 'PDF');
    expect(garbage.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'documentId' });
  });

  it('refuses an unknown locale with the field named', async () => {
    const res = await exportAs(lead, demoId, 'MARKDOWN', 'de');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'locale' });
  });
});
