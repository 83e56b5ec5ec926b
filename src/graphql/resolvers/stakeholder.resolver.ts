import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { IdArgs } from '../inputs/id.args';
import { RolesArgs } from '../inputs/people.args';
import { AccountType } from '../types/account.type';
import { BusinessUnitType } from '../types/business-unit.type';
import { InfluenceType } from '../types/influence.type';
import { RoleAssignmentType } from '../types/role-assignment.type';
import { StakeholderType } from '../types/stakeholder.type';
import { loaded } from './loaded';

@Resolver(() => StakeholderType)
export class StakeholderResolver {
  @Query(() => StakeholderType, { description: 'One person; NOT_FOUND if the caller has no such person.' })
  stakeholder(@Args() { id }: IdArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.stakeholders.get(ctx.caller, id);
  }

  @FieldResolver(() => AccountType)
  account(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(person.accountId);
  }

  @FieldResolver(() => BusinessUnitType, { nullable: true })
  async businessUnit(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    if (person.businessUnitId === null) return null;
    const units = await ctx.loaders.businessUnits.load(person.accountId);
    return units.find((u) => u.id === person.businessUnitId) ?? null;
  }

  @FieldResolver(() => StakeholderType, { nullable: true, description: 'Direct manager.' })
  manager(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    return person.reportsToId === null ? null : ctx.loaders.stakeholder.load(person.reportsToId);
  }

  @FieldResolver(() => [StakeholderType])
  directReports(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.directReports.load(person.id);
  }

  @FieldResolver(() => [StakeholderType], { description: 'Managers from the direct one up to the top.' })
  async reportingLine(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.reportingLineIds.load(person.id);
    return loaded(await ctx.loaders.stakeholder.loadMany(ids));
  }

  @FieldResolver(() => [RoleAssignmentType])
  roles(@Root() person: StakeholderType, @Args() { includeEnded }: RolesArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholderRoles(includeEnded).load(person.id);
  }

  @FieldResolver(() => [InfluenceType], { description: 'People this person sways, strongest first.' })
  async influences(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.influence.load(person.id)).filter((i) => i.fromPersonId === person.id);
  }

  @FieldResolver(() => [InfluenceType], { description: 'People who sway this person, strongest first.' })
  async influencedBy(@Root() person: StakeholderType, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.influence.load(person.id)).filter((i) => i.toPersonId === person.id);
  }
}
