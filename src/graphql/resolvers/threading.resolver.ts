import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AsOfArgs } from '../inputs/relationship.args';
import { PortfolioThreadingRiskArgs, ThreadingRiskArgs } from '../inputs/threading.args';
import { relationshipLoaders } from '../relationship-loaders';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import { StakeholderType } from '../types/stakeholder.type';
import {
  ContactConcentrationType,
  ContactShareType,
  CriticalPersonType,
  DecisionReachType,
  EngagedPersonType,
  PortfolioThreadingRiskType,
  RoleHolderType,
  ThreadingFloorType,
  ThreadingRiskType,
  ThreadingStructureType,
} from '../types/threading-risk.type';
import { stakeholders } from './relationship-views';

@Resolver(() => ThreadingRiskType)
export class ThreadingRiskResolver {
  @Query(() => ThreadingRiskType, { description: "An account's single-threading risk, with its evidence." })
  threadingRisk(@Args() { accountId, asOf }: ThreadingRiskArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.threading.forAccount(ctx.caller, accountId, asOf);
  }

  @Query(() => PortfolioThreadingRiskType, {
    description:
      'Every account ranked by single-threading risk, riskiest first (ties: larger ARR first), with the ARR at stake; read from stored scores (each row says how fresh), with a past `asOf` computed live.',
  })
  async portfolioThreadingRisk(
    @Args() { first, after, asOf, includeArchived }: PortfolioThreadingRiskArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { page, ...summary } = await ctx.services.storedPortfolio.portfolioThreadingRisk(ctx.caller, {
      first,
      after,
      asOf,
      includeArchived: includeArchived ?? false,
    });
    return { ...summary, ...toConnection(page, after) };
  }

  @FieldResolver(() => AccountType)
  account(@Root() risk: ThreadingRiskType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(risk.accountId);
  }

  @FieldResolver(() => [ThreadingFloorType], {
    description:
      'Rules that held the risk up (an uncovered champion or economic buyer, a recent key-role departure with nobody engaged in the seat); empty on a score stored before floors existed.',
  })
  floors(@Root() risk: ThreadingRiskType) {
    return risk.floors ?? [];
  }
}

@Resolver(() => ThreadingFloorType)
export class ThreadingFloorResolver {
  @FieldResolver(() => StakeholderType, {
    nullable: true,
    description: 'The person who left (KEY_ROLE_DEPARTED).',
  })
  person(@Root() floor: ThreadingFloorType, @Ctx() ctx: GraphQLContext) {
    return floor.personId === null ? null : ctx.loaders.stakeholder.load(floor.personId);
  }
}

@Resolver(() => AccountType)
export class AccountThreadingResolver {
  @FieldResolver(() => ThreadingRiskType, { description: 'Single-threading risk of this account.' })
  threadingRisk(@Root() account: AccountType, @Args() { asOf }: AsOfArgs, @Ctx() ctx: GraphQLContext) {
    return relationshipLoaders(ctx)
      .loader('threadingRisk', asOf ?? null, (ids) => ctx.services.threading.assess(ctx.caller, ids, asOf))
      .load(account.id);
  }
}

@Resolver(() => EngagedPersonType)
export class EngagedPersonResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() engaged: EngagedPersonType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(engaged.personId);
  }
}

@Resolver(() => ContactShareType)
export class ContactShareResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() share: ContactShareType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(share.personId);
  }
}

@Resolver(() => ContactConcentrationType)
export class ContactConcentrationResolver {
  @FieldResolver(() => StakeholderType, { nullable: true, description: 'Who gets the most of our contact.' })
  top(@Root() concentration: ContactConcentrationType, @Ctx() ctx: GraphQLContext) {
    return concentration.topPersonId === null
      ? null
      : ctx.loaders.stakeholder.load(concentration.topPersonId);
  }
}

@Resolver(() => RoleHolderType)
export class RoleHolderResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() holder: RoleHolderType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(holder.personId);
  }

  @FieldResolver(() => [StakeholderType], {
    description: 'Engaged people next to them (manager, report, influence tie) or in their department.',
  })
  backups(@Root() holder: RoleHolderType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, holder.backupIds);
  }
}

@Resolver(() => ThreadingStructureType)
export class ThreadingStructureResolver {
  @FieldResolver(() => [StakeholderType], { description: 'Current champions.' })
  champions(@Root() structure: ThreadingStructureType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, structure.championIds);
  }

  @FieldResolver(() => [StakeholderType], { description: "Engaged people in a champion's reporting tree." })
  inChampionSubtree(@Root() structure: ThreadingStructureType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, structure.inChampionSubtreeIds);
  }

  @FieldResolver(() => [StakeholderType], {
    description: 'Heads of the top-level branches of the org chart that engaged people sit in.',
  })
  branchHeads(@Root() structure: ThreadingStructureType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, structure.branchIds);
  }
}

@Resolver(() => DecisionReachType)
export class DecisionReachResolver {
  @FieldResolver(() => [StakeholderType], { description: 'Current economic buyers and decision makers.' })
  targets(@Root() reach: DecisionReachType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, reach.targetIds);
  }

  @FieldResolver(() => [StakeholderType], { description: 'Those our team reaches through people we engage.' })
  reachable(@Root() reach: DecisionReachType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, reach.reachableIds);
  }

  @FieldResolver(() => [StakeholderType], { description: 'Those no path from our team reaches.' })
  unreachable(@Root() reach: DecisionReachType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, reach.unreachableIds);
  }
}

@Resolver(() => CriticalPersonType)
export class CriticalPersonResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() critical: CriticalPersonType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(critical.personId);
  }

  @FieldResolver(() => [StakeholderType], { description: 'Decision people we would no longer reach.' })
  cutsOff(@Root() critical: CriticalPersonType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, critical.cutsOffIds);
  }

  @FieldResolver(() => [StakeholderType], {
    description: 'Engaged people next to them or in their department; empty: nobody to fall back on.',
  })
  backups(@Root() critical: CriticalPersonType, @Ctx() ctx: GraphQLContext) {
    return stakeholders(ctx, critical.backupIds);
  }
}
