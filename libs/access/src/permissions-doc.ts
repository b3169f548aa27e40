import { ORGANISATION_KINDS, USER_ROLES } from './actor';
import { CONDITIONS, CONDITION_NAMES, type ConditionName } from './conditions';
import { FIELD_ACCESS, PERMISSION_MATRIX } from './permission-matrix';
import { SUBJECT_TYPES, type Action, type SubjectType } from './subjects';

/** Short labels for the matrix cells of the generated document. */
const LABEL: Record<ConditionName, string> = {
  always: '✓',
  'own organisation': 'own',
  self: 'self',
  'shared with own organisation': 'shared',
  'visible to government participants': 'gov-visible',
  'visible to roadmap participants': 'roadmap-visible',
  'roadmap participant': 'participant',
  'roadmap co-editor': 'co-editor',
  'roadmap lead': 'lead',
  'own, as roadmap co-editor': 'own+co-editor',
  'authored, as roadmap co-editor': 'author+co-editor',
  'open to all platform users': 'open',
  'kept for members, as trade association': 'kept (assoc.)',
};

const KIND_LABEL = { GOVERNMENT: 'GOV', INDUSTRY: 'IND', KNOWLEDGE_INSTITUTE: 'KI' } as const;

/** The command that rewrites PERMISSIONS.md (the doc test fails while the committed file is stale). */
export const REGENERATE_PERMISSIONS_DOC = 'UPDATE_PERMISSIONS_DOC=1 npx vitest run --project access permissions-doc';

/** `libs/access/PERMISSIONS.md`, rendered from the permission matrix, conditions and field table. */
export function renderPermissionsMarkdown(): string {
  const out: string[] = [];
  out.push(
    '# Permissions',
    '',
    '<!-- Generated from libs/access/src/permission-matrix.ts and conditions.ts. Do not edit by hand. -->',
    `<!-- Regenerate: ${REGENERATE_PERMISSIONS_DOC} -->`,
    '',
    'Who may do what in Routekaart. `defineAbilityFor(actor)` builds the CASL ability from exactly this',
    'table; list queries apply the same rules as SQL (`rulesToSql`), field resolvers hide fields with',
    '`hiddenFields` / `pickPermittedFields`.',
    '',
    'Cells: `✓` every record, `—` not allowed, otherwise the named conditions (any of them) under',
    '[Conditions](#conditions). Columns: organisation kind (GOV government, IND industry, KI knowledge',
    'institute) x user role (A admin, E editor, V viewer); **operator** is added on top of a platform',
    "operator's own kind and role. Subjects and actions not listed are allowed to no one; `manage` is",
    'never granted.',
    '',
    '## Matrix',
    '',
  );

  const header = ['subject', 'action'];
  for (const kind of ORGANISATION_KINDS) for (const role of USER_ROLES) header.push(`${KIND_LABEL[kind]} ${role[0]}`);
  header.push('operator');
  out.push(row(header), row(header.map(() => '---')));
  let previous: SubjectType | undefined;
  for (const entry of PERMISSION_MATRIX) {
    const cells = [entry.subject === previous ? '' : `**${entry.subject}**`, entry.action];
    for (const kind of ORGANISATION_KINDS) for (const role of USER_ROLES) cells.push(cell(entry.grants[kind][role]));
    cells.push(cell(entry.operator));
    out.push(row(cells));
    previous = entry.subject;
  }

  out.push('', '## Conditions', '', row(['label', 'condition', 'meaning', 'as a rule, per subject']), row(['---', '---', '---', '---']));
  for (const name of CONDITION_NAMES) {
    const shapes =
      name === 'always'
        ? ['no condition']
        : subjectsGranting(name).map((s) => `${s}: \`${CONDITIONS[name].shape(s)}\``);
    out.push(row([`\`${LABEL[name]}\``, name, CONDITIONS[name].description, shapes.join('<br>')]));
  }

  out.push(
    '',
    '## Field access',
    '',
    'For these subjects and actions every rule lists its fields: a reader sees the fields of every',
    'condition the record meets, and nothing else ("show the data, hide the who"). A field not listed',
    'is revealed to no one.',
  );
  for (const subject of SUBJECT_TYPES) {
    const byAction = FIELD_ACCESS[subject];
    if (!byAction) continue;
    for (const [action, table] of Object.entries(byAction) as [Action, Record<string, readonly ConditionName[]>][]) {
      const audiences = CONDITION_NAMES.filter((c) => Object.values(table).some((list) => list.includes(c)));
      const headers = audiences.map((c) => (c === 'always' ? 'every record (✓)' : c));
      out.push('', `### ${subject} — ${action}`, '', row(['field', ...headers]), row(['---', ...audiences.map(() => ':---:')]));
      for (const [field, list] of Object.entries(table)) {
        out.push(row([`\`${field}\``, ...audiences.map((c) => (list.includes(c) ? '✓' : '—'))]));
      }
    }
  }
  out.push('', ...INFERENCE);
  out.push('');
  return out.join('\n');
}

/**
 * What a reader can learn beyond the rows it may read, and why that is safe. Prose, not generated:
 * each paragraph names the code that enforces it and the test that proves it
 * (`apps/api/src/access/noninterference.spec.ts` runs every query and mutation in two worlds that
 * differ only in data the observer may not see, and requires identical answers).
 */
const INFERENCE: readonly string[] = [
  '## Inference: what answers reveal beyond the rows',
  '',
  'Reading rules alone are not enough: a validation message, a count, an aggregate or an error can',
  'depend on records the asker may not read. The rule is **noninterference**: every answer a user gets —',
  'data, errors, counts, aggregates, validation messages, exports, subscription events, socket messages —',
  'is the same whether or not data they may not see exists. `noninterference.spec.ts` checks exactly',
  'that for an industry and a government observer over every query and mutation of the schema.',
  '',
  '| answer | computed over | what a reader learns |',
  '| --- | --- | --- |',
  '| reading a supply link / an assembly edge | rows the reader may read **and** whose item (the child, for an edge) it may read | nothing about items it cannot read: no ids, no counts, no where-used |',
  '| share total of an item (create/update supply link) | the supply links **the asker\'s own organisation** recorded for that item | only its own data: another company\'s hidden shares never change the check |',
  '| `Item.supplyCountries`, `supplierConcentration` and the other cross-company aggregates | the rows the reader may read, plus the hidden rows combined only when at least **3 other** organisations contribute a non-empty share and none of them more than **70%** of those hidden shares | a figure that never isolates one company: the reader\'s own rows do not count towards the threshold, so adding or removing its own (empty) rows cannot lift a suppression; `includesOthers` says whether others\' data is in the figure, never why not |',
  '| cycle check of `addComposition` | the assembly edges the asker may read | a cycle through items it cannot see is not reported (the analysis breaks such a cycle at the edge into the first-named item, with a warning); the path in the error names only readable items |',
  '| `deleteItem` of an item used in assemblies | the assemblies the asker may read ("still used in N assemblies you can see") | nothing: edges into the item recorded by others and hidden from the asker are removed with it, each audited for the edge\'s owner |',
  '| not found vs. forbidden | existence is checked only after (or together with) the permission | a hidden record answers exactly like an id that does not exist; removing a participant is refused (FORBIDDEN) to whoever may not manage participants before anything is looked up, so the answer does not tell whether the organisation takes part |',
  '| user accounts | e-mail addresses are unique per organisation | creating a user does not tell whether the address is used elsewhere |',
  '| saved scenarios | events on items the reader may read | events on hidden items are left out silently, not replaced by a warning |',
  '| contributor identity | field access above: figures for visibility readers, the who for the owner and `sharedWith` | the supply-link form previews the organisations that will see the contribution (`contributionAudience`), split into "everything" and "the figures only", and each of the company\'s own links names them (`SupplyLink.audience`, null on every other link); `myContributionsAsSeenBy` shows only the asker\'s own links and items as another organisation reads them, its ability built from the participations the asker may read; the "everything I may see" export (`exportSupplyLinks`) names the contributor and supplier by the same field access and writes "—" for every hidden one alike |',
  '| cache of analysis results | keyed by the chain-data version, which every table the permission SQL reads bumps | no stale answer after a roadmap moves, a share changes or a participant leaves (`chain-data-version.spec.ts`) |',
  '| document exports (DOCX, PDF, Markdown) and live figure blocks | the document\'s stored text, the same for every reader (comments left out), and each figure computed at that moment with the **exporter\'s** (in the editor: the reader\'s) own permissions | no more than the exporter sees on the analysis pages: a figure whose subject it may not see says "not visible to you", exactly like one that does not exist; the file says when its figures were computed, the editor\'s block that it shows what the reader may see |',
  '| a risk\'s evidence and its "score since recorded" | the dependency as a roadmap observer with no data of its own sees it: public catalogue data plus chain data visible to every participant (`ROADMAP`) | the same register for every participant; a dependency visible only through government or own data is recorded without evidence |',
  '| an intervention\'s confidential details | `InterventionDetail` read rules above: the organisation that wrote them, plus government (`GOVERNMENT`) or all participants (`ROADMAP`) | a reader who may not read them gets no details and no visibility, exactly as for an intervention without details; the activity feed never carries them |',
  '| monitoring alerts (`myAlerts`, `myAlertRaised`, `monitoringOverview`, an alert\'s `roadmaps`) | the series (public) and, per reader, the materials and countries of **its own view** of each roadmap\'s chain it takes part in | an alert about a material only another company\'s hidden item contains reaches that company, never the others: their alerts, overview and live events are as if the item did not exist; acknowledging an alert that does not concern the reader answers NOT_FOUND, as for an unknown id |',
  '| a spreadsheet import (`importChainData`, dry run and apply) | the importing company\'s own items, composition, item materials and supply links, matched by its own references, and the composition edges the user may read (for the cycle check) | problems and plans that never depend on another company\'s hidden items, links or edges: a share total over the company\'s own links, a cycle only through edges it can see; its progress (`chainImportProgress`) reaches only the user who runs it |',
  '| supplier profiles, "companies like this one" and matching (`supplierProfiles`, `similarSuppliers`, `demandCandidates`, `itemCandidates`) | each profile as the reader sees it: a part its company keeps for government (`SupplierProfileDetail`) is null for other readers and counts as unknown, never as its value | a ranking or similarity list that is the same whether or not a hidden part holds anything; the gaps say "not visible to you" instead |',
  '| a trade association\'s import of member profiles (`importMemberProfiles`, dry run and apply; `memberProfiles`, `exportMemberProfiles`) | the profiles the association keeps (matched by KvK number), and of every other profile only what the directory shows every platform user: a KvK number its company opened to all | a row whose KvK number belongs to a company that keeps its own profile (or another keeper\'s) is refused only when that number is public in the directory; a KvK number kept for government is treated as unknown, so the report, the counts and the written rows are the same whether or not such a company exists; the association reads in full only the profiles it keeps |',
  '| responses to capacity demand (`DemandResponse`) and the shortlist | government readers and the responding company only; a company\'s view of a demand carries only its own response, no count of others | nothing about who else responded or was shortlisted |',
  '| candidates linked to an intervention (`InterventionCandidate`: `Intervention.candidateSuppliers`, `linkInterventionCandidate`, `unlinkInterventionCandidate`) | government users who read the intervention (participants of its roadmap); its co-editors link and unlink | every other reader of the intervention gets an empty list, exactly as for an intervention without candidates, so a company never learns whether it (or anyone) is one; linking or unlinking by anyone else is refused with FORBIDDEN before the profile is looked at, like the shortlist; an intervention the reader may not read is NOT_FOUND |',
  '| permission changes | pushed at once to open collaboration sockets and subscriptions, in-process and through Redis | a demoted or removed participant cannot write (or read) one update after the change |',
  '',
  'Government readers see the same figures as anyone else with the same reading rights: roles widen',
  'what is readable (the tables above), never the aggregation rule.',
];

function subjectsGranting(name: ConditionName): SubjectType[] {
  const subjects = new Set<SubjectType>();
  for (const entry of PERMISSION_MATRIX) {
    const all = [...ORGANISATION_KINDS.flatMap((k) => USER_ROLES.flatMap((r) => entry.grants[k][r])), ...entry.operator];
    if (all.includes(name)) subjects.add(entry.subject);
  }
  return SUBJECT_TYPES.filter((s) => subjects.has(s));
}

function cell(conditions: readonly ConditionName[]): string {
  return conditions.length === 0 ? '—' : conditions.map((c) => LABEL[c]).join(', ');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
