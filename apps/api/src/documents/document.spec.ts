import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, waitFor, within, type TestEditor } from '../testing/collab-client';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { diffLines, documentLines, restoreUpdate } from './document-content';

const DOC_FIELDS = 'id roadmapId title canEdit';

describe('roadmap documents over GraphQL', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let lead: string;
  let member: string;
  let observer: string;
  let stranger: string;
  const editors: TestEditor[] = [];

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  async function userIn(email: string, participation: 'OBSERVER' | null): Promise<string> {
    const [org] = await q(`INSERT INTO organisation (name, kind) VALUES ($1, 'INDUSTRY') RETURNING id`, [`Org ${email}`]);
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
      [email, org.id],
    );
    if (participation) await q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [roadmapId, org.id, participation]);
    return t.login(email);
  }

  async function create(title: string, token = lead): Promise<string> {
    const res = await t.gql<{ createDocument: { id: string } }>(
      'mutation($r: ID!, $t: String!) { createDocument(roadmapId: $r, title: $t) { id } }',
      { r: roadmapId, t: title },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createDocument.id;
  }

  const errorCode = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId }] = await q(`SELECT id FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'`);
    lead = await t.login('beleid@ez.example');
    member = await t.login('keten@werf.example');
    observer = await userIn('waarnemer@docs.example', 'OBSERVER');
    stranger = await userIn('vreemde@docs.example', null);
  });
  afterEach(() => {
    for (const editor of editors.splice(0)) editor.destroy();
  });
  afterAll(async () => t?.close());

  it('creates a document as the roadmap lead, lists it for participants, and audits it', async () => {
    const id = await create('  Hoofdstuk   1  ');
    const list = await t.gql<{ documents: { id: string; title: string; canEdit: boolean }[] }>(
      `query($r: ID!) { documents(roadmapId: $r) { ${DOC_FIELDS} } }`,
      { r: roadmapId },
      member,
    );
    expect(list.data!.documents).toContainEqual({ id, roadmapId, title: 'Hoofdstuk 1', canEdit: true });
    const asObserver = await t.gql<{ document: { canEdit: boolean } }>(`query($id: ID!) { document(id: $id) { ${DOC_FIELDS} } }`, { id }, observer);
    expect(asObserver.data!.document).toMatchObject({ id, canEdit: false });
    const viaRoadmap = await t.gql<{ roadmap: { documents: { id: string }[] } }>('query($r: ID!) { roadmap(id: $r) { documents { id } } }', { r: roadmapId }, member);
    expect(viaRoadmap.data!.roadmap.documents.map((d) => d.id)).toContain(id);
    const [audit] = await q(`SELECT action, changes FROM audit_event WHERE subject_type = 'Document' AND subject_id = $1`, [id]);
    expect(audit).toMatchObject({ action: 'document.create', changes: { roadmapId, title: 'Hoofdstuk 1' } });
  });

  it('seeds the demo roadmap with a concept document that has content', async () => {
    const list = await t.gql<{ documents: { id: string; title: string }[] }>('query($r: ID!) { documents(roadmapId: $r) { id title } }', { r: roadmapId }, member);
    const demo = list.data!.documents.find((d) => d.title === 'Routekaart Militaire schepen — concept');
    expect(demo).toBeDefined();
    const [{ state }] = await q('SELECT state FROM document WHERE id = $1', [demo!.id]);
    expect(documentLines(state).join('\n')).toContain('# Routekaart Militaire schepen — concept');
  });

  it('refuses to create a document when the actor is a member, not the lead (FORBIDDEN), and for an unreadable roadmap (NOT_FOUND)', async () => {
    const res = await t.gql('mutation($r: ID!) { createDocument(roadmapId: $r, title: "X") { id } }', { r: roadmapId }, member);
    expect(errorCode(res)).toBe('FORBIDDEN');
    const hidden = await t.gql('mutation($r: ID!) { createDocument(roadmapId: $r, title: "X") { id } }', { r: roadmapId }, stranger);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const empty = await t.gql('mutation($r: ID!) { createDocument(roadmapId: $r, title: "  ") { id } }', { r: roadmapId }, lead);
    expect(empty.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('hides documents from organisations that do not take part (NOT_FOUND by id, empty list)', async () => {
    const id = await create('Vertrouwelijk');
    expect(errorCode(await t.gql('query($id: ID!) { document(id: $id) { id } }', { id }, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('query($r: ID!) { documents(roadmapId: $r) { id } }', { r: roadmapId }, stranger))).toBe('NOT_FOUND');
  });

  it('renames as a co-editor, refuses an observer (FORBIDDEN)', async () => {
    const id = await create('Oud');
    const ok = await t.gql<{ renameDocument: { title: string } }>('mutation($id: ID!) { renameDocument(id: $id, title: "Nieuw") { title } }', { id }, member);
    expect(ok.data!.renameDocument.title).toBe('Nieuw');
    expect(errorCode(await t.gql('mutation($id: ID!) { renameDocument(id: $id, title: "Nee") { title } }', { id }, observer))).toBe('FORBIDDEN');
    const [audit] = await q(`SELECT changes FROM audit_event WHERE action = 'document.rename' AND subject_id = $1`, [id]);
    expect(audit.changes).toEqual({ from: 'Oud', to: 'Nieuw' });
  });

  it('deletes as the lead only; a deleted document is gone for everyone', async () => {
    const id = await create('Weg');
    expect(errorCode(await t.gql('mutation($id: ID!) { deleteDocument(id: $id) }', { id }, member))).toBe('FORBIDDEN');
    expect((await t.gql('mutation($id: ID!) { deleteDocument(id: $id) }', { id }, lead)).data).toEqual({ deleteDocument: true });
    expect(errorCode(await t.gql('query($id: ID!) { document(id: $id) { id } }', { id }, lead))).toBe('NOT_FOUND');
    const [{ n }] = await q(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'document.delete' AND subject_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('saves, lists, diffs and restores versions, and a restore reaches the open editors', async () => {
    const id = await create('Versies');
    const a = openEditor(t.baseUrl, id, { token: member });
    editors.push(a);
    await within(a.synced, 'sync');
    a.text.insert(0, 'eerste regel\ntweede regel');
    await waitFor(async () => (await q('SELECT count(*)::int AS n FROM document_update WHERE document_id = $1', [id]))[0].n > 0, 'the edit to be stored');

    const saved = await t.gql<{ saveDocumentVersion: { id: string; name: string; sizeBytes: number } }>(
      'mutation($d: ID!) { saveDocumentVersion(documentId: $d, name: "Concept 1") { id name sizeBytes } }',
      { d: id },
      member,
    );
    const v1 = saved.data!.saveDocumentVersion;
    expect(v1).toMatchObject({ name: 'Concept 1' });
    expect(errorCode(await t.gql('mutation($d: ID!) { saveDocumentVersion(documentId: $d, name: "x") { id } }', { d: id }, observer))).toBe('FORBIDDEN');

    a.text.delete(0, 'eerste regel\n'.length);
    a.text.insert(a.text.length, '\nderde regel');
    await waitFor(() => a.text.toString() === 'tweede regel\nderde regel', 'the local edit');
    await waitFor(async () => {
      const diff = await t.gql<{ documentDiff: { kind: string; text: string }[] }>(
        'query($v: ID!) { documentDiff(versionId: $v) { kind text } }',
        { v: v1.id },
        observer,
      );
      return JSON.stringify(diff.data?.documentDiff) ===
        JSON.stringify([
          { kind: 'REMOVED', text: 'eerste regel' },
          { kind: 'SAME', text: 'tweede regel' },
          { kind: 'ADDED', text: 'derde regel' },
        ]);
    }, 'the diff against the current content');

    expect(errorCode(await t.gql('mutation($v: ID!) { restoreDocumentVersion(versionId: $v) { id } }', { v: v1.id }, observer))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql('mutation($v: ID!) { restoreDocumentVersion(versionId: $v) { id } }', { v: v1.id }, stranger))).toBe('NOT_FOUND');
    const restored = await t.gql('mutation($v: ID!) { restoreDocumentVersion(versionId: $v) { id } }', { v: v1.id }, member);
    expect(restored.errors).toBeUndefined();
    await waitFor(() => a.text.toString() === 'eerste regel\ntweede regel', 'the open editor to show the restored text');

    const versions = await t.gql<{ documentVersions: { name: string; createdBy: { name: string; organisationName: string } | null }[] }>(
      'query($d: ID!) { documentVersions(documentId: $d) { name createdBy { name organisationName } } }',
      { d: id },
      observer,
    );
    expect(versions.data!.documentVersions.map((v) => v.name)).toEqual(['Voor herstel van "Concept 1"', 'Concept 1']);
    // The version saved by the restore carries the name of who restored, as every reader sees editors.
    const restorer = await t.gql<{ me: { name: string; organisation: { name: string } } }>('{ me { name organisation { name } } }', {}, member);
    expect(versions.data!.documentVersions[0].createdBy).toEqual({ name: restorer.data!.me.name, organisationName: restorer.data!.me.organisation.name });
    const actions = (await q(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['document.create', 'document.version.save', 'document.version.save', 'document.version.restore']);
  });
});

describe('document content helpers', () => {
  function richText(blocks: [string, string, Record<string, unknown>?][]): Uint8Array {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('default');
    fragment.insert(
      0,
      blocks.map(([name, text, attrs]) => {
        const el = new Y.XmlElement(name);
        for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v as string);
        el.insert(0, [new Y.XmlText(text)]);
        return el;
      }),
    );
    return Y.encodeStateAsUpdate(doc);
  }

  it('renders Tiptap-style rich text as lines, headings marked', () => {
    const state = richText([
      ['heading', 'Doel', { level: 2 }],
      ['paragraph', 'Minder afhankelijk van China.'],
    ]);
    expect(documentLines(state)).toEqual(['## Doel', 'Minder afhankelijk van China.']);
  });

  it('diffs lines with the common head and tail kept', () => {
    expect(diffLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      { kind: 'SAME', text: 'a' },
      { kind: 'REMOVED', text: 'b' },
      { kind: 'ADDED', text: 'x' },
      { kind: 'SAME', text: 'c' },
      { kind: 'SAME', text: 'd' },
      { kind: 'ADDED', text: 'e' },
    ]);
  });

  it('restores rich text and maps as one update that merges with the current state', () => {
    const version = richText([['paragraph', 'versie']]);
    const current = new Y.Doc();
    Y.applyUpdate(current, version);
    current.getXmlFragment('default').insert(1, [new Y.XmlElement('paragraph')]);
    current.getMap('meta').set('status', 'concept');
    const update = restoreUpdate(Y.encodeStateAsUpdate(current), version);
    Y.applyUpdate(current, update);
    expect(documentLines(Y.encodeStateAsUpdate(current))).toEqual(['[default]', 'versie', '[meta]']);
  });
});
