import { isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * NestJS's code-first schema gives every field of every object type a resolver, even a field that
 * only reads its parent's property of the same name (`root[field.name]`, or the field's
 * `defaultValue` when that is undefined): so that a default can apply. A resolver per field is
 * costly: graphql-jit calls it with an info object, a response path and three closures for every
 * field of every row (a page of 56 supply links: 560 calls and some 170 KB of garbage per
 * request), where a field without a resolver is read inline, as graphql-js's default resolver reads
 * it.
 *
 * This takes those plain reads away, for NestJS's `transformSchema`, before anything copies the
 * schema: a field keeps its resolver unless that resolver is NestJS's own property read (its source
 * text, `NEST_PROPERTY_READ`), reads the property named as the field (not a renamed one) and has no
 * default. Field middleware, `@ResolveField` methods and any other resolver stay. Should a NestJS
 * version word its property read differently, every field keeps its resolver, as before (slower, not
 * wrong); `plain-field-reads.spec.ts` notices that on the application's schema.
 */
export function withoutPlainReadResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve && isPlainRead(field.resolve, field.name)) field.resolve = undefined;
    }
  }
  return schema;
}

/** NestJS's property read (ObjectTypeDefinitionFactory.createFieldResolver), whitespace aside. */
const NEST_PROPERTY_READ = "(root) => { const value = root[field.name]; return typeof value === 'undefined' ? field.options.defaultValue : value; }";

function isPlainRead(resolve: GraphQLFieldResolver<unknown, unknown>, fieldName: string): boolean {
  if (resolve.toString().replace(/\s+/g, ' ') !== NEST_PROPERTY_READ) return false;
  // Which property it reads and what it answers for a parent without it: the read has no effects.
  const read: PropertyKey[] = [];
  const parent = new Proxy({}, { get: (_target, key) => void read.push(key) });
  const answer = (resolve as (root: object) => unknown)(parent);
  return answer === undefined && read.length === 1 && read[0] === fieldName;
}
