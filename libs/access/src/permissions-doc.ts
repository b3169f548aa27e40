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
  out.push('');
  return out.join('\n');
}

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
