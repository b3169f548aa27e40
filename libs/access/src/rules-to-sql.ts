import type { AnyMongoAbility } from '@casl/ability';
import { rulesToAST } from '@casl/ability/extra';

/**
 * How a subject's field maps to SQL: a plain SQL expression for a scalar column, or an object for
 * array columns (`array: true`) and for columns whose parameters need an explicit cast (`type`,
 * the SQL type of the column or of its elements, e.g. `'uuid'`).
 */
export type SqlColumn = string | { sql: string; array?: boolean; type?: string };

/** Field name (as the rules use it) -> SQL. A field the rules use but this map lacks is an error. */
export type SqlColumns = Readonly<Record<string, SqlColumn>>;

/** A parameterised SQL boolean expression with TypeORM-style named parameters (`:name`). */
export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/** The same, with positional parameters (`$1`, `$2`, ...) for `pg`'s `client.query(sql, params)`. */
export interface PositionalSqlCondition {
  sql: string;
  params: unknown[];
}

export interface RulesToSqlOptions {
  /**
   * Prefix of the parameter names (letters, digits, `_`). Defaults to a prefix unique to this call
   * (`casl<n>_`), so two filters in one query builder never overwrite each other's parameters.
   */
  paramPrefix?: string;
  /**
   * Only the rules that reveal this field (CASL's `rulesFor(action, subject, field)`): the rows on
   * which the reader may see it, e.g. search by supplier name only where the name is shown.
   */
  field?: string;
}

let callSeq = 0;

/**
 * The ability's rules for (action, subjectType) as one SQL boolean expression, for the WHERE of a
 * list query (CASL `rulesToAST`, then this file; CASL has no TypeORM integration).
 *
 * - No rule grants the action: `FALSE` (fail closed, like `@casl/prisma`'s `accessibleBy`).
 * - A rule without conditions: `TRUE` (unless a `cannot` rule with conditions applies: `NOT (...)`).
 * - Several `can` rules are OR-ed; `cannot` rules become `AND NOT COALESCE((...), FALSE)` on the
 *   `can` rules of lower priority, exactly as CASL evaluates them in memory.
 * - Supported operators: equality (`$eq`, a plain value, `null` -> `IS NULL`), `$ne`, `$in`, `$nin`,
 *   several fields in one condition (AND). On array columns (`array: true`) equality means
 *   "contains" (`:p = ANY(col)`) and `$in` means "overlaps" (`col && :p`), as in CASL's matcher.
 *   Everything else (`$lt`, `$regex`, `$elemMatch`, `$all`, `$exists`, `$size`, `$and` ...) throws.
 * - Every field the rules use must be in `columns`; a missing one throws (a condition is never
 *   silently dropped). `$ne`/`$nin`/`NOT` are NULL-safe, so SQL answers like the in-memory check
 *   when a column is NULL (e.g. `array_agg` over no rows).
 *
 * Use it first, then add other conditions with `andWhere`:
 * `qb.where(filter.sql, filter.params).andWhere(...)`.
 * Field lists on rules are ignored here: this filters rows; `pickPermittedFields` filters fields.
 */
export function rulesToSql(
  ability: AnyMongoAbility,
  action: string,
  subjectType: string,
  columns: SqlColumns,
  options: RulesToSqlOptions = {},
): SqlCondition {
  const prefix = options.paramPrefix ?? `casl${++callSeq}_`;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) throw new Error(`rulesToSql: invalid paramPrefix "${prefix}"`);
  const params: Record<string, unknown> = {};
  let n = 0;
  const sql = translate(ability, action, subjectType, columns, options.field, (value, cast) => {
    const name = `${prefix}${n++}`;
    params[name] = value;
    return `:${name}${cast}`;
  });
  return { sql, params };
}

/** `rulesToSql` with positional parameters `$firstParam`, `$firstParam + 1`, ... (for `pg` directly). */
export function rulesToPositionalSql(
  ability: AnyMongoAbility,
  action: string,
  subjectType: string,
  columns: SqlColumns,
  options: { firstParam?: number } = {},
): PositionalSqlCondition {
  const first = options.firstParam ?? 1;
  if (!Number.isInteger(first) || first < 1) throw new Error(`rulesToPositionalSql: invalid firstParam ${first}`);
  const params: unknown[] = [];
  const sql = translate(ability, action, subjectType, columns, undefined, (value, cast) => {
    params.push(value);
    return `$${first + params.length - 1}${cast}`;
  });
  return { sql, params };
}

// ---------------------------------------------------------------------------------------------

/** The AST node shapes `@ucast/mongo2js` produces (typed structurally; no extra dependency). */
interface AstNode {
  operator: string;
  value: unknown;
  field?: string;
}

type Bind = (value: unknown, cast: string) => string;

interface Column {
  sql: string;
  array: boolean;
  type?: string;
}

function translate(
  ability: AnyMongoAbility,
  action: string,
  subjectType: string,
  columns: SqlColumns,
  field: string | undefined,
  bind: Bind,
): string {
  // With a field, CASL's own field matching picks the rules (a rule without `fields` covers all).
  const rules = field === undefined ? ability : ({ rulesFor: (a: string, s: string) => ability.rulesFor(a, s, field) } as unknown as AnyMongoAbility);
  const ast = rulesToAST(rules, action, subjectType) as AstNode | null;
  if (ast === null) return 'FALSE';
  const context: Context = { columns, bind, where: `${action} ${subjectType}` };
  return node(ast, context);
}

interface Context {
  columns: SqlColumns;
  bind: Bind;
  where: string;
}

function node(ast: AstNode, cx: Context): string {
  switch (ast.operator) {
    case 'and':
    case 'or': {
      const parts = (ast.value as AstNode[]).map((child) => node(child, cx));
      if (parts.length === 0) return ast.operator === 'and' ? 'TRUE' : 'FALSE';
      if (parts.length === 1) return parts[0]!;
      return `(${parts.join(ast.operator === 'and' ? ' AND ' : ' OR ')})`;
    }
    case 'not':
      // CASL evaluates in two-valued logic; NULL inside a NOT would hide rows CASL shows.
      return `NOT COALESCE(${node((ast.value as AstNode[])[0]!, cx)}, FALSE)`;
    case 'eq':
    case 'ne':
    case 'in':
    case 'nin':
      return fieldNode(ast, cx);
    default:
      throw new Error(`rulesToSql: operator "${ast.operator}" is not supported (${cx.where})`);
  }
}

function fieldNode(ast: AstNode, cx: Context): string {
  const column = columnFor(ast.field, cx);
  const { sql: col, array } = column;
  const scalarCast = column.type ? `::${column.type}` : '';
  const arrayCast = column.type ? `::${column.type}[]` : '';

  switch (ast.operator) {
    case 'eq':
    case 'ne': {
      const negate = ast.operator === 'ne';
      if (ast.value === null) {
        if (array) throw unsupported(`${ast.operator} null on array field "${ast.field}"`, cx);
        return negate ? `${col} IS NOT NULL` : `${col} IS NULL`;
      }
      const p = cx.bind(scalar(ast.value, ast.field, cx), scalarCast);
      if (array) return negate ? `NOT COALESCE(${p} = ANY(${col}), FALSE)` : `${p} = ANY(${col})`;
      return negate ? `${col} IS DISTINCT FROM ${p}` : `${col} = ${p}`;
    }
    case 'in':
    case 'nin': {
      const negate = ast.operator === 'nin';
      const values = list(ast.value, ast.field, cx);
      if (values.length === 0) return negate ? 'TRUE' : 'FALSE';
      const p = cx.bind(values, arrayCast);
      const test = array ? `${col} && ${p}` : `${col} = ANY(${p})`;
      return negate ? `NOT COALESCE(${test}, FALSE)` : test;
    }
    default:
      throw unsupported(`operator "${ast.operator}"`, cx);
  }
}

function columnFor(field: string | undefined, cx: Context): Column {
  if (field === undefined) throw unsupported('a condition without a field', cx);
  const spec = Object.hasOwn(cx.columns, field) ? cx.columns[field] : undefined;
  if (spec === undefined) {
    throw new Error(`rulesToSql: no column for field "${field}" (${cx.where}); add it to the column map`);
  }
  const column: Column = typeof spec === 'string' ? { sql: spec, array: false } : { array: false, ...spec };
  if (column.type !== undefined && !/^[A-Za-z_][A-Za-z0-9_ ]*$/.test(column.type)) {
    throw new Error(`rulesToSql: invalid SQL type "${column.type}" for field "${field}"`);
  }
  // Bare column references stay as they are; anything else is parenthesised against precedence.
  if (!/^[A-Za-z_][A-Za-z0-9_."]*$/.test(column.sql)) column.sql = `(${column.sql})`;
  return column;
}

function scalar(value: unknown, field: string | undefined, cx: Context): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw unsupported(`value ${JSON.stringify(value)} for field "${field}" (strings, numbers, booleans only)`, cx);
}

function list(value: unknown, field: string | undefined, cx: Context): (string | number | boolean)[] {
  if (!Array.isArray(value)) throw unsupported(`a non-list value for $in/$nin on "${field}"`, cx);
  return value.map((v) => {
    if (v === null) throw unsupported(`null inside $in/$nin on "${field}"`, cx);
    return scalar(v, field, cx);
  });
}

function unsupported(what: string, cx: Context): Error {
  return new Error(`rulesToSql: ${what} is not supported (${cx.where})`);
}
