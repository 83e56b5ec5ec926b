import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { DepartureImpactArgs, MarkStakeholderDepartedInput } from '../inputs/departure.inputs';
import { AccountType } from '../types/account.type';
import {
  BuildNextCandidateType,
  DepartmentLossType,
  DepartureImpactType,
  EndedRoleType,
  ObjectiveLossType,
  OpportunityLossType,
  StakeholderDepartureType,
  SubscriptionLossType,
} from '../types/departure-impact.type';
import { StakeholderType } from '../types/stakeholder.type';
import { departureView } from './departure-views';
import { stakeholders } from './relationship-views';

@Resolver(() => DepartureImpactType)
export class DepartureResolver {
  @Query(() => DepartureImpactType, {
    description: 'What it would cost if this person left (a what-if: nothing is written).',
  })
  async departureImpact(
    @Args() { stakeholderId, asOf, successorId }: DepartureImpactArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return departureView(await ctx.services.departures.impact(ctx.caller, stakeholderId, asOf, successorId));
  }

  @Authorized('EDITOR')
  @Mutation(() => StakeholderDepartureType, {
    description:
      'Records that a person left: status DEPARTED, departedAt, and their open roles ended that day, in one transaction. Returns what it costs.',
  })
  async markStakeholderDeparted(
    @Arg('input', () => MarkStakeholderDepartedInput) input: MarkStakeholderDepartedInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const departure = await ctx.services.departures.markDeparted(ctx.caller, input);
    return { ...departure, impact: departureView(departure.impact) };
  }

  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() impact: DepartureImpactType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(impact.stakeholderId);
  }

  @FieldResolver(() => AccountType)
  account(@Root() impact: DepartureImpactType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(impact.accountId);
  }

  @FieldResolver(() => StakeholderType, {
    nullable: true,
    description: 'Named, or inferred (see buildNext).',
  })
  successor(@Root() impact: DepartureImpactType, @Ctx() ctx: GraphQLContext) {
    return impact.successorId === null ? null : ctx.loaders.stakeholder.load(impact.successorId);
  }
}

@Resolver(() => EndedRoleType)
export class EndedRoleResolver {
  @FieldResolver(() => [StakeholderType], { description: 'Others who still hold the role.' })
  stillHeldBy(@Root() role: EndedRoleType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, role.stillHeldByIds);
  }
}

@Resolver(() => OpportunityLossType)
export class OpportunityLossResolver {
  @FieldResolver(() => [StakeholderType], { description: 'Engaged contacts left on it.' })
  remainingEngagedContacts(@Root() loss: OpportunityLossType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, loss.remainingEngagedIds);
  }
}

@Resolver(() => ObjectiveLossType)
export class ObjectiveLossResolver {
  @FieldResolver(() => [StakeholderType], {
    description: 'Engaged people in the same department who could own it.',
  })
  candidateOwners(@Root() loss: ObjectiveLossType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, loss.candidateOwnerIds);
  }
}

@Resolver(() => SubscriptionLossType)
export class SubscriptionLossResolver {
  @FieldResolver(() => [StakeholderType], { description: 'Engaged people left in its unit (or account).' })
  remainingEngaged(@Root() loss: SubscriptionLossType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, loss.remainingEngagedIds);
  }
}

@Resolver(() => DepartmentLossType)
export class DepartmentLossResolver {
  @FieldResolver(() => [StakeholderType], { description: 'Engaged people left in the department.' })
  remainingEngaged(@Root() loss: DepartmentLossType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, loss.remainingEngagedIds);
  }
}

@Resolver(() => BuildNextCandidateType)
export class BuildNextCandidateResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() candidate: BuildNextCandidateType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(candidate.personId);
  }
}
