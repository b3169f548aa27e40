import type { DataSource } from 'typeorm';
import { OrganisationEntity, UserEntity } from '../entities';
import { hashPassword } from '../passwords';
import { DEMO_ORGANISATIONS } from './demo-organisations';

export interface SeedResult {
  /** False when the database already had organisations: the demo data is loaded on first start only. */
  seeded: boolean;
}

/** Loads the demo organisations and users into an empty database, in one transaction. */
export async function seedDemoData(dataSource: DataSource, options: { password: string }): Promise<SeedResult> {
  return dataSource.transaction(async (em) => {
    // Serialise concurrent first starts (several replicas on one fresh database).
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['routekaart.seed']);
    if ((await em.count(OrganisationEntity)) > 0) return { seeded: false };
    const passwordHash = await hashPassword(options.password);
    for (const demo of DEMO_ORGANISATIONS) {
      const org = await em.save(em.create(OrganisationEntity, { name: demo.name, kind: demo.kind, kvk: null }));
      for (const user of demo.users) {
        await em.save(
          em.create(UserEntity, {
            email: user.email,
            name: user.name,
            role: user.role,
            organisationId: org.id,
            passwordHash,
            disabledAt: null,
          }),
        );
      }
    }
    return { seeded: true };
  });
}
