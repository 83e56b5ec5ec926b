import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AsOfArgs, EvidenceArgs, RelationshipsArgs, StrengthTrendArgs } from '../inputs/relationship.args';
import { relationshipLoaders } from '../relationship-loaders';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import {
  AccountRelationshipStrengthType,
  InteractionEvidenceType,
  PersonRelationshipType,
  PersonScoreType,
  RelationshipPairConnection,
  RelationshipPairType,
  RelationshipStrengthType,
  StrengthTrendPointType,
} from '../types/relationship-strength.type';
import { StakeholderType } from '../types/stakeholder.type';
import { pairView, strengthView } from './relationship-views';

@Resolver(() => StakeholderType)
export class StakeholderRelationshipResolver {
  @FieldResolver(() => PersonRelationshipType, {
    description: 'Our relationship with this person: with our whole team, and per team member.',
  })
  async relationshipStrength(
    @Root() person: StakeholderType,
    @Args() { asOf }: AsOfArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PersonRelationshipType> {
    const found = await relationshipLoaders(ctx)
      .loader('personRelationship', asOf ?? null, (ids) =>
        ctx.services.relationships.forPeople(ctx.caller, ids, asOf),
      )
      .load(person.id);
    return { personId: person.id, overall: strengthView(found!.overall), pairs: found!.pairs.map(pairView) };
  }

  @FieldResolver(() => [StrengthTrendPointType], {
    description: 'Strength with our whole team at `points` readings `every` days apart, ending at asOf.',
  })
  async strengthTrend(
    @Root() person: StakeholderType,
    @Args() args: StrengthTrendArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { asOf, points, every } = args;
    return relationshipLoaders(ctx)
      .loader('personTrend', { asOf, points, every }, (ids) =>
        ctx.services.relationships.trendForPeople(ctx.caller, ids, { asOf, points, every }),
      )
      .load(person.id);
  }
}

@Resolver(() => AccountType)
export class AccountRelationshipResolver {
  @FieldResolver(() => RelationshipPairConnection, {
    description: 'Every pair of our team member and their person with contact, strongest first.',
  })
  async relationships(
    @Root() account: AccountType,
    @Args() { asOf, first, after }: RelationshipsArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const pairs = await relationshipLoaders(ctx)
      .loader('accountPairs', asOf ?? null, (ids) =>
        ctx.services.relationships.pairsForAccounts(ctx.caller, ids, asOf),
      )
      .load(account.id);
    const connection = toConnection(ctx.services.relationships.pagePairs(pairs ?? [], first, after), after);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: pairView(e.node) })),
    };
  }

  @FieldResolver(() => AccountRelationshipStrengthType, {
    description: 'Our relationships here rolled up into one strength.',
  })
  async relationshipStrength(
    @Root() account: AccountType,
    @Args() { asOf }: AsOfArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return relationshipLoaders(ctx)
      .loader('accountStrength', asOf ?? null, (ids) =>
        ctx.services.relationships.accountSummaries(ctx.caller, ids, asOf),
      )
      .load(account.id);
  }

  @FieldResolver(() => [StrengthTrendPointType], {
    description: 'The account strength at `points` readings `every` days apart, ending at asOf.',
  })
  async strengthTrend(
    @Root() account: AccountType,
    @Args() args: StrengthTrendArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { asOf, points, every } = args;
    return relationshipLoaders(ctx)
      .loader('accountTrend', { asOf, points, every }, (ids) =>
        ctx.services.relationships.accountTrends(ctx.caller, ids, { asOf, points, every }),
      )
      .load(account.id);
  }
}

@Resolver(() => RelationshipStrengthType)
export class RelationshipStrengthResolver {
  @FieldResolver(() => [InteractionEvidenceType], {
    description: 'The interactions behind the score, strongest first.',
  })
  interactions(@Root() strength: RelationshipStrengthType, @Args() { first }: EvidenceArgs) {
    return strength.evidence.slice(0, first);
  }
}

@Resolver(() => RelationshipPairType)
export class RelationshipPairResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() pair: RelationshipPairType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(pair.personId);
  }
}

@Resolver(() => PersonRelationshipType)
export class PersonRelationshipResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() relationship: PersonRelationshipType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(relationship.personId);
  }
}

@Resolver(() => PersonScoreType)
export class PersonScoreResolver {
  @FieldResolver(() => StakeholderType)
  stakeholder(@Root() score: PersonScoreType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(score.personId);
  }
}
