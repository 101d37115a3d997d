import { Type } from '@nestjs/common';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Relay connections (README, API conventions): every list is `edges { cursor node }`, `pageInfo`, `totalCount`. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number | Promise<number>;
  /** Lists counted with a cap (keyset `paginate`) say whether it was reached; exact counts leave it out. */
  totalCountCapped?: boolean | Promise<boolean>;
}

export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, {
      description:
        'Rows matching the filter (computed only when selected). Exact up to 10,000; when more match, the count stops at 10,000 and `totalCountCapped` is true.',
    })
    totalCount: number | Promise<number>;

    @Field(() => Boolean, {
      description: 'True when more than 10,000 rows match, so `totalCount` (10,000) is a lower bound.',
      // Connections whose count is always exact do not set it.
      middleware: [async (_ctx, next) => (await next()) ?? false],
    })
    totalCountCapped: boolean | Promise<boolean>;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

/** Page arguments shared by every list; the cap is enforced by `paginate`. */
@InputType({ isAbstract: true })
export class PageArgsInput {
  @Field(() => Int, { nullable: true })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}

export interface ListArgsShape<F, O> {
  first: number;
  after: string | null;
  filter: F | null;
  orderBy: O[] | null;
}

/**
 * The arguments of every top-level list query (`accounts(first, after, filter, orderBy)`), declared
 * once. They carry no class-validator rules on purpose: the validation pipe then hands them on as
 * they came, and the filter compiler and `paginate` check filter, order and page size.
 */
export function ListArgs<F, O>(filter: Type<F>, orderBy: Type<O>): Type<ListArgsShape<F, O>> {
  @ArgsType()
  class Args {
    @Field(() => Int, { nullable: true, defaultValue: 20 })
    first: number;

    @Field(() => String, { nullable: true })
    after: string | null;

    @Field(() => filter, { nullable: true })
    filter: F | null;

    @Field(() => [orderBy], { nullable: true })
    orderBy: O[] | null;
  }
  return Args;
}
