import { subject, type AnyMongoAbility } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import { FIELD_ACCESS } from './permission-matrix';
import { SUBJECT_TYPES, type Action, type SubjectType } from './subjects';

/**
 * The fields of a tagged record (`subject('SupplyLink', row)`) the actor may `action` (usually
 * `read`): the union of the fields of every rule whose conditions the record meets. A rule without
 * a field list allows every field of the record. A record no rule matches gets `[]`.
 */
export function permittedFields(ability: AnyMongoAbility, action: Action, record: object): string[] {
  const subjectType = subjectTypeOf(ability, record);
  const table = FIELD_ACCESS[subjectType]?.[action];
  const allFields = [...new Set([...Object.keys(record), ...(table ? Object.keys(table) : [])])];
  return permittedFieldsOf(ability, action, record, {
    fieldsFrom: (rule) => rule.fields ?? allFields,
  });
}

/**
 * The fields of `record` the actor may not `action`: for GraphQL field resolvers, which answer
 * `null` for these (the row itself was already filtered by `rulesToSql`).
 */
export function hiddenFields<T extends object>(ability: AnyMongoAbility, action: Action, record: T): (keyof T & string)[] {
  const allowed = new Set(permittedFields(ability, action, record));
  return (Object.keys(record) as (keyof T & string)[]).filter((field) => !allowed.has(field));
}

/** A copy of a tagged record with only the fields the actor may `action` (others left out). */
export function pickPermittedFields<T extends object>(ability: AnyMongoAbility, action: Action, record: T): Partial<T> {
  const allowed = new Set(permittedFields(ability, action, record));
  return Object.fromEntries(Object.entries(record).filter(([field]) => allowed.has(field))) as Partial<T>;
}

/** A copy of a tagged record with the fields the actor may not `action` set to `null`. */
export function redactFields<T extends object>(
  ability: AnyMongoAbility,
  action: Action,
  record: T,
): { [K in keyof T]: T[K] | null } {
  return redactFieldsOf(ability, action, subjectTypeOf(ability, record), record);
}

/**
 * `redactFields` for a row of a known subject type, untagged: for lists, which redact many rows with
 * one ability. The ability's rules grant fields and never take them away (none is inverted: see
 * `defineAbilityFor`), so a row may read the union of the fields of the rules whose conditions it
 * meets, and every field of its own where one of those rules lists none. Each row's conditions are
 * still checked, rule by rule; the union is worked out once per set of matching rules and reused for
 * the rows like it (a list of 56 supply links typically has two or three). Kept per ability and
 * forgotten when its rules change. An ability with an inverted rule is answered by `permittedFields`
 * row by row.
 */
export function redactFieldsOf<T extends object>(ability: AnyMongoAbility, action: Action, type: SubjectType, row: T): Redacted<T> {
  const allowed = redactorFor(ability, action, type)(row);
  // A copy built key by key, not a spread: V8 gives a spread's copy a map of its own, outside the
  // tree of shapes that objects built alike share, so a property added to it later (`withPreloaded`
  // does that to every row of a page) cost a new map each time, some 2 µs and 500 bytes, and every
  // reader of the copies met a different shape. Built key by key, copies of rows alike share one.
  const source = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (allowed === ALL_FIELDS) for (const key in source) out[key] = source[key];
  else for (const key in source) out[key] = allowed.has(key) ? source[key] : null;
  return out as Redacted<T>;
}

/**
 * `redactFieldsOf` without the copy, for a row the caller has just read and owns (a page of a list,
 * straight from the database): the fields the actor may not `action` are set to `null` in the row
 * itself, which is returned. Never for a row anyone else holds (a change event's row, fanned out to
 * readers with different rules, or anything kept).
 */
export function redactOwnRow<T extends object>(ability: AnyMongoAbility, action: Action, type: SubjectType, row: T): Redacted<T> {
  const allowed = redactorFor(ability, action, type)(row);
  const fields = row as Record<string, unknown>;
  if (allowed !== ALL_FIELDS) for (const key in fields) if (!allowed.has(key)) fields[key] = null;
  return fields as Redacted<T>;
}

/** A row with the fields a reader may not see set to null. */
type Redacted<T> = { [K in keyof T]: T[K] | null };

/** The fields a row may read, or every field it has. */
type Redactor = (row: object) => ReadonlySet<string> | typeof ALL_FIELDS;
const ALL_FIELDS = Symbol('every field of the row');

const redactors = new WeakMap<AnyMongoAbility, Map<string, Redactor>>();

function redactorFor(ability: AnyMongoAbility, action: Action, type: SubjectType): Redactor {
  let byKind = redactors.get(ability);
  if (!byKind) {
    const fresh = new Map<string, Redactor>();
    byKind = fresh;
    redactors.set(ability, fresh);
    ability.on('updated', () => fresh.clear());
  }
  const key = `${action} ${type}`;
  let redactor = byKind.get(key);
  if (!redactor) byKind.set(key, (redactor = createRedactor(ability, action, type)));
  return redactor;
}

function createRedactor(ability: AnyMongoAbility, action: Action, type: SubjectType): Redactor {
  const rules = ability.possibleRulesFor(action, type);
  if (rules.some((rule) => rule.inverted) || rules.length > 30) {
    return (row) => new Set(permittedFields(ability, action, subject(type, { ...row })));
  }
  // Which rules a row meets (bit i: rules[i]) -> the fields it may read.
  const allowedByMatches = new Map<number, ReadonlySet<string> | typeof ALL_FIELDS>();
  // A rule that grants every field any of the rules grants decides alone when a row meets it: the
  // others can add nothing. Those are tried first (a shipyard's own links meet the rule for what
  // its organisation contributed, which grants them all), and the rest only when none is met.
  const everyField = rules.every((rule) => rule.fields) ? new Set(rules.flatMap((rule) => rule.fields!)) : null;
  const decisive = rules.map(({ fields }) => !fields || (everyField !== null && [...everyField].every((field) => fields.includes(field))));
  const order = [...rules.keys()].sort((a, b) => Number(decisive[b]) - Number(decisive[a]));
  return (row) => {
    let matches = 0;
    // The conditions read plain fields; the subject-type tag plays no part in them.
    for (const i of order) {
      if (!rules[i]!.matchesConditions(row as never)) continue;
      if (decisive[i]) {
        matches = 1 << i;
        break;
      }
      matches |= 1 << i;
    }
    let allowed = allowedByMatches.get(matches);
    if (allowed === undefined) {
      const fields = new Set<string>();
      allowed = fields;
      for (let i = 0; i < rules.length; i++) {
        if (!(matches & (1 << i))) continue;
        const listed = rules[i]!.fields;
        if (!listed) {
          allowed = ALL_FIELDS;
          break;
        }
        for (const field of listed) fields.add(field);
      }
      allowedByMatches.set(matches, allowed);
    }
    return allowed;
  };
}

function subjectTypeOf(ability: AnyMongoAbility, record: object): SubjectType {
  const type = ability.detectSubjectType(record);
  if (typeof type !== 'string' || !(SUBJECT_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Tag the record with its subject type first: subject('SupplyLink', row) (got ${String(type)})`);
  }
  return type as SubjectType;
}
