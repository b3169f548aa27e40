import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type ExcelJS from 'exceljs';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppAbility } from '@routekaart/access';
import {
  DomainError,
  forbidden,
  MEMBER_PROFILE_COLUMNS,
  MEMBER_PROFILE_SHEETS,
  memberProfileCells,
  memberProfileSheet,
  memberProfileTemplateRows,
  memberProfileVocabularyRows,
  parseMemberProfiles,
  planMemberProfiles,
  PROFILE_SECTIONS,
  type ImportLanguage,
  type KeptMemberProfile,
  type KvkHolder,
  type MemberProfileError,
  type MemberProfilePlan,
  type ParsedMemberProfile,
} from '@routekaart/domain';
import { recordAudit } from '../audit/audit';
import type { Actor } from '../common/actor';
import type { FileExportModel } from '../common/file-export.model';
import { newWorkbook, readWorkbook, XLSX_CONTENT_TYPE } from '../common/spreadsheet';
import type { ImportProblemModel } from '../common/import-report.model';
import type { MemberProfileChangeModel, MemberProfileImportReportModel, MemberProfilePageModel } from './profile-import.models';
import { PROFILE_COLUMNS, ProfileLens, type ProfileRow } from './supplier.service';

/** At most this many changes are listed in a report (the counts are always complete). */
const CHANGES_LISTED = 500;

/**
 * A trade association's bulk import of the supplier profiles it keeps for member companies without a
 * platform account (issue 19), matched by KvK number: the template, a dry run reporting every problem
 * of every row, apply in one transaction (or nothing), the list and the export of what it keeps.
 *
 * What a report says depends only on the association's own kept profiles and on what the directory
 * shows every platform user: a KvK number another company keeps for government readers is treated as
 * unknown (PERMISSIONS.md, "Inference"), so the answer is the same whether or not that company exists.
 */
@Injectable()
export class ProfileImportService {
  constructor(private readonly ds: DataSource) {}

  /** FORBIDDEN unless the actor's organisation is a trade association that may keep member profiles. */
  private assertKeeper(actor: Actor, ability: AppAbility, action: 'create' | 'update' = 'create'): void {
    if (!ability.can(action, subject('SupplierProfile', { id: '', organisationId: null, keptByOrgId: actor.organisationId }))) {
      throw forbidden('Only a trade association keeps the supplier profiles of its member companies');
    }
  }

  /** The template: the rows sheet (headers and an example), the vocabulary sheet, and an explanation sheet. */
  async template(actor: Actor, ability: AppAbility, language: ImportLanguage): Promise<FileExportModel> {
    this.assertKeeper(actor, ability);
    const workbook = await newWorkbook();
    workbook.creator = 'Routekaart';
    addSheet(workbook, MEMBER_PROFILE_SHEETS.profiles[language], memberProfileTemplateRows(language));
    addSheet(workbook, MEMBER_PROFILE_SHEETS.vocabulary[language], memberProfileVocabularyRows(language));
    const help = language === 'nl' ? ['Kolom', 'Column', 'Verplicht', 'Uitleg'] : ['Kolom', 'Column', 'Required', 'Explanation'];
    addSheet(workbook, language === 'nl' ? 'Toelichting' : 'Explanation', [
      help,
      ...MEMBER_PROFILE_COLUMNS.map((c) => [c.header.nl, c.header.en, c.required ? (language === 'nl' ? 'ja' : 'yes') : '', c.help[language]]),
    ]);
    return {
      filename: language === 'nl' ? 'leveranciersprofielen-sjabloon.xlsx' : 'supplier-profiles-template.xlsx',
      contentType: XLSX_CONTENT_TYPE,
      base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    };
  }

  /**
   * Reads the file and plans it against the profiles the association keeps; with `apply`, writes it
   * in one transaction, or — when any row has a problem — refuses (BAD_USER_INPUT on `file`, every
   * problem in `rows`) and writes nothing. Audited when applied.
   */
  async run(actor: Actor, ability: AppAbility, args: { fileName: string; contentBase64: string; apply: boolean }): Promise<MemberProfileImportReportModel> {
    this.assertKeeper(actor, ability);
    const sheets = await readWorkbook(args.fileName, args.contentBase64);
    const sheet = memberProfileSheet(sheets);
    if (!sheet) throw new DomainError('BAD_USER_INPUT', 'The workbook has no sheet with profiles', 'file');
    const parsed = parseMemberProfiles(sheet);
    const kvks = [...new Set(parsed.profiles.map((p) => p.kvkNumber))];

    return this.ds.transaction(async (em) => {
      // One import per association at a time: a second waits, then plans against the first's result.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`member-profile-import:${actor.organisationId}`]);
      const kept = await this.keptByKvk(em, actor.organisationId, kvks);
      const holders = await this.publicHolders(em, actor, ability, kvks.filter((k) => !kept.has(k)));
      const plan = planMemberProfiles(parsed, kept, holders);
      const report: MemberProfileImportReportModel = {
        applied: false,
        rows: parsed.rows,
        errors: plan.errors.map(problem),
        profiles: { create: plan.create.length, update: plan.update.length, unchanged: plan.unchanged.length },
        changes: changesOf(plan).slice(0, CHANGES_LISTED),
      };
      if (!args.apply) return report;
      if (plan.errors.length > 0) {
        const rows = new Set(plan.errors.map((e) => e.row)).size;
        throw new DomainError('BAD_USER_INPUT', `${rows === 1 ? '1 row has' : `${rows} rows have`} problems; nothing was imported`, 'file', { rows: report.errors });
      }
      if (plan.update.length > 0) this.assertKeeper(actor, ability, 'update');
      await this.write(em, actor, plan);
      await recordAudit(em, actor, 'supplierProfile.import', 'Organisation', actor.organisationId, {
        fileName: args.fileName,
        profiles: report.profiles,
        created: plan.create.map((p) => p.kvkNumber),
        updated: plan.update.map((u) => u.after.kvkNumber),
      });
      return { ...report, applied: true };
    });
  }

  /** The profiles the association keeps, every part shown (it keeps them), by name. */
  async kept(actor: Actor, ability: AppAbility, filter: { search?: string | null; first: number; offset: number }): Promise<MemberProfilePageModel> {
    this.assertKeeper(actor, ability);
    const search = filter.search?.trim() ? `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = `p.kept_by_org_id = $1 AND ($2::text IS NULL OR p.name ILIKE $2 OR p.kvk_number LIKE $2)`;
    const [{ total }] = (await this.ds.query(`SELECT count(*)::int AS total FROM supplier_profile p WHERE ${where}`, [actor.organisationId, search])) as [{ total: number }];
    const rows = (await this.ds.query(`SELECT ${PROFILE_COLUMNS} FROM supplier_profile p WHERE ${where} ORDER BY p.name, p.id LIMIT $3 OFFSET $4`, [
      actor.organisationId,
      search,
      Math.max(0, Math.min(filter.first, 200)),
      Math.max(0, filter.offset),
    ])) as ProfileRow[];
    // Seen through the directory's lens, which lets the keeping association read every part.
    const lens = new ProfileLens(ability, actor.organisationId);
    return { total, profiles: rows.map((r) => lens.model(r)) };
  }

  /** Every profile the association keeps, in the template's format (it imports back unchanged); audited. */
  async export(actor: Actor, ability: AppAbility, language: ImportLanguage): Promise<FileExportModel> {
    this.assertKeeper(actor, ability);
    if (!ability.can('create', 'Export')) throw forbidden('You may not export');
    const kept = [...(await this.keptByKvk(this.ds.manager, actor.organisationId, null)).values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    const workbook = await newWorkbook();
    workbook.creator = 'Routekaart';
    addSheet(workbook, MEMBER_PROFILE_SHEETS.profiles[language], [MEMBER_PROFILE_COLUMNS.map((c) => c.header[language]), ...kept.map((p) => memberProfileCells(p, language))]);
    addSheet(workbook, MEMBER_PROFILE_SHEETS.vocabulary[language], memberProfileVocabularyRows(language));
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    await this.ds.transaction((em) => recordAudit(em, actor, 'supplierProfile.export', 'Organisation', actor.organisationId, { profiles: kept.length, language }));
    const date = new Date().toISOString().slice(0, 10);
    return { filename: `${language === 'nl' ? 'leveranciersprofielen' : 'supplier-profiles'}-${date}.xlsx`, contentType: XLSX_CONTENT_TYPE, base64 };
  }

  // ---- reading ----------------------------------------------------------------------------------

  /** The association's kept profiles (with the given KvK numbers, or all), keyed by KvK number. */
  private async keptByKvk(em: EntityManager, orgId: string, kvks: readonly string[] | null): Promise<Map<string, KeptMemberProfile>> {
    const rows = (await em.query(
      `SELECT ${PROFILE_COLUMNS} FROM supplier_profile p WHERE p.kept_by_org_id = $1 AND ($2::text[] IS NULL OR p.kvk_number = ANY($2::text[]))`,
      [orgId, kvks],
    )) as ProfileRow[];
    return new Map(
      rows.map((r) => [
        r.kvkNumber!,
        {
          id: r.id,
          kvkNumber: r.kvkNumber!,
          name: r.name,
          province: r.province,
          sizeClass: r.sizeClass,
          category: r.category,
          capabilities: r.capabilities,
          certifications: r.certifications,
          sectors: r.sectors,
          clearance: r.clearance,
          capacityHoursPerMonth: r.capacityHoursPerMonth,
          capacityFrom: r.capacityFrom,
          description: r.description,
          // In PROFILE_SECTIONS order, as the parser gives them, so equal choices compare equal.
          governmentOnly: PROFILE_SECTIONS.filter((s) => r.governmentOnly.includes(s)),
        },
      ]),
    );
  }

  /**
   * Who else holds these KvK numbers, as far as the actor may see it: a profile counts only when the
   * actor may read its KVK part (the company opened it to every platform user). A number kept for
   * government is left out, so the import treats it as unknown — the same as when no such company exists.
   */
  private async publicHolders(em: EntityManager, actor: Actor, ability: AppAbility, kvks: readonly string[]): Promise<Map<string, KvkHolder>> {
    if (kvks.length === 0) return new Map();
    const rows = (await em.query(
      `SELECT p.id, p.kvk_number AS "kvkNumber", p.organisation_id AS "organisationId", p.kept_by_org_id AS "keptByOrgId", p.government_only AS "governmentOnly"
       FROM supplier_profile p WHERE p.kvk_number = ANY($1::text[]) AND p.kept_by_org_id IS DISTINCT FROM $2`,
      [kvks, actor.organisationId],
    )) as (Pick<ProfileRow, 'id' | 'organisationId' | 'keptByOrgId' | 'governmentOnly'> & { kvkNumber: string })[];
    const out = new Map<string, KvkHolder>();
    // The directory's own judgement of who sees a profile's KvK number.
    const lens = new ProfileLens(ability, actor.organisationId);
    for (const r of rows) {
      if (!lens.sees(r, 'KVK')) continue;
      // A company's own account wins over any other holder of the same number.
      if (r.organisationId !== null) out.set(r.kvkNumber, 'SELF_MANAGED');
      else if (!out.has(r.kvkNumber)) out.set(r.kvkNumber, 'KEPT_ELSEWHERE');
    }
    return out;
  }

  // ---- writing ----------------------------------------------------------------------------------

  /** Creates and updates in a few statements (arrays unnested), so 3,000 rows stay well within a request. */
  private async write(em: EntityManager, actor: Actor, plan: MemberProfilePlan): Promise<void> {
    const arr = (values: readonly string[]) => `{${values.join(',')}}`;
    const columns = (rows: readonly ParsedMemberProfile[]) => [
      rows.map((r) => r.kvkNumber),
      rows.map((r) => r.name),
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
    ];
    const unnest = `unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::date[], $13::text[], $14::text[])
                    AS t(k, n, p, s, c, cap, cert, sec, cl, h, f, d, g)`;
    if (plan.create.length > 0) {
      await em.query(
        `INSERT INTO supplier_profile (kept_by_org_id, kvk_number, name, province, size_class, category, capabilities, certifications, sectors, clearance,
                                       capacity_hours_per_month, capacity_from, description, government_only)
         SELECT $1, k, n, p, s, c, cap::text[], cert::text[], sec::text[], cl, h, f, d, g::text[] FROM ${unnest}`,
        [actor.organisationId, ...columns(plan.create)],
      );
    }
    if (plan.update.length > 0) {
      const rows = plan.update.map((u) => u.after);
      // Matched on the keeper and the KvK number: a profile the association does not keep is never touched.
      await em.query(
        `UPDATE supplier_profile sp SET name = t.n, province = t.p, size_class = t.s, category = t.c, capabilities = t.cap::text[], certifications = t.cert::text[],
                sectors = t.sec::text[], clearance = t.cl, capacity_hours_per_month = t.h, capacity_from = t.f, description = t.d, government_only = t.g::text[],
                updated_at = now()
         FROM ${unnest}
         WHERE sp.kept_by_org_id = $1 AND sp.kvk_number = t.k`,
        [actor.organisationId, ...columns(rows)],
      );
    }
  }
}

function addSheet(workbook: ExcelJS.Workbook, name: string, rows: readonly (readonly string[])[]): void {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Cells as text: KvK numbers such as "01234567" keep their leading zero.
  for (const row of rows) ws.addRow([...row]);
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((column) => (column.width = 28));
}

function problem(e: MemberProfileError): ImportProblemModel {
  return { sheet: e.sheet, row: e.row, column: e.column, code: e.code, message: e.message, params: e.params ? JSON.stringify(e.params) : null };
}

function changesOf(plan: MemberProfilePlan): MemberProfileChangeModel[] {
  return [
    ...plan.create.map((p) => ({ row: p.row, kvkNumber: p.kvkNumber, name: p.name, action: 'CREATE', fields: [] as string[] })),
    ...plan.update.map((u) => ({ row: u.after.row, kvkNumber: u.after.kvkNumber, name: u.after.name, action: 'UPDATE', fields: u.fields as string[] })),
  ].sort((a, b) => a.row - b.row);
}
