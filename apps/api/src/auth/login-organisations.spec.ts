import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const CREATE_USER =
  'mutation($i: CreateUserInput!) { createUser(input: $i) { email name role organisation { name } } }';
const LOGIN = 'mutation($e: String!, $p: String!, $o: ID) { login(email: $e, password: $p, organisationId: $o) { token user { email organisation { name } } } }';

type LoginAnswer = { login: { token: string; user: { email: string; organisation: { name: string } } } };

describe('one e-mail address in several organisations', () => {
  let t: TestPlatform;
  /** Admin tokens and organisation ids of three demo organisations. */
  const admins: Record<'werf' | 'radar' | 'magneet', { token: string; organisationId: string; name: string }> = {} as never;

  beforeAll(async () => {
    t = await startTestPlatform();
    for (const [key, email] of [
      ['werf', 'keten@werf.example'],
      ['radar', 'inkoop@radar.example'],
      ['magneet', 'verkoop@magneet.example'],
    ] as const) {
      const token = await t.login(email);
      const me = await t.gql<{ me: { organisation: { id: string; name: string } } }>('{ me { organisation { id name } } }', {}, token);
      admins[key] = { token, organisationId: me.data!.me.organisation.id, name: me.data!.me.organisation.name };
    }
  });
  afterAll(async () => t?.close());

  const createUser = (admin: keyof typeof admins, email: string, password: string) =>
    t.gql<{ createUser: { email: string } }>(CREATE_USER, { i: { email, name: 'Sam de Wit', role: 'EDITOR', password } }, admins[admin].token);
  const login = (email: string, password: string, organisationId?: string) =>
    t.gql<LoginAnswer>(LOGIN, { e: email, p: password, o: organisationId ?? null });

  it('answers an admin adding a user the same whether or not the address has an account in another organisation', async () => {
    // beleid@ez.example is the ministry's account, which the shipyard's admin may not know exists.
    const elsewhere = await createUser('werf', 'beleid@ez.example', 'een-lang-wachtwoord');
    const nowhere = await createUser('werf', 'niemand@ez.example', 'een-lang-wachtwoord');
    expect(elsewhere.errors).toBeUndefined();
    expect({ ...elsewhere.data!.createUser, email: 'x' }).toEqual({ ...nowhere.data!.createUser, email: 'x' });

    // A second time both exist in the admin's own organisation, and both answers are the same CONFLICT.
    const again = [await createUser('werf', 'beleid@ez.example', 'een-lang-wachtwoord'), await createUser('werf', 'NIEMAND@ez.example', 'een-lang-wachtwoord')];
    expect(again[0]).toEqual(again[1]);
    expect(again[0].errors![0]).toMatchObject({
      message: 'your organisation already has a user with this e-mail address',
      extensions: { code: 'CONFLICT', field: 'email' },
    });

    // The ministry's own account is untouched and logs in as before, to its own organisation.
    expect((await login('beleid@ez.example', 'routekaart')).data!.login.user.organisation.name).toBe('Ministerie van Economische Zaken');
  });

  it('logs in to the one organisation whose password matches', async () => {
    await createUser('radar', 'sam@voorbeeld.example', 'wachtwoord-van-radar');
    await createUser('werf', 'sam@voorbeeld.example', 'wachtwoord-van-de-werf');
    expect((await login('sam@voorbeeld.example', 'wachtwoord-van-radar')).data!.login.user.organisation.name).toBe(admins.radar.name);
    expect((await login('Sam@Voorbeeld.example', 'wachtwoord-van-de-werf')).data!.login.user.organisation.name).toBe(admins.werf.name);
    // A wrong password gets the answer an unknown address gets.
    const wrong = await login('sam@voorbeeld.example', 'geen-van-beide');
    const unknown = await login('onbekend@voorbeeld.example', 'geen-van-beide');
    expect(wrong).toEqual(unknown);
    expect(wrong.errors![0]).toMatchObject({ message: 'Wrong e-mail address or password', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('asks which organisation when the password matches several, naming only those, and logs in to the one chosen', async () => {
    await createUser('radar', 'dubbel@voorbeeld.example', 'hetzelfde-wachtwoord');
    await createUser('magneet', 'dubbel@voorbeeld.example', 'hetzelfde-wachtwoord');
    await createUser('werf', 'dubbel@voorbeeld.example', 'een-ander-wachtwoord');

    const ask = await login('dubbel@voorbeeld.example', 'hetzelfde-wachtwoord');
    expect(ask.data).toBeNull();
    expect(ask.errors![0]).toEqual({
      message: 'This e-mail address has accounts in several organisations: choose one',
      locations: expect.any(Array),
      path: ['login'],
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'organisationId',
        organisations: [
          { id: admins.magneet.organisationId, name: admins.magneet.name },
          { id: admins.radar.organisationId, name: admins.radar.name },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      },
    });
    // Asking opened no session.
    const [{ sessions }] = await t.platform.dataSource.query(
      `SELECT count(*)::int AS sessions FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'dubbel@voorbeeld.example'`,
    );
    expect(sessions).toBe(0);

    const chosen = await login('dubbel@voorbeeld.example', 'hetzelfde-wachtwoord', admins.magneet.organisationId);
    expect(chosen.data!.login.user).toEqual({ email: 'dubbel@voorbeeld.example', organisation: { name: admins.magneet.name } });
    const me = await t.gql<{ me: { organisation: { name: string } } }>('{ me { organisation { name } } }', {}, chosen.data!.login.token);
    expect(me.data!.me.organisation.name).toBe(admins.magneet.name);

    // An organisation whose account has another password, or none with this address, is a wrong login.
    const unknownOrganisation = await login('dubbel@voorbeeld.example', 'hetzelfde-wachtwoord', '00000000-0000-4000-8000-000000000000');
    for (const res of [await login('dubbel@voorbeeld.example', 'hetzelfde-wachtwoord', admins.werf.organisationId), unknownOrganisation]) {
      expect(res.errors![0]).toMatchObject({ message: 'Wrong e-mail address or password', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('leaves a disabled account out, so the one remaining match logs in without asking', async () => {
    await createUser('radar', 'wissel@voorbeeld.example', 'hetzelfde-wachtwoord');
    await createUser('magneet', 'wissel@voorbeeld.example', 'hetzelfde-wachtwoord');
    await t.platform.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE email = 'wissel@voorbeeld.example' AND organisation_id = $1`, [
      admins.radar.organisationId,
    ]);
    expect((await login('wissel@voorbeeld.example', 'hetzelfde-wachtwoord')).data!.login.user.organisation.name).toBe(admins.magneet.name);
  });
});
