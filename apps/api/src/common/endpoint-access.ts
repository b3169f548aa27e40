import { Injectable, SetMetadata, type CanActivate, type ExecutionContext, type Type } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { GqlExecutionContext, TypeMetadataStorage } from '@nestjs/graphql';
import { grantsFor, type Action, type SubjectType } from '@routekaart/access';
import { forbidden, unauthenticated } from '@routekaart/domain';
import type { RequestContext } from './request-context';

/**
 * Who may call an endpoint, declared where the endpoint is. Every GraphQL query, mutation and
 * subscription carries exactly one of these on its method; a field resolver carries one on its
 * method or inherits its class's. `EndpointAccessGuard` enforces them on every operation, and
 * `apps/api/ENDPOINTS.md` (generated, checked by a test) lists them all, so a change of who may call
 * what shows up in review.
 *
 * - `@Requires(action, subject)`: logged in, and the permission matrix grants the caller's
 *   organisation kind and role (or platform operators) `action` on some `subject` records; others get
 *   FORBIDDEN before anything is looked up. The service then narrows to the records (`readable*` →
 *   NOT_FOUND, conditions → FORBIDDEN): the declaration is the coarse gate, never the whole check. It
 *   looks at the role, not at participations, so an organisation in no roadmap still gets NOT_FOUND
 *   for a roadmap's record, as for any record it cannot see.
 * - `@ChecksInService(why)`: logged in; what may be done depends on the records, and the service
 *   decides (say where). For endpoints whose answer is the caller's own data or per-row filtered.
 * - `@Public(why)`: also anonymous callers (login, the current session, the public catalogue).
 */
export type EndpointAccess =
  | { kind: 'requires'; action: Action; subject: SubjectType }
  | { kind: 'checks-in-service'; why: string }
  | { kind: 'public'; why: string };

export const ENDPOINT_ACCESS = 'routekaart:endpoint-access';

export const Requires = (action: Action, subject: SubjectType) =>
  SetMetadata<string, EndpointAccess>(ENDPOINT_ACCESS, { kind: 'requires', action, subject });

export const ChecksInService = (why: string) => SetMetadata<string, EndpointAccess>(ENDPOINT_ACCESS, { kind: 'checks-in-service', why });

export const Public = (why: string) => SetMetadata<string, EndpointAccess>(ENDPOINT_ACCESS, { kind: 'public', why });

/**
 * Enforces the declarations on GraphQL operations (registered as a global guard; HTTP controllers
 * are not GraphQL endpoints and pass). An operation without a declaration is refused: forgetting one
 * fails closed, and the endpoint test names it.
 */
@Injectable()
export class EndpointAccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const access = this.reflector.getAllAndOverride<EndpointAccess | undefined>(ENDPOINT_ACCESS, [context.getHandler(), context.getClass()]);
    if (!access) throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access (see common/endpoint-access.ts)`);
    if (access.kind === 'public') return true;
    const { actor, ability } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!actor || !ability) throw unauthenticated();
    if (access.kind === 'requires' && grantsFor(actor, access.subject, access.action).length === 0) {
      throw forbidden(`You may not ${access.action} ${access.subject}`);
    }
    return true;
  }
}

/** One GraphQL endpoint and its declaration (null: none). */
export interface EndpointEntry {
  /** `Query`, `Mutation`, `Subscription` or the object type a field resolver belongs to. */
  type: string;
  field: string;
  resolver: string;
  access: EndpointAccess | null;
  /** Whether the declaration sits on the method itself (required for operations). */
  onMethod: boolean;
}

// @nestjs/graphql's metadata keys (graphql.constants): operation kind, field name, field-resolver flag.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_PROPERTY = 'graphql:resolve_property';
const OPERATIONS = new Set(['Query', 'Mutation', 'Subscription']);

/** Every GraphQL endpoint of the running application, sorted by type and field. */
export function listEndpoints(modules: ModulesContainer): EndpointEntry[] {
  const entries: EndpointEntry[] = [];
  const seen = new Set<Type>();
  for (const module of modules.values()) {
    for (const wrapper of module.providers.values()) {
      const cls = wrapper.metatype as Type | null;
      if (!cls || typeof cls !== 'function' || !cls.prototype || seen.has(cls) || !wrapper.instance) continue;
      seen.add(cls);
      const classAccess = Reflect.getMetadata(ENDPOINT_ACCESS, cls) as EndpointAccess | undefined;
      for (const key of Object.getOwnPropertyNames(cls.prototype)) {
        const method = Object.getOwnPropertyDescriptor(cls.prototype, key)?.value as unknown;
        if (key === 'constructor' || typeof method !== 'function') continue;
        const operation = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        const isField = Reflect.getMetadata(RESOLVER_PROPERTY, method) === true;
        if (!(operation && OPERATIONS.has(operation)) && !isField) continue;
        const own = Reflect.getMetadata(ENDPOINT_ACCESS, method) as EndpointAccess | undefined;
        entries.push({
          type: operation && OPERATIONS.has(operation) ? operation : parentTypeName(cls),
          field: (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key,
          resolver: `${cls.name}.${key}`,
          access: own ?? (isField ? (classAccess ?? null) : null),
          onMethod: !!own,
        });
      }
    }
  }
  const order = (t: string) => (t === 'Query' ? 0 : t === 'Mutation' ? 1 : t === 'Subscription' ? 2 : 3);
  return entries.sort((a, b) => order(a.type) - order(b.type) || a.type.localeCompare(b.type) || a.field.localeCompare(b.field));
}

function parentTypeName(cls: Type): string {
  const typeFn = Reflect.getMetadata(RESOLVER_TYPE, cls) as (() => Type) | string | undefined;
  if (typeof typeFn === 'string') return typeFn;
  if (typeof typeFn !== 'function') return cls.name;
  const target = typeFn();
  // The GraphQL name given to @ObjectType('Item'), not the class name (ItemModel).
  return TypeMetadataStorage.getObjectTypeMetadataByTarget(target)?.name ?? target.name;
}

/** A declaration as one line of ENDPOINTS.md. */
export function describeAccess(access: EndpointAccess | null): string {
  if (!access) return '**NONE**';
  switch (access.kind) {
    case 'requires':
      return `requires \`${access.action} ${access.subject}\``;
    case 'checks-in-service':
      return `checked in the service: ${access.why}`;
    case 'public':
      return `public: ${access.why}`;
  }
}
