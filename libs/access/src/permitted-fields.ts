import type { AnyMongoAbility } from '@casl/ability';
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
  const allowed = new Set(permittedFields(ability, action, record));
  return Object.fromEntries(
    Object.entries(record).map(([field, value]) => [field, allowed.has(field) ? value : null]),
  ) as { [K in keyof T]: T[K] | null };
}

function subjectTypeOf(ability: AnyMongoAbility, record: object): SubjectType {
  const type = ability.detectSubjectType(record);
  if (typeof type !== 'string' || !(SUBJECT_TYPES as readonly string[]).includes(type)) {
    throw new Error(`Tag the record with its subject type first: subject('SupplyLink', row) (got ${String(type)})`);
  }
  return type as SubjectType;
}
