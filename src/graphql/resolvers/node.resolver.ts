import { ArrayMaxSize } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { toGlobalId, type NodeTypeName } from '../../domain/global-id';
import type { GraphQLContext } from '../context';
import { NodeInterface } from '../types/node.type';

const MAX_NODES = 100;

@ArgsType()
class NodesArgs {
  @Field(() => [ID], { description: `Global ids, at most ${MAX_NODES}.` })
  @ArrayMaxSize(MAX_NODES)
  ids!: string[];
}

/** Relay-style refetching: any node by its global id, in the caller's tenant only. */
@Resolver(() => NodeInterface)
export class NodeResolver {
  @FieldResolver(() => ID)
  globalId(@Root() node: { id: string }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name as NodeTypeName, node.id);
  }

  @Query(() => NodeInterface, {
    nullable: true,
    description:
      'The node with this global id (its globalId field); null when it names nothing in your graph.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const [found] = await ctx.services.nodes.byGlobalIds(ctx.caller, [id]);
    return found ? { ...found.record, nodeType: found.nodeType } : null;
  }

  @Query(() => [NodeInterface], {
    nullable: 'items',
    description: 'Several nodes by global id, in the order asked; null for any that names nothing.',
  })
  async nodes(@Args(() => NodesArgs) { ids }: NodesArgs, @Ctx() ctx: GraphQLContext) {
    const found = await ctx.services.nodes.byGlobalIds(ctx.caller, ids);
    return found.map((f) => (f ? { ...f.record, nodeType: f.nodeType } : null));
  }
}
