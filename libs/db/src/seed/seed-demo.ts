import type { DataSource, EntityManager } from 'typeorm';
import {
  CompositionEntity,
  DocumentEntity,
  ItemEntity,
  ItemMaterialEntity,
  MaterialEntity,
  OrganisationEntity,
  ParticipantEntity,
  ProductGroupEntity,
  RoadmapEntity,
  SupplyLinkEntity,
  UserEntity,
  type ParticipantRole,
} from '../entities';
import { hashPassword, type PasswordHashCost } from '../passwords';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_FLEET } from './demo-fleet';
import { DEMO_DOCUMENT_TITLE, demoDocumentState } from './demo-document';
import { seedDemoRoadmapWork } from './demo-roadmap-work';
import { seedDemoDisruptions, seedDemoMonitoring } from './seed-demo-monitoring';
import { seedDemoSuppliers } from './seed-demo-suppliers';

export interface SeedResult {
  /** False when the database already had organisations: the demo data is loaded on first start only. */
  seeded: boolean;
}

/** Each demo organisation's part in the ship roadmap. */
const DEMO_PARTICIPATION: Record<string, ParticipantRole> = {
  ez: 'LEAD',
  defensie: 'LEAD',
  nmo: 'MEMBER',
  werf: 'MEMBER',
  radar: 'MEMBER',
  magneet: 'MEMBER',
};

/**
 * Loads the demo workspace into an empty database, in one transaction: organisations and users,
 * the product group "Militaire schepen" with its roadmap and participants, and the naval chain
 * (items, compositions, materials per item, supply links with mixed visibility), and the roadmap's
 * risks, interventions, agreements and activity (`demo-roadmap-work.ts`).
 * Needs the materials catalogue (`seedReferenceData`) first.
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: { password: string; passwordHashCost?: PasswordHashCost },
): Promise<SeedResult> {
  return dataSource.transaction(async (em) => {
    // Serialise concurrent first starts (several replicas on one fresh database).
    await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['routekaart.seed']);
    if ((await em.count(OrganisationEntity)) > 0) return { seeded: false };
    const passwordHash = await hashPassword(options.password, options.passwordHashCost);
    const orgIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const demo of DEMO_ORGANISATIONS) {
      const org = await em.save(em.create(OrganisationEntity, { name: demo.name, kind: demo.kind, kvk: null, tradeAssociation: demo.tradeAssociation ?? false }));
      orgIds.set(demo.key, org.id);
      for (const user of demo.users) {
        const saved = await em.save(
          em.create(UserEntity, {
            email: user.email,
            name: user.name,
            role: user.role,
            organisationId: org.id,
            passwordHash,
            disabledAt: null,
          }),
        );
        // The organisation's first user acts for it in the demo roadmap's history.
        if (!userIds.has(demo.key)) userIds.set(demo.key, saved.id);
      }
    }
    const roadmap = await seedFleet(em, orgIds);
    await seedDemoRoadmapWork(em, { roadmapId: roadmap.id, roadmapTitle: roadmap.title, orgIds, userIds });
    await seedDemoMonitoring(em, { publisherOrgId: orgIds.get('nmo')!, userId: userIds.get('nmo') ?? null });
    await seedDemoDisruptions(em, { orgIds, itemName: demoItemName });
    await seedDemoSuppliers(em, { orgIds });
    return { seeded: true };
  });
}

async function seedFleet(em: EntityManager, orgIds: Map<string, string>): Promise<RoadmapEntity> {
  const org = (key: string) => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`demo data names unknown organisation "${key}"`);
    return id;
  };
  const group = await em.save(em.create(ProductGroupEntity, DEMO_FLEET.productGroup));
  const roadmap = await em.save(
    em.create(RoadmapEntity, { productGroupId: group.id, title: 'Routekaart Militaire schepen 2026', phase: 'CHAIN_MAPPING' }),
  );
  for (const [key, role] of Object.entries(DEMO_PARTICIPATION)) {
    await em.insert(ParticipantEntity, { roadmapId: roadmap.id, organisationId: org(key), role });
  }
  await em.insert(DocumentEntity, { roadmapId: roadmap.id, title: DEMO_DOCUMENT_TITLE, state: demoDocumentState() });

  const itemIds = new Map<string, string>();
  for (const item of DEMO_FLEET.items) {
    const saved = await em.save(
      em.create(ItemEntity, {
        productGroupId: group.id,
        kind: item.kind,
        name: item.name,
        description: item.description ?? null,
        // Platforms belong to the roadmap; the shipyard that integrates them maintains them.
        ownerOrgId: org(item.ownerOrgKey ?? 'werf'),
        visibility: 'ROADMAP',
        sharedWith: [],
      }),
    );
    itemIds.set(item.key, saved.id);
  }
  const itemId = (key: string) => {
    const id = itemIds.get(key);
    if (!id) throw new Error(`demo data names unknown item "${key}"`);
    return id;
  };
  await em.insert(
    CompositionEntity,
    DEMO_FLEET.compositions.map((c) => ({ parentId: itemId(c.parentKey), childId: itemId(c.childKey), quantity: c.quantity, unit: c.unit })),
  );
  const materials = new Map((await em.find(MaterialEntity)).map((m) => [m.symbol, m.id]));
  await em.insert(
    ItemMaterialEntity,
    DEMO_FLEET.itemMaterials.map((m) => {
      const materialId = materials.get(m.materialSymbol);
      if (!materialId) throw new Error(`demo data names material "${m.materialSymbol}", which the catalogue lacks`);
      return { itemId: itemId(m.itemKey), materialId, quantityKg: m.quantityKg };
    }),
  );
  await em.insert(
    SupplyLinkEntity,
    DEMO_FLEET.supplyLinks.map((l) => ({
      itemId: itemId(l.itemKey),
      supplierOrgId: l.supplierOrgKey ? org(l.supplierOrgKey) : null,
      supplierName: l.supplierName,
      country: l.country,
      share: l.share,
      tier: l.tier,
      leadTimeWeeks: l.leadTimeWeeks,
      stockMonths: l.stockMonths,
      singleSource: l.singleSource,
      visibility: l.visibility,
      sharedWith: l.sharedWith.map(org),
      contributedByOrgId: org(l.contributedByOrgKey),
    })),
  );
  return roadmap;
}

/** The name of a demo item by its key in demo-fleet.ts. */
function demoItemName(key: string): string {
  const item = DEMO_FLEET.items.find((i) => i.key === key);
  if (!item) throw new Error(`demo data names unknown item "${key}"`);
  return item.name;
}
