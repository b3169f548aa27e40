import { describe, expect, it } from 'vitest';
import {
  MEMBER_PROFILE_COLUMNS,
  memberProfileCells,
  memberProfileDate,
  memberProfileSheet,
  memberProfileTemplateRows,
  memberProfileVocabularyRows,
  parseMemberProfiles,
  planMemberProfiles,
  type KeptMemberProfile,
  type MemberProfileSheet,
} from './profile-import';

/** A sheet with the template's Dutch headers; `rows` give only the cells that differ from a good row. */
function sheet(rows: Record<string, string>[], language: 'nl' | 'en' = 'nl'): MemberProfileSheet {
  const header = (key: string) => MEMBER_PROFILE_COLUMNS.find((c) => c.key === key)!.header[language];
  const good: Record<string, string> = {
    kvkNumber: '30123456',
    name: 'Van Dijk Precisietechniek B.V.',
    province: 'Gelderland',
    sizeClass: 'klein',
    category: 'C',
    capabilities: '5-assig verspanen; precisieplaatwerk',
  };
  return {
    name: 'Leveranciers',
    rows: rows.map((r) => Object.fromEntries(MEMBER_PROFILE_COLUMNS.map((c) => [header(c.key), { ...good, ...r }[c.key] ?? '']))),
  };
}

describe('parseMemberProfiles', () => {
  it('reads a good row with labels, codes and visibility columns', () => {
    const parsed = parseMemberProfiles(
      sheet([
        {
          certifications: 'ISO 9001;EN_9100; iso 9001',
          sectors: 'maritiem',
          clearance: 'aangevraagd',
          capacityHoursPerMonth: '400',
          capacityFrom: '01-03-2027',
          'visibility.CAPACITY': 'alleen overheid',
          'visibility.KVK': 'Government only',
        },
      ]),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.profiles).toEqual([
      expect.objectContaining({
        row: 2,
        kvkNumber: '30123456',
        province: 'GELDERLAND',
        sizeClass: 'SMALL',
        category: 'C',
        capabilities: ['FIVE_AXIS_MACHINING', 'PRECISION_SHEET_METAL'],
        certifications: ['ISO_9001', 'EN_9100'],
        sectors: ['MARITIME'],
        clearance: 'APPLIED',
        capacityHoursPerMonth: 400,
        capacityFrom: '2027-03-01',
        governmentOnly: ['KVK', 'CAPACITY'],
      }),
    ]);
  });

  it('reports every bad cell of every row with its row, column and code', () => {
    const parsed = parseMemberProfiles(
      sheet([
        { capabilities: 'lassen; telepathie' },
        { kvkNumber: '1234567', province: 'Brabant' },
        { kvkNumber: '30123456', capacityHoursPerMonth: '12,5' },
        { kvkNumber: '40123456', capacityHoursPerMonth: '-3', capacityFrom: '2027-02-30', sizeClass: '' },
        { kvkNumber: '50123456', capacityHoursPerMonth: 'veel', 'visibility.SECTORS': 'geheim' },
      ]),
    );
    expect(parsed.profiles).toEqual([]);
    expect(parsed.errors.map((e) => [e.row, e.column, e.code, e.params?.['value'] ?? null])).toEqual([
      [2, 'Capaciteiten', 'UNKNOWN_VALUE', 'lassen'],
      [2, 'Capaciteiten', 'UNKNOWN_VALUE', 'telepathie'],
      [3, 'KvK-nummer', 'BAD_KVK', '1234567'],
      [3, 'Provincie', 'UNKNOWN_VALUE', 'Brabant'],
      [4, 'KvK-nummer', 'DUPLICATE_KVK', '30123456'],
      [4, 'Capaciteit (uur per maand)', 'NOT_A_WHOLE_NUMBER', '12,5'],
      [5, 'Grootteklasse', 'REQUIRED', null],
      [5, 'Capaciteit (uur per maand)', 'OUT_OF_RANGE', '-3'],
      [5, 'Capaciteit vanaf', 'BAD_DATE', '2027-02-30'],
      [6, 'Capaciteit (uur per maand)', 'NOT_A_NUMBER', 'veel'],
      [6, 'Zichtbaarheid sectoren', 'UNKNOWN_VALUE', 'geheim'],
    ]);
    expect(parsed.errors.find((e) => e.code === 'DUPLICATE_KVK')?.params).toEqual({ value: '30123456', otherRow: 2 });
  });

  it('reads English headers and reports a missing required column once, not per row', () => {
    expect(parseMemberProfiles(sheet([{}], 'en')).errors).toEqual([]);
    const rows = sheet([{}, {}]).rows.map(({ Provincie: _dropped, ...rest }) => rest);
    const parsed = parseMemberProfiles({ name: 'Leveranciers', rows });
    expect(parsed.errors.map((e) => [e.row, e.column, e.code])).toEqual([[1, 'Provincie', 'MISSING_COLUMN']]);
  });

  it('reports a file without rows', () => {
    expect(parseMemberProfiles({ name: 'Leveranciers', rows: [] }).errors.map((e) => e.code)).toEqual(['NO_ROWS']);
  });
});

describe('planMemberProfiles', () => {
  const parsed = parseMemberProfiles(sheet([{ kvkNumber: '11111111' }, { kvkNumber: '22222222', name: 'Nieuw B.V.' }, { kvkNumber: '33333333' }, { kvkNumber: '44444444' }, { kvkNumber: '55555555' }]));
  const kept = (kvk: string, name: string): KeptMemberProfile => ({ ...parsed.profiles.find((p) => p.kvkNumber === kvk)!, id: `id-${kvk}`, name });

  it('updates what the association keeps, creates the rest, and refuses numbers others hold', () => {
    const plan = planMemberProfiles(
      parsed,
      new Map([
        ['11111111', kept('11111111', 'Oude naam B.V.')],
        // Stored with its capabilities in another order: the same set, so unchanged.
        ['55555555', { ...kept('55555555', 'Van Dijk Precisietechniek B.V.'), capabilities: ['PRECISION_SHEET_METAL', 'FIVE_AXIS_MACHINING'] }],
      ]),
      new Map([
        ['33333333', 'SELF_MANAGED' as const],
        ['44444444', 'KEPT_ELSEWHERE' as const],
      ]),
    );
    expect(plan.update.map((u) => [u.id, u.fields])).toEqual([['id-11111111', ['name']]]);
    expect(plan.create.map((p) => p.kvkNumber)).toEqual(['22222222']);
    expect(plan.unchanged.map((p) => p.kvkNumber)).toEqual(['55555555']);
    expect(plan.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [4, 'KvK-nummer', 'SELF_MANAGED'],
      [5, 'KvK-nummer', 'KEPT_ELSEWHERE'],
    ]);
  });
});

describe('the template and the export', () => {
  it('writes rows that import back unchanged, in either language', () => {
    for (const language of ['nl', 'en'] as const) {
      const [header, example] = memberProfileTemplateRows(language);
      const parsed = parseMemberProfiles({ name: 'x', rows: [Object.fromEntries(header!.map((h, i) => [h, example![i]!]))] });
      expect(parsed.errors).toEqual([]);
      const profile = parsed.profiles[0]!;
      expect(profile.governmentOnly).toEqual(['CAPACITY']);
      const again = parseMemberProfiles({ name: 'x', rows: [Object.fromEntries(header!.map((h, i) => [h, memberProfileCells(profile, language)[i]!]))] });
      expect(again.profiles[0]).toEqual(profile);
    }
  });

  it('lists every vocabulary value with its code and both labels', () => {
    const rows = memberProfileVocabularyRows('nl');
    expect(rows[0]).toEqual(['Lijst', 'Code', 'Nederlands', 'Engels']);
    expect(rows).toContainEqual(['Capaciteiten', 'FIVE_AXIS_MACHINING', '5-assig verspanen', '5-axis machining']);
    expect(rows).toContainEqual(['Provincies', 'NOORD_HOLLAND', 'Noord-Holland', 'North Holland']);
  });

  it('picks the rows sheet, not the vocabulary sheet', () => {
    expect(memberProfileSheet([{ name: 'Woordenlijst' }, { name: 'Leden' }])?.name).toBe('Leden');
    expect(memberProfileSheet([{ name: 'Woordenlijst' }, { name: 'Suppliers' }, { name: 'Other' }])?.name).toBe('Suppliers');
  });

  it('reads dates written either way and refuses days that do not exist', () => {
    expect(memberProfileDate('2027-03-01')).toBe('2027-03-01');
    expect(memberProfileDate('1-3-2027')).toBe('2027-03-01');
    expect(memberProfileDate('31-04-2027')).toBeNull();
  });
});
