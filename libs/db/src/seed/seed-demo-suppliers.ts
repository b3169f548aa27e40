import type { EntityManager } from 'typeorm';
import { demoSuppliers, type DemoSupplier } from './demo-suppliers';

/**
 * Writes the demo supplier directory (demo-suppliers.ts) in one INSERT ... SELECT unnest, so the
 * test template database stays fast to create: the demo companies' own profiles (kept by their
 * organisations) and some 3,300 demo entries, the potential suppliers in metalworking kept by the
 * demo trade association for its members, the rest by nobody.
 */
export async function seedDemoSuppliers(em: EntityManager, options: { orgIds: ReadonlyMap<string, string>; suppliers?: readonly DemoSupplier[] }): Promise<void> {
  await insertSuppliers(em, options.suppliers ?? demoSuppliers(), options.orgIds);
}

/** Inserts profiles in one statement; arrays of arrays go in as text (`{a,b}`) and are cast back. */
export async function insertSuppliers(em: Pick<EntityManager, 'query'>, rows: readonly DemoSupplier[], orgIds: ReadonlyMap<string, string>): Promise<void> {
  const arr = (values: readonly string[]) => `{${values.join(',')}}`;
  await em.query(
    `INSERT INTO supplier_profile (organisation_id, name, kvk_number, province, size_class, category, capabilities, certifications, sectors, clearance,
                                   capacity_hours_per_month, capacity_from, description, government_only, demo, kept_by_org_id)
     SELECT o, n, k, p, s, c, cap::text[], cert::text[], sec::text[], cl, h, f, d, g::text[], demo, kb
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                 $11::int[], $12::date[], $13::text[], $14::text[], $15::boolean[], $16::uuid[])
          AS t(o, n, k, p, s, c, cap, cert, sec, cl, h, f, d, g, demo, kb)`,
    [
      rows.map((r) => (r.orgKey ? (orgIds.get(r.orgKey) ?? null) : null)),
      rows.map((r) => r.name),
      rows.map((r) => r.kvkNumber),
      rows.map((r) => r.province),
      rows.map((r) => r.sizeClass),
      rows.map((r) => r.category),
      rows.map((r) => arr(r.capabilities)),
      rows.map((r) => arr(r.certifications)),
      rows.map((r) => arr(r.sectors)),
      rows.map((r) => r.clearance),
      rows.map((r) => r.capacityHoursPerMonth),
      rows.map((r) => r.capacityFrom),
      rows.map((r) => r.description),
      rows.map((r) => arr(r.governmentOnly)),
      rows.map((r) => r.demo),
      rows.map((r) => (r.keptByOrgKey ? (orgIds.get(r.keptByOrgKey) ?? null) : null)),
    ],
  );
}
