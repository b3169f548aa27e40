import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openEditor, waitFor, within, type EditorOptions, type TestEditor } from '../testing/collab-client';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';
import { CollabService } from './collab.service';

const ROADMAP_TITLE = 'Routekaart Militaire schepen 2026';

/** Everything the tests set up on one platform: users, a document, editors to clean up. */
class Fixture {
  editors: TestEditor[] = [];
  constructor(readonly t: TestPlatform) {}

  get collab(): CollabService {
    return this.t.platform.app.get(CollabService);
  }

  q<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.t.platform.dataSource.query(sql, params);
  }

  async roadmapId(): Promise<string> {
    const [row] = await this.q<{ id: string }>('SELECT id FROM roadmap WHERE title = $1', [ROADMAP_TITLE]);
    return row.id;
  }

  async createDocument(title = 'Concept'): Promise<string> {
    const lead = await this.t.login('beleid@ez.example');
    const res = await this.t.gql<{ createDocument: { id: string } }>(
      'mutation($r: ID!, $t: String!) { createDocument(roadmapId: $r, title: $t) { id } }',
      { r: await this.roadmapId(), t: title },
      lead,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createDocument.id;
  }

  /** A user in a new organisation; with `role`, that organisation takes part in the demo roadmap. */
  async userInNewOrganisation(email: string, participation?: 'LEAD' | 'MEMBER' | 'OBSERVER', userRole = 'EDITOR'): Promise<string> {
    const [org] = await this.q<{ id: string }>(`INSERT INTO organisation (name, kind) VALUES ($1, 'INDUSTRY') RETURNING id`, [`Org ${email}`]);
    await this.q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT $1, 'Test', $2, $3, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
      [email, userRole, org.id],
    );
    if (participation) await this.q(`INSERT INTO participant (roadmap_id, organisation_id, role) VALUES ($1, $2, $3)`, [await this.roadmapId(), org.id, participation]);
    return this.t.login(email);
  }

  async organisationOf(email: string): Promise<string> {
    const [row] = await this.q<{ id: string }>('SELECT organisation_id AS id FROM app_user WHERE email = $1', [email]);
    return row.id;
  }

  /** Whether this process still has an open socket of `userId` (closed ones are not listed). */
  hasOpenSocket(userId: string): boolean {
    return [...this.collab.server.connections()].some((c) => c.context.userId === userId);
  }

  async userId(email: string): Promise<string> {
    const [row] = await this.q<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [email]);
    return row.id;
  }

  open(documentId: string, options: EditorOptions): TestEditor {
    const editor = openEditor(this.t.baseUrl, documentId, options);
    this.editors.push(editor);
    return editor;
  }

  async storedText(documentId: string): Promise<string> {
    const [row] = await this.q<{ state: Buffer; log: Buffer[] }>(
      `SELECT d.state, ARRAY(SELECT payload FROM document_update u WHERE u.document_id = d.id ORDER BY seq) AS log FROM document d WHERE d.id = $1`,
      [documentId],
    );
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.state);
    for (const update of row.log) Y.applyUpdate(doc, update);
    return doc.getText('text').toString();
  }

  cleanup(): void {
    for (const editor of this.editors) editor.destroy();
    this.editors = [];
  }
}

/** Opens a raw WebSocket (no y-websocket client) and reports how the upgrade ended. */
function rawUpgrade(url: string, options: { origin?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status?: number; close?: { code: number; reason: string }; frames: number }>((resolve) => {
    const ws = new WebSocket(url, options);
    let frames = 0;
    ws.on('message', () => frames++);
    ws.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode, frames });
      ws.terminate();
    });
    ws.on('close', (code, reason) => resolve({ close: { code, reason: reason.toString() }, frames }));
    ws.on('error', () => undefined);
  });
}

describe('co-editing a roadmap document over /collab with the y-websocket client', () => {
  let t: TestPlatform;
  let f: Fixture;
  let lead: string;
  let member: string;
  beforeAll(async () => {
    t = await startTestPlatform();
    f = new Fixture(t);
    lead = await t.login('beleid@ez.example');
    member = await t.login('keten@werf.example');
  });
  afterEach(() => f.cleanup());
  afterAll(async () => t?.close());

  it('lets two co-editors converge on the same text', async () => {
    const id = await f.createDocument();
    const a = f.open(id, { token: lead });
    const b = f.open(id, { token: member });
    await within(Promise.all([a.synced, b.synced]), 'both editors to sync');
    a.text.insert(0, 'Zeldzame aardmetalen. ');
    b.text.insert(0, 'Permanente magneten. ');
    await waitFor(() => a.text.toString() === b.text.toString() && a.text.length === 43, 'convergence');
    expect(a.text.toString()).toContain('Zeldzame aardmetalen.');
    expect(a.text.toString()).toContain('Permanente magneten.');
    await waitFor(async () => (await f.storedText(id)) === a.text.toString(), 'the log to hold the converged text');
  });

  it('gives an editor who joins later the full text, also once the document has left memory', async () => {
    const id = await f.createDocument();
    const a = f.open(id, { token: lead });
    await within(a.synced, 'first editor to sync');
    for (let i = 0; i < 50; i++) a.text.insert(a.text.length, `regel ${i}\n`);
    const b = f.open(id, { token: member });
    await within(b.synced, 'second editor to sync');
    await waitFor(() => b.text.toString() === a.text.toString(), 'the late joiner to have everything');
    const expected = a.text.toString();

    // Everyone leaves; the document is compacted and unloaded, then opened again from PostgreSQL.
    f.cleanup();
    await waitFor(() => f.collab.stats().connections === 0, 'the sockets to close');
    expect(await f.collab.server.unloadIdle(0)).toBeGreaterThanOrEqual(1);
    const [{ rows }] = await f.q<{ rows: number }>('SELECT count(*)::int AS rows FROM document_update WHERE document_id = $1', [id]);
    expect(rows).toBe(0);
    const c = f.open(id, { token: member });
    await within(c.synced, 'third editor to sync');
    // The first sync reply already carries the stored text: never an empty document.
    expect(c.text.toString()).toBe(expected);
  });

  it("drops a read-only user's edit: it reaches no other editor and is not stored", async () => {
    const id = await f.createDocument();
    const viewer = await f.userInNewOrganisation('waarnemer@observer.example', 'OBSERVER');
    const a = f.open(id, { token: lead });
    await within(a.synced, 'the lead to sync');
    a.text.insert(0, 'Tekst van de lead. ');
    const v = f.open(id, { token: viewer });
    await within(v.synced, 'the viewer to sync');
    await waitFor(() => v.text.toString() === 'Tekst van de lead. ', 'the viewer to receive the document');

    const dropped = f.collab.stats().updatesDroppedReadOnly;
    v.text.insert(0, 'VIEWER-EDIT ');
    await waitFor(() => f.collab.stats().updatesDroppedReadOnly > dropped, 'the server to drop the viewer update');
    // Anything stored after the drop is stored after the viewer's edit would have been (one queue per document).
    a.text.insert(a.text.length, 'Daarna. ');
    const late = f.open(id, { token: member });
    await within(late.synced, 'a later editor to sync');
    await waitFor(() => late.text.toString().includes('Daarna.') && v.text.toString().includes('Daarna.'), 'the lead edit to arrive everywhere');
    expect(a.text.toString()).not.toContain('VIEWER-EDIT');
    expect(late.text.toString()).not.toContain('VIEWER-EDIT');
    expect(await f.storedText(id)).toBe('Tekst van de lead. Daarna. ');
  });

  it('shows presence to everyone, read-only users included, and removes it when a socket closes', async () => {
    const id = await f.createDocument();
    const viewer = await f.userInNewOrganisation('kijker@observer.example', 'OBSERVER');
    const a = f.open(id, { token: lead });
    const v = f.open(id, { token: viewer });
    await within(Promise.all([a.synced, v.synced]), 'both to sync');
    a.provider.awareness.setLocalStateField('user', { name: 'Eva' });
    v.provider.awareness.setLocalStateField('user', { name: 'Kijker' });
    const names = (e: TestEditor) => [...e.provider.awareness.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name).sort();
    await waitFor(() => names(a).join() === 'Eva,Kijker' && names(v).join() === 'Eva,Kijker', 'presence both ways');
    v.destroy();
    await waitFor(() => names(a).join() === 'Eva', 'the viewer to leave');
  });

  it('refuses a stranger at the upgrade, before any document byte, and the client does not retry', async () => {
    const id = await f.createDocument();
    f.open(id, { token: lead }).text.insert(0, 'Geheim. ');
    const stranger = await f.userInNewOrganisation('vreemde@stranger.example');
    const s = f.open(id, { token: stranger });
    expect(await within(s.closed, 'the refusal')).toEqual({ code: 4404, reason: 'document not found' });
    expect(s.provider.synced).toBe(false);
    expect(s.text.toString()).toBe('');
    const raw = await rawUpgrade(`${t.baseUrl.replace('http', 'ws')}/collab/${id}?token=${stranger}`);
    // One frame: the y-protocols auth message "permission denied", then the close.
    expect(raw).toEqual({ close: { code: 4404, reason: 'document not found' }, frames: 1 });
  });

  it('refuses sockets without a valid session, from other sites, and cookies without an Origin', async () => {
    const id = await f.createDocument();
    const ws = `${t.baseUrl.replace('http', 'ws')}/collab/${id}`;
    expect(await rawUpgrade(ws)).toMatchObject({ close: { code: 4401, reason: 'log in first' } });
    expect(await rawUpgrade(`${ws}?token=rk_made-up`)).toMatchObject({ close: { code: 4401 } });
    expect(await rawUpgrade(`${ws}?token=${lead}`, { origin: 'https://evil.example' })).toMatchObject({ status: 403 });
    expect(await rawUpgrade(ws, { headers: { cookie: `rk_session=${lead}` } })).toMatchObject({ status: 403 });
    expect(await rawUpgrade(`${t.baseUrl.replace('http', 'ws')}/collab/not-a-uuid?token=${lead}`)).toMatchObject({ close: { code: 4404 } });
    // The browser case: the session cookie from our own page.
    const browser = f.open(id, { origin: t.baseUrl, headers: { cookie: `rk_session=${lead}` } });
    await within(browser.synced, 'the cookie-authenticated editor to sync');
    // Upgrades elsewhere are closed.
    expect(await rawUpgrade(`${t.baseUrl.replace('http', 'ws')}/elsewhere`)).toMatchObject({ close: { code: 1006 } });
  });

  it('closes the sockets of an organisation whose participation is withdrawn, and downgrades a demoted one to read-only', async () => {
    const id = await f.createDocument();
    const partner = await f.userInNewOrganisation('partner@member.example', 'MEMBER');
    const demoted = await f.userInNewOrganisation('partner@demoted.example', 'MEMBER');
    const p = f.open(id, { token: partner });
    const d = f.open(id, { token: demoted });
    const a = f.open(id, { token: lead });
    await within(Promise.all([p.synced, d.synced, a.synced]), 'all to sync');
    d.text.insert(0, 'nog schrijver. ');
    await waitFor(() => a.text.toString() === 'nog schrijver. ', 'the member edit to arrive');

    await f.q(`DELETE FROM participant WHERE organisation_id = (SELECT organisation_id FROM app_user WHERE email = 'partner@member.example')`);
    await f.q(`UPDATE participant SET role = 'OBSERVER' WHERE organisation_id = (SELECT organisation_id FROM app_user WHERE email = 'partner@demoted.example')`);
    await f.collab.recheckPermissions();
    expect(await within(p.closed, 'the withdrawn socket to close')).toEqual({ code: 4403, reason: 'your access to this document was withdrawn' });

    const dropped = f.collab.stats().updatesDroppedReadOnly;
    d.text.insert(0, 'DEMOTED ');
    await waitFor(() => f.collab.stats().updatesDroppedReadOnly > dropped, 'the demoted edit to be dropped');
    expect(d.provider.wsconnected).toBe(true);
    a.text.insert(a.text.length, 'einde.');
    await waitFor(() => d.text.toString().includes('einde.'), 'the demoted user to still receive edits');
    expect(a.text.toString()).toBe('nog schrijver. einde.');
  });

  it('closes the socket before logout returns', async () => {
    const id = await f.createDocument();
    const token = await t.login('analist@nmo.example');
    const e = f.open(id, { token });
    await within(e.synced, 'sync');
    const userId = await f.userId('analist@nmo.example');
    expect(f.hasOpenSocket(userId)).toBe(true);
    await t.gql('mutation { logout }', {}, token);
    // No re-check, no waiting: the logout itself closed it.
    expect(f.hasOpenSocket(userId)).toBe(false);
    expect(await within(e.closed, 'the socket to close')).toEqual({ code: 4401, reason: 'your session has ended; log in again' });
  });

  // OWASP ASVS 8.3.2: a permission change applies to open sockets when the mutation returns, not at the next poll.
  describe('permission changes through the API, applied before the mutation returns', () => {
    const setParticipant = `mutation($r: ID!, $o: ID!, $role: ParticipantRole!) { setParticipant(roadmapId: $r, organisationId: $o, role: $role) { role } }`;

    it("drops a demoted member's very next update: it is not stored and reaches no one", async () => {
      const id = await f.createDocument();
      const member = await f.userInNewOrganisation('lid@gedegradeerd.example', 'MEMBER');
      const m = f.open(id, { token: member });
      const a = f.open(id, { token: lead });
      await within(Promise.all([m.synced, a.synced]), 'both to sync');
      m.text.insert(0, 'nog lid. ');
      await waitFor(async () => a.text.toString() === 'nog lid. ' && (await f.storedText(id)) === 'nog lid. ', 'the member edit to be stored and arrive');

      const organisationId = await f.organisationOf('lid@gedegradeerd.example');
      const res = await t.gql(setParticipant, { r: await f.roadmapId(), o: organisationId, role: 'OBSERVER' }, lead);
      expect(res.data).toEqual({ setParticipant: { role: 'OBSERVER' } });
      const dropped = f.collab.stats().updatesDroppedReadOnly;
      m.text.insert(m.text.length, 'NA DEGRADATIE ');
      await waitFor(() => f.collab.stats().updatesDroppedReadOnly > dropped, 'the update after the demotion to be dropped');
      // Anything stored later is stored after that update would have been (one queue per document).
      a.text.insert(a.text.length, 'einde.');
      await waitFor(() => m.text.toString().includes('einde.'), 'the observer to keep receiving edits');
      expect(a.text.toString()).toBe('nog lid. einde.');
      expect(await f.storedText(id)).toBe('nog lid. einde.');
      expect(m.provider.wsconnected).toBe(true);
    });

    it('closes the sockets of a removed organisation (4403) before the mutation returns; they get no further update', async () => {
      const id = await f.createDocument();
      const partner = await f.userInNewOrganisation('partner@verwijderd.example', 'MEMBER');
      const p = f.open(id, { token: partner });
      const a = f.open(id, { token: lead });
      await within(Promise.all([p.synced, a.synced]), 'both to sync');
      const partnerId = await f.userId('partner@verwijderd.example');
      expect(f.hasOpenSocket(partnerId)).toBe(true);

      const res = await t.gql('mutation($r: ID!, $o: ID!) { removeParticipant(roadmapId: $r, organisationId: $o) }', {
        r: await f.roadmapId(),
        o: await f.organisationOf('partner@verwijderd.example'),
      }, lead);
      expect(res.data).toEqual({ removeParticipant: true });
      expect(f.hasOpenSocket(partnerId)).toBe(false);
      a.text.insert(0, 'vertrouwelijk na verwijdering');
      await waitFor(async () => (await f.storedText(id)) === 'vertrouwelijk na verwijdering', 'the lead edit to be stored');
      expect(await within(p.closed, 'the socket to close')).toEqual({ code: 4403, reason: 'your access to this document was withdrawn' });
      expect(p.text.toString()).toBe('');
    });

    it("closes a disabled user's sockets and makes a user demoted to VIEWER read-only, before updateUser returns", async () => {
      const id = await f.createDocument();
      const admin = await f.userInNewOrganisation('beheer@gebruikers.example', 'MEMBER', 'ADMIN');
      const organisationId = await f.organisationOf('beheer@gebruikers.example');
      const addUser = (email: string) =>
        f.q(
          `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
           SELECT $1, 'Test', 'EDITOR', $2, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
          [email, organisationId],
        );
      await addUser('schrijver@gebruikers.example');
      await addUser('vertrekker@gebruikers.example');
      const writer = f.open(id, { token: await t.login('schrijver@gebruikers.example') });
      const leaver = f.open(id, { token: await t.login('vertrekker@gebruikers.example') });
      const a = f.open(id, { token: lead });
      await within(Promise.all([writer.synced, leaver.synced, a.synced]), 'all to sync');
      const updateUser = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { role } }';

      await t.gql(updateUser, { id: await f.userId('schrijver@gebruikers.example'), input: { role: 'VIEWER' } }, admin);
      const dropped = f.collab.stats().updatesDroppedReadOnly;
      writer.text.insert(0, 'ALS KIJKER ');
      await waitFor(() => f.collab.stats().updatesDroppedReadOnly > dropped, 'the viewer update to be dropped');

      const leaverId = await f.userId('vertrekker@gebruikers.example');
      await t.gql(updateUser, { id: leaverId, input: { disabled: true } }, admin);
      expect(f.hasOpenSocket(leaverId)).toBe(false);
      expect(await within(leaver.closed, 'the disabled user to be closed')).toEqual({ code: 4401, reason: 'your session has ended; log in again' });
      expect(await f.storedText(id)).toBe('');
    });
  });

  it('closes the editors of a deleted document with 4404', async () => {
    const id = await f.createDocument();
    const e = f.open(id, { token: member });
    await within(e.synced, 'sync');
    const res = await t.gql('mutation($id: ID!) { deleteDocument(id: $id) }', { id }, lead);
    expect(res.data).toEqual({ deleteDocument: true });
    expect(await within(e.closed, 'the socket to close')).toEqual({ code: 4404, reason: 'the document was deleted' });
    expect(await rawUpgrade(`${t.baseUrl.replace('http', 'ws')}/collab/${id}?token=${lead}`)).toMatchObject({ close: { code: 4404 } });
  });

  it('keeps an edit whose storing failed: the sender is told to reconnect and resends it', async () => {
    const id = await f.createDocument();
    const a = f.open(id, { token: lead });
    const b = f.open(id, { token: member });
    await within(Promise.all([a.synced, b.synced]), 'sync');
    await f.q(`ALTER TABLE document_update ADD CONSTRAINT test_refuse_all CHECK (false) NOT VALID`);
    try {
      a.text.insert(0, 'tijdens storing ');
      await waitFor(() => a.closes.some((c) => c.code === 1011), 'the sender to be closed with 1011');
      expect(b.text.toString()).toBe('');
    } finally {
      await f.q(`ALTER TABLE document_update DROP CONSTRAINT test_refuse_all`);
    }
    // The client reconnects by itself and its sync step 2 carries the edit again.
    await waitFor(() => b.text.toString() === 'tijdens storing ', 'the edit to arrive after the reconnect', 20_000);
    expect(await f.storedText(id)).toBe('tijdens storing ');
  });
});

describe('the document size cap', () => {
  let t: TestPlatform;
  let f: Fixture;
  beforeAll(async () => {
    t = await startTestPlatform({ COLLAB_MAX_DOCUMENT_BYTES: '4096' });
    f = new Fixture(t);
  });
  afterEach(() => f.cleanup());
  afterAll(async () => t?.close());

  it('refuses an edit that would make the document too large, with a clear reason, and stores nothing of it', async () => {
    const id = await f.createDocument();
    const token = await t.login('keten@werf.example');
    const a = f.open(id, { token });
    await within(a.synced, 'sync');
    a.text.insert(0, 'klein. ');
    await waitFor(async () => (await f.storedText(id)) === 'klein. ', 'the small edit to be stored');
    a.text.insert(a.text.length, 'x'.repeat(5000));
    expect(await within(a.closed, 'the refusal')).toEqual({ code: 4413, reason: 'document too large: the limit is 4 KiB; the last change was not saved' });
    expect(await f.storedText(id)).toBe('klein. ');
  });
});
