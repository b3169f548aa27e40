import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface Restriction {
  id: string;
  country: string;
  measure: string;
  since: string;
  until: string | null;
  description: string;
  source: string;
  material: { symbol: string };
}

const FIELDS = 'id country measure since until description source material { symbol }';
const LIST = `query($country: String, $materialId: ID, $activeOn: String) {
  exportRestrictions(country: $country, materialId: $materialId, activeOn: $activeOn) { ${FIELDS} } }`;
const RECORD = `mutation($i: RecordExportRestrictionInput!) { recordExportRestriction(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateExportRestrictionInput!) { updateExportRestriction(id: $id, input: $i) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteExportRestriction(id: $id) }';

/** The seeded file (libs/db/src/seed/data/export-restrictions.csv) in the list's order: newest first, then country, symbol. */
const SEEDED = [
  ...['Dy', 'Gd', 'Lu', 'Sc', 'Sm', 'Tb', 'Y'].map((s) => `2025-04-04 CN ${s} LICENSING`),
  ...['Bi', 'In', 'Mo', 'Te', 'W'].map((s) => `2025-02-04 CN ${s} LICENSING`),
  '2024-09-15 CN Sb LICENSING',
  '2023-12-01 CN GRAPHITE LICENSING',
  '2023-08-01 CN Ga LICENSING',
  '2023-08-01 CN Ge LICENSING',
  '2020-01-01 ID Ni BAN',
];
const line = (r: Restriction) => `${r.since} ${r.country} ${r.material.symbol} ${r.measure}`;

const USERS = ['beleid@ez.example', 'beleid@defensie.example', 'analist@nmo.example', 'keten@werf.example', 'inkoop@radar.example', 'verkoop@magneet.example'];

describe('export restrictions over GraphQL', () => {
  let t: TestPlatform;
  let tokens: Record<string, string>;
  let nmo: string;
  let cobalt: string;

  const list = async (vars: Record<string, unknown>, token = nmo) => {
    const res = await t.gql<{ exportRestrictions: Restriction[] }>(LIST, vars, token);
    expect(res.errors).toBeUndefined();
    return res.data!.exportRestrictions;
  };
  const record = (i: Record<string, unknown>, token = nmo) => t.gql<{ recordExportRestriction: Restriction }>(RECORD, { i: { ...goodInput(), ...i } }, token);
  const goodInput = () => ({
    materialId: cobalt,
    country: 'CD',
    measure: 'BAN',
    since: '2025-02-22',
    description: 'Suspension of cobalt exports',
    source: 'ARECOMS decision of 22 February 2025',
  });
  const errorOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

  beforeAll(async () => {
    t = await startTestPlatform();
    tokens = Object.fromEntries(await Promise.all(USERS.map(async (email) => [email, await t.login(email)] as const)));
    nmo = tokens['analist@nmo.example'];
    [{ id: cobalt }] = await t.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Co'`);
  });
  afterAll(async () => t?.close());

  describe('reading', () => {
    it.each(USERS)('lists the seeded restrictions, newest first, to %s', async (email) => {
      const rows = await list({}, tokens[email]);
      expect(rows.map(line)).toEqual(SEEDED);
      expect(rows.find((r) => r.material.symbol === 'Ga')).toMatchObject({
        until: null,
        description: 'Export licence required for gallium and germanium items (metals, compounds, wafers)',
        source: 'MOFCOM/GAC Announcement No. 23 of 2023',
      });
    });

    it("shows China's licence requirement of 1 August 2023 on gallium", async () => {
      const res = await t.gql<{ material: { exportRestrictions: unknown[] } }>(
        '{ material(symbol: "Ga") { exportRestrictions { country measure since } } }',
        {},
        tokens['keten@werf.example'],
      );
      expect(res.data!.material.exportRestrictions).toEqual([{ country: 'CN', measure: 'LICENSING', since: '2023-08-01' }]);
    });

    it('filters by country, material and the date the restriction is in force on', async () => {
      expect((await list({ country: 'ID' })).map(line)).toEqual(['2020-01-01 ID Ni BAN']);
      expect(await list({ country: 'US' })).toEqual([]);
      expect((await list({ activeOn: '2023-01-01' })).map(line)).toEqual(['2020-01-01 ID Ni BAN']);
      expect((await list({ activeOn: '2023-08-01' })).map(line)).toEqual(['2023-08-01 CN Ga LICENSING', '2023-08-01 CN Ge LICENSING', '2020-01-01 ID Ni BAN']);
      expect((await list({ activeOn: '2025-03-01', country: 'CN' })).map((r) => r.material.symbol)).toEqual(['Bi', 'In', 'Mo', 'Te', 'W', 'Sb', 'GRAPHITE', 'Ga', 'Ge']);
      const [{ id: ge }] = await t.platform.dataSource.query(`SELECT id FROM material WHERE symbol = 'Ge'`);
      expect((await list({ materialId: ge })).map(line)).toEqual(['2023-08-01 CN Ge LICENSING']);
      expect(await list({ materialId: 'not-an-id' })).toEqual([]);

      const ga = await t.gql<{ material: { before: unknown[]; after: unknown[] } }>(
        '{ material(symbol: "Ga") { before: exportRestrictions(activeOn: "2023-07-31") { since } after: exportRestrictions(activeOn: "2023-08-01") { since } } }',
        {},
        nmo,
      );
      expect(ga.data!.material).toEqual({ before: [], after: [{ since: '2023-08-01' }] });
    });

    it('tells whether a restriction is in force on a day, today by default', async () => {
      const res = await t.gql<{ exportRestrictions: { material: { symbol: string }; active: boolean; then: boolean }[] }>(
        '{ exportRestrictions(country: "CN") { material { symbol } active then: active(on: "2024-01-01") } }',
        {},
        nmo,
      );
      const bySymbol = Object.fromEntries(res.data!.exportRestrictions.map((r) => [r.material.symbol, r]));
      expect(bySymbol.Ga).toMatchObject({ active: true, then: true });
      expect(bySymbol.Sb).toMatchObject({ active: true, then: false });
    });

    it.each([
      ['a lower-case country filter', '{ exportRestrictions(country: "cn") { id } }', 'country'],
      ['a filter date that is no date', '{ exportRestrictions(activeOn: "2023-02-30") { id } }', 'activeOn'],
      ['a date on the material field in another format', '{ material(symbol: "Ga") { exportRestrictions(activeOn: "01-08-2023") { id } } }', 'activeOn'],
      ['a date for active that is no date', '{ exportRestrictions(country: "ID") { active(on: "today") } }', 'on'],
    ])('answers %s with BAD_USER_INPUT naming the argument', async (_case, query, field) => {
      expect(errorOf(await t.gql(query, {}, nmo))).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('needs a login', async () => {
      expect(errorOf(await t.gql(LIST, {}))).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('loads the restrictions of a page of materials in a bounded number of statements', async () => {
      const q = (first: number) => t.gql(`{ materials(first: ${first}) { nodes { symbol exportRestrictions { country active material { symbol } } } } }`, {}, nmo);
      const small = await t.countQueries(() => q(3));
      const large = await t.countQueries(async () => {
        const res = await q(100);
        expect(res.errors).toBeUndefined();
      });
      expect(large.length - small.length).toBeLessThanOrEqual(2);
      expect(large.filter((sql) => sql.includes('export_restriction'))).toHaveLength(1);
    });
  });

  describe('writing', () => {
    it('lets a knowledge institute record, end and delete a restriction, each audited', async () => {
      const created = await record({ description: '  Suspension of cobalt exports  ' });
      expect(created.errors).toBeUndefined();
      const restriction = created.data!.recordExportRestriction;
      expect(restriction).toMatchObject({ country: 'CD', measure: 'BAN', since: '2025-02-22', until: null, description: 'Suspension of cobalt exports', material: { symbol: 'Co' } });
      expect((await list({ country: 'CD' })).map((r) => r.id)).toEqual([restriction.id]);

      const ended = await t.gql<{ updateExportRestriction: Restriction }>(UPDATE, { id: restriction.id, i: { until: '2025-10-15', measure: 'QUOTA' } }, nmo);
      expect(ended.errors).toBeUndefined();
      expect(ended.data!.updateExportRestriction).toMatchObject({ measure: 'QUOTA', since: '2025-02-22', until: '2025-10-15' });
      expect((await list({ country: 'CD', activeOn: '2025-10-16' })).map((r) => r.id)).toEqual([]);
      expect((await list({ country: 'CD', activeOn: '2025-10-15' })).map((r) => r.id)).toEqual([restriction.id]);

      const deleted = await t.gql<{ deleteExportRestriction: boolean }>(DELETE, { id: restriction.id }, nmo);
      expect(deleted.data).toEqual({ deleteExportRestriction: true });
      expect(await list({ country: 'CD' })).toEqual([]);

      const audit: { action: string; changes: Record<string, unknown>; email: string }[] = await t.platform.dataSource.query(
        `SELECT a.action, a.changes, u.email FROM audit_event a JOIN app_user u ON u.id = a.actor_user_id
         WHERE a.subject_type = 'ExportRestriction' AND a.subject_id = $1 ORDER BY a.id`,
        [restriction.id],
      );
      expect(audit.map((a) => [a.action, a.email])).toEqual([
        ['exportRestriction.record', 'analist@nmo.example'],
        ['exportRestriction.update', 'analist@nmo.example'],
        ['exportRestriction.delete', 'analist@nmo.example'],
      ]);
      expect(audit[0].changes).toMatchObject({ materialId: cobalt, country: 'CD', measure: 'BAN', since: '2025-02-22', until: null });
      expect(audit[1].changes).toEqual({ materialId: cobalt, country: 'CD', measure: { from: 'BAN', to: 'QUOTA' }, until: { from: null, to: '2025-10-15' } });
      expect(audit[2].changes).toEqual({ materialId: cobalt, country: 'CD', measure: 'QUOTA', since: '2025-02-22' });
    });

    it.each(['beleid@ez.example', 'beleid@defensie.example', 'keten@werf.example', 'inkoop@radar.example', 'verkoop@magneet.example'])(
      'refuses every write by %s with FORBIDDEN and changes nothing',
      async (email) => {
        const [ga] = await list({ country: 'CN', activeOn: '2023-08-01' });
        expect(errorOf(await record({}, tokens[email]))).toMatchObject({ code: 'FORBIDDEN' });
        expect(errorOf(await t.gql(UPDATE, { id: ga.id, i: { until: '2030-01-01' } }, tokens[email]))).toMatchObject({ code: 'FORBIDDEN' });
        expect(errorOf(await t.gql(DELETE, { id: ga.id }, tokens[email]))).toMatchObject({ code: 'FORBIDDEN' });
        expect((await list({})).map(line)).toEqual(SEEDED);
        expect(await list({ country: 'CN', activeOn: '2023-08-01' })).toContainEqual(ga);
      },
    );

    it.each([
      ['a lower-case country', { country: 'cd' }, 'country'],
      ['a code that is no country', { country: 'XX' }, 'country'],
      ['a country name', { country: 'Congo' }, 'country'],
      ['a since in another format', { since: '22-02-2025' }, 'since'],
      ['a since that is no date', { since: '2025-02-30' }, 'since'],
      ['an until that is no date', { until: '2025-13-01' }, 'until'],
      ['an until before since', { until: '2025-02-21' }, 'until'],
      ['an empty description', { description: '   ' }, 'description'],
      ['a description over 1000 characters', { description: 'x'.repeat(1001) }, 'description'],
      ['an empty source', { source: '' }, 'source'],
      ['a source over 300 characters', { source: 'x'.repeat(301) }, 'source'],
    ])('refuses to record %s with BAD_USER_INPUT on that field', async (_case, change, field) => {
      expect(errorOf(await record(change))).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await list({ materialId: cobalt })).toEqual([]);
    });

    it.each([
      ['a since that is no date', { since: '2023-8-1' }, 'since'],
      ['an until before since', { until: '2022-12-31' }, 'until'],
      ['a since after the until on record', { since: '2031-01-01' }, 'since'],
      ['removing since', { since: null }, 'since'],
      ['removing the measure', { measure: null }, 'measure'],
      ['an empty description', { description: '' }, 'description'],
      ['an empty source', { source: ' ' }, 'source'],
    ])('refuses an update with %s with BAD_USER_INPUT on that field, changing nothing', async (_case, change, field) => {
      const created = await record({ since: '2023-01-01', until: '2030-12-31' });
      const { id } = created.data!.recordExportRestriction;
      try {
        expect(errorOf(await t.gql(UPDATE, { id, i: change }, nmo))).toEqual({ code: 'BAD_USER_INPUT', field });
        expect((await list({ materialId: cobalt })).map((r) => [r.since, r.until])).toEqual([['2023-01-01', '2030-12-31']]);
      } finally {
        await t.gql(DELETE, { id }, nmo);
      }
    });

    it('refuses a second restriction with the same material, country, measure and since with CONFLICT', async () => {
      const first = await record({});
      const { id } = first.data!.recordExportRestriction;
      try {
        expect(errorOf(await record({ description: 'again' }))).toMatchObject({ code: 'CONFLICT' });
        const other = await record({ measure: 'EXPORT_TAX' });
        expect(other.errors).toBeUndefined();
        expect(errorOf(await t.gql(UPDATE, { id: other.data!.recordExportRestriction.id, i: { measure: 'BAN' } }, nmo))).toMatchObject({ code: 'CONFLICT' });
        await t.gql(DELETE, { id: other.data!.recordExportRestriction.id }, nmo);
      } finally {
        await t.gql(DELETE, { id }, nmo);
      }
      expect(await list({ materialId: cobalt })).toEqual([]);
    });

    it('answers NOT_FOUND for an unknown material or restriction', async () => {
      const unknown = '00000000-0000-0000-0000-000000000000';
      expect(errorOf(await record({ materialId: unknown }))).toEqual({ code: 'NOT_FOUND', field: 'materialId' });
      expect(errorOf(await record({ materialId: 'Co' }))).toEqual({ code: 'NOT_FOUND', field: 'materialId' });
      expect(errorOf(await t.gql(UPDATE, { id: unknown, i: { until: '2030-01-01' } }, nmo))).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf(await t.gql(DELETE, { id: unknown }, nmo))).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf(await t.gql(DELETE, { id: 'not-an-id' }, nmo))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    });
  });
});
