import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * Where an object carries answers for fields that have resolvers (see `withPreloaded`). A symbol:
 * no GraphQL field and no JSON answer can name it.
 */
const PRELOADED = Symbol('preloaded fields');

type Preloaded = { [PRELOADED]?: Record<string, unknown> };

/**
 * Hands `parent` the answers of some of its resolved fields, read with it in the same statement:
 * the list of supply links reads each link's item with the link, so `item { name }` on a page of 56
 * links answers from the row instead of running the `item` resolver (NestJS's parameter pipeline and
 * a DataLoader promise) 56 times. The answer must be exactly what the resolver would give the same
 * reader (redacted alike): it stands in for that call.
 */
export function withPreloaded<T extends object>(parent: T, answers: Record<string, unknown>): T {
  (parent as Preloaded)[PRELOADED] = answers;
  return parent;
}

/**
 * For NestJS's `transformSchema`, before anything copies the schema: every field with a resolver
 * first looks for a preloaded answer on its parent, then resolves as before. Fields without one
 * (read straight off the object) are left alone; so is every parent that carries nothing.
 */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      const name = field.name;
      const answering: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
        const preloaded = (source as Preloaded | null | undefined)?.[PRELOADED];
        return preloaded !== undefined && name in preloaded ? preloaded[name] : resolve(source, args, context, info);
      };
      field.resolve = answering;
    }
  }
  return schema;
}
