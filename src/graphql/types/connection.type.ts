import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../domain/read-models';

@ObjectType({ description: 'Relay-style pagination state.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with an `after` cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `XConnection` and `XEdge` types for a node type. */
export function connectionOf<T extends object>(
  nodeType: ClassType<T>,
  name: string,
): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many match the filter, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * An edge whose cursor is encoded when it is read: a page of 100 whose query selects no cursor
 * (most screens) encoded 100 of them for nothing (base64 JSON each).
 */
class LazyEdge<T> {
  private encoded: string | undefined;

  constructor(
    readonly node: T,
    private readonly page: Page<T>,
  ) {}

  get cursor(): string {
    return (this.encoded ??= this.page.cursorOf(this.node));
  }
}

export function toConnection<T>(page: Page<T>, after: string | null | undefined): ConnectionShape<T> {
  const edges = page.items.map((node) => new LazyEdge(node, page));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null && after !== undefined && after !== '',
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

/**
 * A page of a list that was already computed and paged once (by the parent query's arguments),
 * re-cut by a connection field's own first/after. Cursors are the list's own, so a cursor from
 * either way of paging works in the other.
 */
export function repage<T>(all: Page<T>, first: number, after: string | null | undefined): Page<T> {
  const start = after ? all.items.findIndex((item) => all.cursorOf(item) === after) + 1 : 0;
  return {
    items: all.items.slice(start, start + first),
    totalCount: all.totalCount,
    hasNextPage: start + first < all.items.length,
    cursorOf: (item) => all.cursorOf(item),
  };
}
