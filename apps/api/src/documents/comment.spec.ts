import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/collab-client';
import { subscribeIn } from '../testing/noninterference/twin-worlds';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const THREAD = `id documentId quote resolved resolvedBy { name organisationName } canReply
  comments { id threadId body editedAt canEdit author { name organisationName } }`;

interface Thread {
  id: string;
  documentId: string;
  quote: string;
  resolved: boolean;
  resolvedBy: { name: string; organisationName: string } | null;
  canReply: boolean;
  comments: { id: string; threadId: string; body: string; editedAt: string | null; canEdit: boolean; author: { name: string; organisationName: string } | null }[];
}

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const errorCode = (res: Answer) => res.errors?.[0]?.extensions?.code;

describe('comments on roadmap documents over GraphQL', () => {
  let t: TestPlatform;
  let roadmapId: string;
  let documentId: string;
  let lead: string;
  let member: string;
  let viewer: string;
  let observer: string;
  let stranger: string;

  const q = (sql: string, params: unknown[] = []) => t.platform.dataSource.query(sql, params);

  /** A user of a new industry organisation, observing the roadmap or not taking part at all. */
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

  async function start(quote: string, body: string, token = member, doc = documentId): Promise<Thread> {
    const res = await t.gql<{ startCommentThread: Thread }>(
      `mutation($d: ID!, $q: String!, $b: String!) { startCommentThread(documentId: $d, quote: $q, body: $b) { ${THREAD} } }`,
      { d: doc, q: quote, b: body },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.startCommentThread;
  }

  const reply = (threadId: string, body: string, token: string) =>
    t.gql<{ replyToCommentThread: Thread }>(
      `mutation($t: ID!, $b: String!) { replyToCommentThread(threadId: $t, body: $b) { ${THREAD} } }`,
      { t: threadId, b: body },
      token,
    );
  const resolve = (threadId: string, token: string, reopen = false) =>
    t.gql<Record<string, Thread>>(`mutation($t: ID!) { ${reopen ? 'reopenCommentThread' : 'resolveCommentThread'}(threadId: $t) { ${THREAD} } }`, { t: threadId }, token);
  const threads = (token: string, doc = documentId) =>
    t.gql<{ documentCommentThreads: Thread[] }>(`query($d: ID!) { documentCommentThreads(documentId: $d) { ${THREAD} } }`, { d: doc }, token);

  beforeAll(async () => {
    t = await startTestPlatform();
    [{ id: roadmapId }] = await q(`SELECT id FROM roadmap WHERE title = 'Routekaart Militaire schepen 2026'`);
    lead = await t.login('beleid@ez.example');
    member = await t.login('keten@werf.example');
    await q(
      `INSERT INTO app_user (email, name, role, organisation_id, password_hash)
       SELECT 'lezer@werf.example', 'Lezer', 'VIEWER', organisation_id, password_hash FROM app_user WHERE email = 'keten@werf.example'`,
    );
    viewer = await t.login('lezer@werf.example');
    observer = await userIn('waarnemer@comments.example', 'OBSERVER');
    stranger = await userIn('vreemde@comments.example', null);
    const created = await t.gql<{ createDocument: { id: string } }>('mutation($r: ID!) { createDocument(roadmapId: $r, title: "Commentaar") { id } }', { r: roadmapId }, lead);
    documentId = created.data!.createDocument.id;
  });
  afterAll(async () => t?.close());

  it('starts a thread as a co-editor, shows it to every reader with author and organisation, and audits it', async () => {
    const thread = await start('  de   magneten\nuit China ', '  Is dit nog actueel?  ');
    const [werf] = await q(`SELECT u.name, o.name AS organisation FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.email = 'keten@werf.example'`);
    expect(thread).toMatchObject({
      documentId,
      quote: 'de magneten uit China',
      resolved: false,
      resolvedBy: null,
      canReply: true,
      comments: [{ threadId: thread.id, body: 'Is dit nog actueel?', editedAt: null, canEdit: true, author: { name: werf.name, organisationName: werf.organisation } }],
    });
    // The observer reads it (and may not reply); the lead reads it but may not change another's comment.
    const seenByObserver = (await threads(observer)).data!.documentCommentThreads.find((x) => x.id === thread.id);
    expect(seenByObserver).toMatchObject({ quote: 'de magneten uit China', canReply: false, comments: [{ body: 'Is dit nog actueel?', canEdit: false }] });
    const seenByLead = (await threads(lead)).data!.documentCommentThreads.find((x) => x.id === thread.id);
    expect(seenByLead).toMatchObject({ canReply: true, comments: [{ canEdit: false }] });
    const [audit] = await q(`SELECT action, changes FROM audit_event WHERE subject_type = 'DocumentCommentThread' AND subject_id = $1`, [thread.id]);
    expect(audit).toMatchObject({
      action: 'document.comment.start',
      changes: { documentId, quote: 'de magneten uit China', commentId: thread.comments[0]!.id, body: 'Is dit nog actueel?' },
    });
  });

  it('lists threads oldest first with their replies oldest first', async () => {
    const doc = (await t.gql<{ createDocument: { id: string } }>('mutation($r: ID!) { createDocument(roadmapId: $r, title: "Volgorde") { id } }', { r: roadmapId }, lead))
      .data!.createDocument.id;
    const first = await start('eerste', 'Een', member, doc);
    const second = await start('tweede', 'Twee', lead, doc);
    await reply(first.id, 'Antwoord van de overheid', lead);
    await reply(first.id, 'En terug', member);
    const list = (await threads(observer, doc)).data!.documentCommentThreads;
    expect(list.map((x) => [x.quote, x.comments.map((c) => c.body)])).toEqual([
      ['eerste', ['Een', 'Antwoord van de overheid', 'En terug']],
      ['tweede', ['Twee']],
    ]);
    expect(list.map((x) => x.id)).toEqual([first.id, second.id]);
  });

  it('resolves and reopens a thread as a co-editor, naming who resolved it, and audits both', async () => {
    const thread = await start('levertijd', 'Klopt 26 weken?');
    const resolved = (await resolve(thread.id, lead)).data!.resolveCommentThread!;
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: { organisationName: 'Ministerie van Economische Zaken' } });
    // Resolving again changes nothing and records nothing.
    expect((await resolve(thread.id, member)).data!.resolveCommentThread).toMatchObject({ resolved: true, resolvedBy: resolved.resolvedBy });
    const reopened = (await resolve(thread.id, member, true)).data!.reopenCommentThread!;
    expect(reopened).toMatchObject({ resolved: false, resolvedBy: null });
    const audit = await q(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [thread.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['document.comment.start', 'document.comment.resolve', 'document.comment.reopen']);
  });

  it('lets only the author edit or delete a comment; the thread goes with its last comment', async () => {
    const thread = await start('tabel 3', 'Eerste versie');
    const commentId = thread.comments[0]!.id;
    const edit = (token: string, body = 'Tweede versie') =>
      t.gql<{ editComment: Thread }>(`mutation($c: ID!, $b: String!) { editComment(commentId: $c, body: $b) { ${THREAD} } }`, { c: commentId, b: body }, token);
    expect(errorCode(await edit(lead))).toBe('FORBIDDEN');
    const edited = (await edit(member)).data!.editComment;
    expect(edited.comments[0]).toMatchObject({ body: 'Tweede versie', canEdit: true });
    expect(edited.comments[0]!.editedAt).not.toBeNull();
    const [editAudit] = await q(`SELECT changes FROM audit_event WHERE action = 'document.comment.edit' AND subject_id = $1`, [commentId]);
    expect(editAudit.changes).toEqual({ threadId: thread.id, from: 'Eerste versie', to: 'Tweede versie' });

    const answer = (await reply(thread.id, 'Een reactie', lead)).data!.replyToCommentThread;
    const replyId = answer.comments[1]!.id;
    const del = (id: string, token: string) => t.gql<{ deleteComment: Thread | null }>(`mutation($c: ID!) { deleteComment(commentId: $c) { ${THREAD} } }`, { c: id }, token);
    expect(errorCode(await del(commentId, lead))).toBe('FORBIDDEN');
    expect((await del(commentId, member)).data!.deleteComment!.comments.map((c) => c.body)).toEqual(['Een reactie']);
    expect((await del(replyId, lead)).data).toEqual({ deleteComment: null });
    expect((await threads(member)).data!.documentCommentThreads.map((x) => x.id)).not.toContain(thread.id);
    const deletes = await q(`SELECT changes FROM audit_event WHERE action = 'document.comment.delete' AND changes->>'threadId' = $1 ORDER BY id`, [thread.id]);
    expect(deletes.map((d: { changes: Record<string, unknown> }) => d.changes.threadRemoved)).toEqual([false, true]);
  });

  it('refuses empty and too long text with BAD_USER_INPUT naming the field', async () => {
    const thread = await start('x', 'y');
    const bad = async (query: string, variables: Record<string, unknown>) => (await t.gql(query, variables, member)).errors?.[0]?.extensions;
    const START = 'mutation($d: ID!, $q: String!, $b: String!) { startCommentThread(documentId: $d, quote: $q, body: $b) { id } }';
    expect(await bad(START, { d: documentId, q: 'x', b: '   ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await bad(START, { d: documentId, q: 'x', b: 'y'.repeat(10_001) })).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await bad(START, { d: documentId, q: 'q'.repeat(1001), b: 'y' })).toEqual({ code: 'BAD_USER_INPUT', field: 'quote' });
    expect(await bad('mutation($t: ID!) { replyToCommentThread(threadId: $t, body: "") { id } }', { t: thread.id })).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await bad('mutation($c: ID!) { editComment(commentId: $c, body: " ") { id } }', { c: thread.comments[0]!.id })).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    // The longest allowed text is kept whole.
    expect((await start('q'.repeat(1000), 'y'.repeat(10_000))).comments[0]!.body).toHaveLength(10_000);
  });

  it('refuses observers and viewers (FORBIDDEN) and answers NOT_FOUND to organisations that do not take part', async () => {
    const thread = await start('waarnemers', 'Alleen lezen');
    for (const token of [observer, viewer]) {
      expect(errorCode(await t.gql('mutation($d: ID!) { startCommentThread(documentId: $d, quote: "a", body: "b") { id } }', { d: documentId }, token))).toBe('FORBIDDEN');
      expect(errorCode(await reply(thread.id, 'Mag ik?', token))).toBe('FORBIDDEN');
      expect(errorCode(await resolve(thread.id, token))).toBe('FORBIDDEN');
      expect(errorCode(await resolve(thread.id, token, true))).toBe('FORBIDDEN');
    }
    // The viewer still reads them, as its organisation takes part.
    expect((await threads(viewer)).data!.documentCommentThreads.map((x) => x.id)).toContain(thread.id);
    expect(errorCode(await threads(stranger))).toBe('NOT_FOUND');
    expect(errorCode(await reply(thread.id, 'Hallo', stranger))).toBe('NOT_FOUND');
    expect(errorCode(await resolve(thread.id, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('mutation($c: ID!) { editComment(commentId: $c, body: "x") { id } }', { c: thread.comments[0]!.id }, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await t.gql('mutation($d: ID!) { startCommentThread(documentId: $d, quote: "a", body: "b") { id } }', { d: documentId }, stranger))).toBe('NOT_FOUND');
    expect(errorCode(await reply('00000000-0000-4000-8000-0000000000ff', 'Hallo', member))).toBe('NOT_FOUND');
    expect(errorCode(await reply('not-an-id', 'Hallo', member))).toBe('NOT_FOUND');
  });

  it('keeps comments of a deleted document from everyone', async () => {
    const doc = (await t.gql<{ createDocument: { id: string } }>('mutation($r: ID!) { createDocument(roadmapId: $r, title: "Tijdelijk") { id } }', { r: roadmapId }, lead))
      .data!.createDocument.id;
    const thread = await start('weg', 'Verdwijnt', member, doc);
    await t.gql('mutation($id: ID!) { deleteDocument(id: $id) }', { id: doc }, lead);
    expect(errorCode(await threads(member, doc))).toBe('NOT_FOUND');
    expect(errorCode(await reply(thread.id, 'Nog iemand?', member))).toBe('NOT_FOUND');
  });

  it('delivers changes live to another reader, and refuses a subscription to a document the user may not read', async () => {
    const SUB = `subscription($d: ID!) { documentCommentsChanged(documentId: $d) { documentId threadId thread { quote resolved comments { body author { name } } } } }`;
    const watcher = subscribeIn(t, observer, SUB, { d: documentId });
    const outsider = subscribeIn(t, stranger, SUB, { d: documentId });
    try {
      await Promise.all([watcher.started, outsider.started]);
      // graphql-ws acknowledges the connection before the subscription is registered: a first event proves it is live.
      const warmUp = await start('opwarmen', 'Eerste bericht');
      await waitFor(() => watcher.received.some((r) => JSON.stringify(r).includes(warmUp.id)), 'the first event');
      // Each event carries the thread as the subscriber reads it when the event is delivered, so the next
      // change waits until the watcher has seen the previous one (as a person watching the screen would).
      const eventsOnThread = (id: string) => watcher.received.filter((r) => JSON.stringify(r).includes(id)).length;
      const thread = await start('live', 'Ziet de waarnemer dit?', lead);
      await waitFor(() => eventsOnThread(thread.id) >= 1, 'the event for the new thread');
      await reply(thread.id, 'Ja', member);
      await waitFor(() => eventsOnThread(thread.id) >= 2, 'the event for the reply');
      await resolve(thread.id, member);
      await waitFor(() => eventsOnThread(thread.id) >= 3, 'three events on the thread');
      const events = watcher.received
        .map((r) => (r as { data?: { documentCommentsChanged: { threadId: string; thread: { resolved: boolean; comments: { body: string }[] } } } }).data?.documentCommentsChanged)
        .filter((e) => e?.threadId === thread.id);
      expect(events.map((e) => [e!.thread.resolved, e!.thread.comments.map((c) => c.body)])).toEqual([
        [false, ['Ziet de waarnemer dit?']],
        [false, ['Ziet de waarnemer dit?', 'Ja']],
        [true, ['Ziet de waarnemer dit?', 'Ja']],
      ]);
      await waitFor(() => outsider.received.length > 0, 'the outsider to be answered');
      expect(JSON.stringify(outsider.received)).toContain('NOT_FOUND');
      expect(JSON.stringify(outsider.received)).not.toContain('Ziet de waarnemer dit?');
    } finally {
      await Promise.all([watcher.close(), outsider.close()]);
    }
  });
});
