import { Field, ObjectType, Int } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { badInput } from '@routekaart/domain';

export const MAX_PAGE_SIZE = 200;

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type (nodes + pageInfo) for `T`, named `<Name>Connection`. */
export function Connection<T>(classRef: Type<T>, name: string) {
  @ObjectType(`${name}Connection`)
  abstract class ConnectionType implements Page<T> {
    @Field(() => [classRef])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many records match in all, as far as the viewer may see them' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Checks `first`; a page size outside 1..MAX_PAGE_SIZE is a field error, not a silent clamp. */
export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return n;
}

/** Opaque keyset cursor over (sort value, id). */
export function encodeCursor(sortValue: string, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'after is not a cursor this API returned');
}
