import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { PlanObjectiveOwnerType } from '../types/account-plan.type';
import { PlayPersonType } from '../types/play.type';
import { StakeholderType } from '../types/stakeholder.type';

/**
 * Reports name people with a few copied fields; each also links the canonical Stakeholder node
 * (batched through the request's loader), so a client caches and navigates one person type.
 * The copied fields stay for existing clients.
 */
@Resolver(() => PlayPersonType)
export class PlayPersonResolver {
  @FieldResolver(() => StakeholderType, { nullable: true, description: 'The person as a Stakeholder node.' })
  stakeholder(@Root() person: PlayPersonType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(person.personId);
  }
}

@Resolver(() => PlanObjectiveOwnerType)
export class PlanObjectiveOwnerResolver {
  @FieldResolver(() => StakeholderType, { nullable: true, description: 'The owner as a Stakeholder node.' })
  stakeholder(@Root() owner: PlanObjectiveOwnerType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(owner.id);
  }
}
