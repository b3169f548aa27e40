import {
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  GraphQLObjectType,
  isObjectType,
  Kind,
  type GraphQLSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 250_000 };

/** List fields without a `first` argument (outside a connection) are assumed to return this many items. */
const ASSUMED_LIST_SIZE = 10;

export interface QueryMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation before it runs: its depth, its number of aliases and an estimated cost
 * (every field costs 1, times the `first` of each enclosing paginated field, variables included),
 * following fragments once. The numbers are what the limits below are checked against.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;

  type Parent = GraphQLObjectType | null;
  const typeOf = (name: string | undefined): Parent => {
    const t = name ? schema.getType(name) : null;
    return t && isObjectType(t) ? t : null;
  };
  // `pageSize`: the `first` of the enclosing paginated field, which sizes the list (`nodes`) inside it.
  const walk = (
    set: SelectionSetNode,
    parent: Parent,
    depth: number,
    multiplier: number,
    seen: Set<string>,
    pageSize: number | null = null,
  ): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        cost += multiplier;
        if (!sel.selectionSet) continue;
        const field = parent?.getFields()[sel.name.value];
        const isList = field ? getNullableType(field.type) instanceof GraphQLList : false;
        const first = sel.arguments?.find((a) => a.name.value === 'first');
        const requested = first ? Math.max(1, numberOf(first.value, variables) ?? ASSUMED_LIST_SIZE) : null;
        const size = isList ? (requested ?? pageSize ?? ASSUMED_LIST_SIZE) : 1;
        const named = field ? getNamedType(field.type) : undefined;
        const innerPage = isList ? null : requested;
        const inner = walk(sel.selectionSet, named && isObjectType(named) ? named : null, depth + 1, multiplier * size, seen, innerPage);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const inner = walk(sel.selectionSet, typeOf(sel.typeCondition?.name.value) ?? parent, depth, multiplier, seen, pageSize);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      } else {
        const fragment = fragments.get(sel.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const inner = walk(fragment.selectionSet, typeOf(fragment.typeCondition.name.value), depth, multiplier, new Set([...seen, fragment.name.value]), pageSize);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth: maxDepth, cost };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const { depth, cost } = walk(operation.selectionSet, root ?? null, 0, 1, new Set());
  return { depth, aliases, cost };
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/**
 * Whether a query asks only for the schema (`__schema`, `__type`, `__typename` at the root, also
 * through fragments): what GraphQL IDEs and code generators send. Its depth comes from the
 * introspection types' nesting (`ofType` chains), not from data, so outside production it is exempt
 * from the limits; production turns introspection off altogether.
 */
export function isIntrospectionOnly(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const onlyMeta = (set: SelectionSetNode, seen: ReadonlySet<string>): boolean =>
    set.selections.every((sel) => {
      if (sel.kind === Kind.FIELD) return sel.name.value.startsWith('__');
      if (sel.kind === Kind.INLINE_FRAGMENT) return onlyMeta(sel.selectionSet, seen);
      const fragment = fragments.get(sel.name.value);
      return !!fragment && !seen.has(sel.name.value) && onlyMeta(fragment.selectionSet, new Set([...seen, sel.name.value]));
    });
  return onlyMeta(operation.selectionSet, new Set());
}

/** The first limit the operation breaks, as a 400 error the client can read; null when within limits. */
export function checkLimits(measure: QueryMeasure, limits: QueryLimits): GraphQLError | null {
  const refuse = (message: string) =>
    new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  if (measure.depth > limits.maxDepth) return refuse(`The query is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`);
  if (measure.aliases > limits.maxAliases) return refuse(`The query uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`);
  if (measure.cost > limits.maxCost) return refuse(`The query would cost ${measure.cost} (fields times page sizes); at most ${limits.maxCost} is allowed`);
  return null;
}
