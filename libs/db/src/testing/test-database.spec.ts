import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { OrganisationEntity, UserEntity } from '../entities';
import { DEMO_ORGANISATIONS } from '../seed/demo-organisations';
import { verifyPassword } from '../passwords';
import { createTestDatabase, type TestDatabase } from './create-test-database';
import { DEMO_PASSWORD_FOR_TESTS } from './constants';
import type { DataSource } from 'typeorm';

describe('a test database', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ url: db.url });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('holds every demo organisation with its users, passwords hashed with argon2id', async () => {
    const orgs = await ds.getRepository(OrganisationEntity).find();
    expect(orgs.map((o) => o.name).sort()).toEqual(DEMO_ORGANISATIONS.map((o) => o.name).sort());
    const users = await ds.getRepository(UserEntity).find({ relations: { organisation: true } });
    const emailsOf = (org: string) => users.filter((u) => u.organisation!.name === org).map((u) => u.email).sort();
    for (const org of DEMO_ORGANISATIONS) expect(emailsOf(org.name)).toEqual(org.users.map((u) => u.email).sort());
    const user = await ds.getRepository(UserEntity).findOneByOrFail({ email: 'verkoop@magneet.example' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD_FOR_TESTS)).toBe(true);
    expect(await verifyPassword(user.passwordHash!, 'wrong')).toBe(false);
  });

  it('has no pending migrations', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });

  it('rejects an upper-case e-mail address at the database', async () => {
    const org = await ds.getRepository(OrganisationEntity).findOneByOrFail({ kind: 'INDUSTRY' });
    await expect(
      ds.query(`INSERT INTO app_user (email, name, role, organisation_id) VALUES ('X@Y.NL', 'x', 'VIEWER', $1)`, [org.id]),
    ).rejects.toThrow(/check constraint/);
  });
});
