import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Operations for every root field of the schema, made from the schema itself, so a field added
 * later is swept without anyone writing a case for it. Arguments come from pools of values that
 * matter for confidentiality: ids of records the observer may see, of records hidden from it (which
 * exist in world B only, and so are unknown ids in world A), an unknown id and a malformed one;
 * strings that name secrets. Selections take every field down to `depth` levels (objects at the
 * last level contribute their scalars), with page sizes kept small.
 */
export interface Pools {
  /** Candidate ids per entity word (`item`, `supplyLink`, `roadmap`, ...): visible ones first. */
  ids: Record<string, readonly string[]>;
  /** Candidate strings per argument or input field name (`email`, `search`, `key`, ...). */
  strings: Record<string, readonly string[]>;
}

export interface SweepOperation {
  root: 'query' | 'mutation';
  field: string;
  text: string;
  variables: Record<string, unknown>;
}

/** The entity an id argument (or input field) points at, by its name and the field it belongs to. */
export function entityOf(argName: string, fieldName: string, pools: Pools): string | null {
  const words = Object.keys(pools.ids).sort((x, y) => y.length - x.length);
  const base = argName === 'id' || argName === 'ids' ? fieldName : argName.replace(/Ids?$/, '');
  const aliases: Record<string, string> = { parent: 'item', child: 'item', compareToVersion: 'version', sharedWith: 'organisation', supplierOrg: 'organisation' };
  if (aliases[base]) return aliases[base]!;
  const lower = base.toLowerCase();
  return words.find((w) => lower.includes(w.toLowerCase())) ?? null;
}

function unwrapList(type: GraphQLInputType): { list: boolean; inner: GraphQLInputType } {
  const plain = isNonNullType(type) ? type.ofType : type;
  if (isListType(plain)) return { list: true, inner: plain.ofType as GraphQLInputType };
  return { list: false, inner: plain };
}

/** Candidate values for one argument or input field; the first is the "ordinary" one. */
function candidates(name: string, type: GraphQLInputType, fieldName: string, pools: Pools, depth = 0): unknown[] {
  const { list, inner } = unwrapList(type);
  const named = getNamedType(inner);
  let values: unknown[];
  if (isInputObjectType(named)) {
    if (depth > 2) return [];
    values = inputVariants(named.getFields(), fieldName, pools, depth + 1);
  } else if (isEnumType(named)) {
    values = named.getValues().map((v) => v.name);
  } else if (named.name === 'ID') {
    const entity = entityOf(name, fieldName, pools);
    values = [...(entity ? pools.ids[entity]! : []), '00000000-0000-4000-8000-0000000000ff', 'not-an-id'];
  } else if (named.name === 'String') {
    values = [...(pools.strings[name] ?? ['Nieuwe naam'])];
  } else if (named.name === 'Int') {
    values = name === 'first' ? [3] : name.toLowerCase().includes('month') ? [12] : [2];
  } else if (named.name === 'Float') {
    values = name.toLowerCase().includes('share') || name.toLowerCase().includes('cut') ? [0.4, 1] : [6];
  } else if (named.name === 'Boolean') {
    values = [true];
  } else if (isScalarType(named)) {
    values = [pools.strings[named.name]?.[0] ?? '2027-01-01'];
  } else {
    values = [];
  }
  return list ? values.slice(0, 3).map((v) => [v]) : values;
}

/** An input object filled with ordinary values, and one variant per candidate of each id field. */
function inputVariants(fields: Record<string, { name: string; type: GraphQLInputType }>, fieldName: string, pools: Pools, depth: number): unknown[] {
  const ordinary: Record<string, unknown> = {};
  const options: [string, unknown[]][] = [];
  for (const f of Object.values(fields)) {
    const values = candidates(f.name, f.type, fieldName, pools, depth);
    if (!values.length) continue;
    ordinary[f.name] = values[0];
    if (getNamedType(unwrapList(f.type).inner).name === 'ID' || f.name === 'share' || f.name === 'email') options.push([f.name, values.slice(1)]);
  }
  const variants: unknown[] = [ordinary];
  for (const [name, values] of options) for (const v of values) variants.push({ ...ordinary, [name]: v });
  return variants;
}

function typeText(type: GraphQLInputType): string {
  return type.toString();
}

function literal(value: unknown, type: GraphQLInputType): string {
  if (isEnumType(getNamedType(type))) return String(value);
  return JSON.stringify(value);
}

/** Every field of an object type, nested `depth` levels; fields with arguments get ordinary values inline. */
export function selectionOf(type: GraphQLOutputType, depth: number, pools: Pools, path: string[] = []): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    const inner = getNamedType(field.type);
    const object = isObjectType(inner);
    if (object && depth <= 1) continue;
    const args: string[] = [];
    let fillable = true;
    for (const arg of field.args) {
      if (arg.name === 'first') args.push('first: 3');
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        const [value] = candidates(arg.name, arg.type, field.name, pools);
        if (value === undefined) fillable = false;
        else args.push(`${arg.name}: ${literal(value, arg.type)}`);
      }
    }
    if (!fillable) continue;
    const head = field.name + (args.length ? `(${args.join(', ')})` : '');
    parts.push(object ? `${head} { ${selectionOf(field.type, depth - 1, pools, [...path, field.name]) || '__typename'} }` : head);
  }
  return parts.join(' ');
}

/** One operation per argument variant of each root field of `root`; `limit` caps the variants per field. */
export function sweepOperations(schema: GraphQLSchema, root: 'query' | 'mutation', pools: Pools, options: { depth: number; limit: number }): SweepOperation[] {
  const type = root === 'query' ? schema.getQueryType() : schema.getMutationType();
  if (!type) return [];
  const operations: SweepOperation[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = field.args as readonly GraphQLArgument[];
    const ordinary: Record<string, unknown> = {};
    const options2: [string, unknown[]][] = [];
    for (const arg of args) {
      const values = candidates(arg.name, arg.type, field.name, pools);
      if (!values.length) continue;
      const required = isNonNullType(arg.type);
      if (required) ordinary[arg.name] = values[0];
      options2.push([arg.name, required ? values.slice(1) : values]);
    }
    const variants: Record<string, unknown>[] = [ordinary];
    for (const [name, values] of options2) for (const v of values) variants.push({ ...ordinary, [name]: v });
    const seen = new Set<string>();
    const selection = selectionOf(field.type, options.depth, pools);
    for (const variables of variants) {
      const key = JSON.stringify(variables);
      if (seen.has(key) || seen.size >= options.limit) continue;
      seen.add(key);
      const used = args.filter((a) => a.name in variables);
      const declared = used.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
      const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
      const text =
        `${root} Sweep_${field.name}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}` +
        (selection ? ` { ${selection} }` : '') +
        ' }';
      operations.push({ root, field: field.name, text, variables });
    }
  }
  return operations;
}
