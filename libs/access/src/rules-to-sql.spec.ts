import { createMongoAbility, type MongoQuery } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { defineAbilityFor } from './define-ability';
import { rulesToPositionalSql, rulesToSql, type SqlColumns } from './rules-to-sql';

const SUPPLY_LINK_COLUMNS: SqlColumns = {
  contributedByOrgId: 'sl.contributed_by_org_id',
  visibility: 'sl.visibility',
  sharedWith: { sql: 'sl.shared_with', array: true },
  roadmapIds: { sql: 'sl.roadmap_ids', array: true, type: 'uuid' },
};

const industryEditor: Actor = {
  userId: 'u-1',
  organisationId: 'org-radar',
  organisationKind: 'INDUSTRY',
  role: 'EDITOR',
  participations: [
    { roadmapId: 'r-2', role: 'MEMBER' },
    { roadmapId: 'r-1', role: 'OBSERVER' },
  ],
};

/** An ability with rules written by hand, to exercise every operator and inverted rules. */
function abilityOf(...rules: { can?: MongoQuery | true; cannot?: MongoQuery | true }[]) {
  return createMongoAbility(
    rules.map((r) => {
      const inverted = r.cannot !== undefined;
      const conditions = inverted ? r.cannot : r.can;
      return { action: 'read', subject: 'X', inverted, ...(conditions === true ? {} : { conditions }) };
    }),
  );
}

const X: SqlColumns = {
  a: 'x.a',
  b: 'x.b',
  n: 'x.n',
  tags: { sql: 'x.tags', array: true },
  ids: { sql: 'x.ids', array: true, type: 'uuid' },
  org: { sql: 'x.org_id', type: 'uuid' },
};
const sqlOf = (ability: ReturnType<typeof abilityOf>) => rulesToSql(ability, 'read', 'X', X, { paramPrefix: 'p' });

describe('rulesToSql on the platform ability', () => {
  it('turns an industry editor’s supply link reads into one OR of owner, sharedWith and roadmap visibility', () => {
    const filter = rulesToSql(defineAbilityFor(industryEditor), 'read', 'SupplyLink', SUPPLY_LINK_COLUMNS, { paramPrefix: 'acl_' });
    expect(filter.sql).toBe(
      '((sl.visibility = :acl_0 AND sl.roadmap_ids && :acl_1::uuid[]) OR :acl_2 = ANY(sl.shared_with) OR sl.contributed_by_org_id = :acl_3)',
    );
    expect(filter.params).toEqual({ acl_0: 'ROADMAP', acl_1: ['r-1', 'r-2'], acl_2: 'org-radar', acl_3: 'org-radar' });
  });

  it('leaves the roadmap branch out when the actor participates in no roadmap', () => {
    const filter = rulesToSql(defineAbilityFor({ ...industryEditor, participations: [] }), 'read', 'SupplyLink', SUPPLY_LINK_COLUMNS, { paramPrefix: 'p' });
    expect(filter.sql).toBe('(:p0 = ANY(sl.shared_with) OR sl.contributed_by_org_id = :p1)');
  });

  it('answers FALSE when no rule grants the action (fail closed)', () => {
    const viewer = defineAbilityFor({ ...industryEditor, role: 'VIEWER' });
    expect(rulesToSql(viewer, 'update', 'SupplyLink', SUPPLY_LINK_COLUMNS)).toEqual({ sql: 'FALSE', params: {} });
    expect(rulesToSql(viewer, 'read', 'AuditEvent', {})).toEqual({ sql: 'FALSE', params: {} });
  });

  it('answers TRUE for an unconditional grant', () => {
    expect(rulesToSql(defineAbilityFor(industryEditor), 'read', 'Material', {})).toEqual({ sql: 'TRUE', params: {} });
  });

  it('numbers positional parameters from the given offset', () => {
    const filter = rulesToPositionalSql(defineAbilityFor(industryEditor), 'update', 'SupplyLink', SUPPLY_LINK_COLUMNS, { firstParam: 3 });
    expect(filter).toEqual({ sql: 'sl.contributed_by_org_id = $3', params: ['org-radar'] });
  });

  it('gives every call its own parameter names, so two filters in one query never collide', () => {
    const ability = defineAbilityFor(industryEditor);
    const first = rulesToSql(ability, 'read', 'SupplyLink', SUPPLY_LINK_COLUMNS);
    const second = rulesToSql(ability, 'read', 'SupplyLink', SUPPLY_LINK_COLUMNS);
    expect(Object.keys(first.params).some((k) => k in second.params)).toBe(false);
    expect(first.sql).toMatch(/:casl\d+_0/);
  });
});

describe('rulesToSql operators', () => {
  it.each<[string, MongoQuery, string, Record<string, unknown>]>([
    ['equality', { a: 'v' }, 'x.a = :p0', { p0: 'v' }],
    ['$eq on a cast column', { org: { $eq: 'o-1' } }, 'x.org_id = :p0::uuid', { p0: 'o-1' }],
    ['equality with null', { a: null }, 'x.a IS NULL', {}],
    ['$ne (NULL-safe)', { a: { $ne: 'v' } }, 'x.a IS DISTINCT FROM :p0', { p0: 'v' }],
    ['$ne null', { a: { $ne: null } }, 'x.a IS NOT NULL', {}],
    ['$in', { a: { $in: ['v', 'w'] } }, 'x.a = ANY(:p0)', { p0: ['v', 'w'] }],
    ['$in with numbers', { n: { $in: [1, 2] } }, 'x.n = ANY(:p0)', { p0: [1, 2] }],
    ['$in on an empty list', { a: { $in: [] } }, 'FALSE', {}],
    ['$nin (NULL-safe)', { a: { $nin: ['v'] } }, 'NOT COALESCE(x.a = ANY(:p0), FALSE)', { p0: ['v'] }],
    ['$nin on an empty list', { a: { $nin: [] } }, 'TRUE', {}],
    ['array contains', { tags: 't' }, ':p0 = ANY(x.tags)', { p0: 't' }],
    ['array does not contain', { tags: { $ne: 't' } }, 'NOT COALESCE(:p0 = ANY(x.tags), FALSE)', { p0: 't' }],
    ['array overlaps', { ids: { $in: ['i'] } }, 'x.ids && :p0::uuid[]', { p0: ['i'] }],
    ['array does not overlap', { tags: { $nin: ['t'] } }, 'NOT COALESCE(x.tags && :p0, FALSE)', { p0: ['t'] }],
    ['a boolean', { b: true }, 'x.b = :p0', { p0: true }],
    ['several fields (AND)', { a: 'v', n: { $ne: 3 } }, '(x.a = :p0 AND x.n IS DISTINCT FROM :p1)', { p0: 'v', p1: 3 }],
  ])('%s', (_, conditions, sql, params) => {
    expect(sqlOf(abilityOf({ can: conditions }))).toEqual({ sql, params });
  });

  it('ORs several can rules, the latest first as CASL checks them', () => {
    expect(sqlOf(abilityOf({ can: { a: 'v' } }, { can: { tags: 't' } })).sql).toBe('(:p0 = ANY(x.tags) OR x.a = :p1)');
  });

  it('bounds earlier can rules by a later cannot rule: AND NOT', () => {
    expect(sqlOf(abilityOf({ can: { a: 'v' } }, { cannot: { n: 3 } }))).toEqual({
      sql: '(x.a = :p0 AND NOT COALESCE(x.n = :p1, FALSE))',
      params: { p0: 'v', p1: 3 },
    });
  });

  it('lets a can rule written after a cannot rule escape it, as CASL does', () => {
    expect(sqlOf(abilityOf({ can: { a: 'v' } }, { cannot: { n: 3 } }, { can: { tags: 't' } })).sql).toBe(
      '(:p0 = ANY(x.tags) OR (x.a = :p1 AND NOT COALESCE(x.n = :p2, FALSE)))',
    );
  });

  it('turns an unconditional can bounded by a cannot into NOT (...)', () => {
    expect(sqlOf(abilityOf({ can: true }, { cannot: { a: 'v', tags: 't' } })).sql).toBe(
      'NOT COALESCE((x.a = :p0 AND :p1 = ANY(x.tags)), FALSE)',
    );
  });

  it('answers FALSE when an unconditional cannot overrides every can', () => {
    expect(sqlOf(abilityOf({ can: { a: 'v' } }, { cannot: true }))).toEqual({ sql: 'FALSE', params: {} });
  });

  it('never puts a value into the SQL text', () => {
    const filter = sqlOf(abilityOf({ can: { a: "x' OR '1'='1" } }));
    expect(filter.sql).toBe('x.a = :p0');
    expect(filter.params.p0).toBe("x' OR '1'='1");
  });

  it('parenthesises a column given as an expression', () => {
    const filter = rulesToSql(abilityOf({ can: { roadmapIds: { $in: ['r'] } } }), 'read', 'X', {
      roadmapIds: { sql: 'SELECT array_agg(ri.roadmap_id) FROM roadmap_item ri WHERE ri.item_id = x.item_id', array: true },
    }, { paramPrefix: 'p' });
    expect(filter.sql).toBe('(SELECT array_agg(ri.roadmap_id) FROM roadmap_item ri WHERE ri.item_id = x.item_id) && :p0');
  });
});

describe('rulesToSql refuses what it cannot translate faithfully', () => {
  it('throws for a field missing from the column map instead of dropping the condition', () => {
    expect(() => sqlOf(abilityOf({ can: { secret: 'v' } }))).toThrow(/no column for field "secret" \(read X\)/);
  });

  it('throws for a field of a cannot rule missing from the column map', () => {
    expect(() => sqlOf(abilityOf({ can: true }, { cannot: { secret: 'v' } }))).toThrow(/"secret"/);
  });

  it('throws for $and, which CASL’s matcher would read as a field name', () => {
    expect(() => sqlOf(abilityOf({ can: { $and: [{ a: 'v' }] } as MongoQuery }))).toThrow(/no column for field "\$and"/);
  });

  it.each<[string, MongoQuery]>([
    ['$lt', { n: { $lt: 3 } }],
    ['$gte', { n: { $gte: 3 } }],
    ['$regex', { a: { $regex: '^v' } }],
    ['$exists', { a: { $exists: true } }],
    ['$size', { tags: { $size: 1 } }],
    ['$all', { tags: { $all: ['t'] } }],
    ['$elemMatch', { tags: { $elemMatch: { $eq: 't' } } }],
  ])('throws for %s', (_, conditions) => {
    expect(() => sqlOf(abilityOf({ can: conditions }))).toThrow(/not supported/);
  });

  it.each<[string, MongoQuery]>([
    ['an array value for equality', { a: ['v', 'w'] } as MongoQuery],
    ['an object value', { a: { nested: 1 } } as MongoQuery],
    ['null inside $in', { a: { $in: ['v', null] } }],
    ['null equality on an array field', { tags: null }],
  ])('throws for %s', (_, conditions) => {
    expect(() => sqlOf(abilityOf({ can: conditions }))).toThrow(/not supported/);
  });

  it('throws for a parameter prefix or SQL type that could break the statement', () => {
    expect(() => rulesToSql(abilityOf({ can: { a: 'v' } }), 'read', 'X', X, { paramPrefix: 'p;' })).toThrow(/paramPrefix/);
    expect(() => rulesToSql(abilityOf({ can: { a: 'v' } }), 'read', 'X', { a: { sql: 'x.a', type: 'uuid; DROP' } })).toThrow(/SQL type/);
  });
});
