import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface LinkEvent {
  kind: string;
  link: { id: string; country: string; share: number; supplierName: string | null };
}

/** Subscribes over graphql-ws as a user and collects events. */
function subscribe(t: TestPlatform, token: string, productGroupId: string) {
  const client: Client = createClient({
    url: t.baseUrl.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events: LinkEvent[] = [];
  const errors: unknown[] = [];
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  client.on('connected', () => ready());
  const stop = client.subscribe<{ supplyLinkChanged: LinkEvent }>(
    { query: `subscription($g: ID!) { supplyLinkChanged(productGroupId: $g) { kind link { id country share supplierName } } }`, variables: { g: productGroupId } },
    { next: (r) => (r.data ? events.push(r.data.supplyLinkChanged) : errors.push(r.errors)), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { events, errors, started, close: async () => { stop(); await client.dispose(); } };
}

const until = async (check: () => boolean, what: string) => {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('supply link subscriptions', () => {
  let t: TestPlatform;
  let groupId: string;
  let itemId: string;
  let werf: string;
  let magneet: string;

  beforeAll(async () => {
    t = await startTestPlatform();
    werf = await t.login('keten@werf.example');
    magneet = await t.login('verkoop@magneet.example');
    [{ id: groupId }] = await t.platform.dataSource.query('SELECT id FROM product_group LIMIT 1');
    [{ id: itemId }] = await t.platform.dataSource.query(
      `SELECT i.id FROM item i WHERE i.owner_org_id = (SELECT organisation_id FROM app_user WHERE email = 'keten@werf.example')
       AND NOT EXISTS (SELECT 1 FROM supply_link WHERE item_id = i.id) LIMIT 1`,
    );
  });
  afterAll(async () => t?.close());

  const create = (visibility: string, supplierName: string, share: number) =>
    t.gql<{ createSupplyLink: { id: string } }>(
      'mutation($i: CreateSupplyLinkInput!) { createSupplyLink(input: $i) { id } }',
      { i: { itemId, supplierName, country: 'FR', share, visibility } },
      werf,
    );

  it("delivers only what each subscriber may see: never another company's OWNER link, never a hidden supplier name", async () => {
    const outsider = subscribe(t, magneet, groupId);
    const owner = subscribe(t, werf, groupId);
    await Promise.all([outsider.started, owner.started]);
    // graphql-ws acknowledges the connection before the subscription is registered; a first event proves both are live.
    await create('ROADMAP', 'Warm-up Fournitures SA', 0.05);
    await until(() => outsider.events.length >= 1 && owner.events.length >= 1, 'the warm-up event');

    const secret = await create('OWNER', 'Geheime Leverancier SAS', 0.1);
    const open = await create('ROADMAP', 'Open Fournitures SA', 0.1);
    await until(() => owner.events.length >= 3 && outsider.events.length >= 2, 'the events');

    expect(owner.events.slice(1).map((e) => [e.kind, e.link.id, e.link.supplierName])).toEqual([
      ['CREATED', secret.data!.createSupplyLink.id, 'Geheime Leverancier SAS'],
      ['CREATED', open.data!.createSupplyLink.id, 'Open Fournitures SA'],
    ]);
    expect(outsider.events.slice(1)).toEqual([
      { kind: 'CREATED', link: { id: open.data!.createSupplyLink.id, country: 'FR', share: 0.1, supplierName: null } },
    ]);
    expect(JSON.stringify(outsider.events)).not.toContain('Geheime');
    await Promise.all([outsider.close(), owner.close()]);
  });

  it('refuses an anonymous subscription', async () => {
    const anonymous = subscribe(t, 'rk_not-a-session', groupId);
    await until(() => anonymous.errors.length > 0, 'the refusal');
    // Shaped like every other error (code in extensions), although graphql-ws bypasses Apollo's formatter.
    expect(JSON.stringify(anonymous.errors)).toContain('"code":"UNAUTHENTICATED"');
    await anonymous.close();
  });
});
