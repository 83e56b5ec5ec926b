import type DataLoader from 'dataloader';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from 'graphql';
import type { Page, Stakeholder } from '../../domain/read-models';
import { PERSON_LISTS, type ProjectedStakeholder } from '../../domain/projected-people';
import type { PeoplePageInput } from '../../services/stakeholders/stakeholder.service';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { AccountsArgs } from '../inputs/accounts.args';
import { IdArgs } from '../inputs/id.args';
import { PeopleArgs, RolesArgs } from '../inputs/people.args';
import { AccountConnection, AccountType } from '../types/account.type';
import { BusinessUnitType } from '../types/business-unit.type';
import { toConnection } from '../types/connection.type';
import { RoleAssignmentType } from '../types/role-assignment.type';
import { StakeholderConnection } from '../types/stakeholder.type';
import { SubscriptionType } from '../types/subscription.type';
import { AccountCoverageType } from '../types/team.type';
import { MAX_PAGE_SIZE } from '../inputs/pagination.args';
import { peopleProjection } from '../people-projection';
import { childFields } from '../selection';
import { loaded } from './loaded';

/** A person's fields the linked people page reads with the page (see loaders.linkedPeoplePage). */
const PERSON_LINK_FIELDS = new Set(['roles', 'influences', 'influencedBy', 'manager']);

/**
 * The loader a people page selecting `pageFields` is read with: plain people when no linked field
 * is asked for; else each person with only the nested lists asked for, projected
 * (people-page-projected), when the people at their far end are asked for no more than id and
 * name; else with everything those fields might need (people-with-links).
 */
function peoplePage(
  ctx: GraphQLContext,
  input: PeoplePageInput,
  pageFields: readonly FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): DataLoader<string, Page<Stakeholder>> | DataLoader<string, Page<ProjectedStakeholder>> {
  const asked = peopleProjection(pageFields, fragments);
  if (asked && !PERSON_LISTS.some((list) => asked[list])) return ctx.loaders.peoplePage(input);
  if (asked) return ctx.loaders.projectedPeoplePage({ ...input, asked });
  return ctx.loaders.linkedPeoplePage(input);
}

@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => AccountConnection, {
    description:
      "The caller's accounts: filtered, sorted, paginated; archived accounts only with includeArchived (account(id:) finds them either way, with archivedAt set).",
  })
  async accounts(@Args() args: AccountsArgs, @Ctx() ctx: GraphQLContext) {
    const page = await ctx.services.accounts.list(ctx.caller, {
      filter: args.filter ?? {},
      orderBy: args.orderBy ?? { field: 'NAME', direction: 'ASC' },
      includeArchived: args.includeArchived === true,
      first: args.first,
      after: args.after,
    });
    return toConnection(page, args.after);
  }

  @Query(() => AccountType, { description: 'One account; NOT_FOUND if the caller has no such account.' })
  async account(@Args() { id }: IdArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    // Asked with its people page: start the page now, so both statements go out in one wave.
    let linked: Promise<unknown> | undefined;
    for (const people of childFields(info, 'people', PERSON_LINK_FIELDS)) {
      const { first, after, status, seniority } = people.args as Partial<PeopleArgs>;
      // Only what the field's own validation will accept; anything else waits for it.
      if (typeof first !== 'number' || first < 1 || first > MAX_PAGE_SIZE) continue;
      if (typeof after === 'string' && after.length > 500) continue;
      // The people field asks the same loader (DataLoader caches the promise) and reports any failure.
      const page = peoplePage(ctx, { first, after, status, seniority }, [people.node], info.fragments)
        .load(id)
        .catch(() => undefined);
      if (people.selectsAny) linked ??= page;
    }
    // The linked and projected pages' statements read the account too (they prime the request
    // memo): waiting for them makes `account(id) { people { … roles … } }` one statement, not two.
    if (linked) await linked;
    return ctx.services.accounts.get(ctx.caller, id);
  }

  @FieldResolver(() => AccountType, { nullable: true, description: 'The parent company, if any.' })
  parent(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return account.parentId === null ? null : ctx.loaders.account.load(account.parentId);
  }

  @FieldResolver(() => [AccountType])
  async subsidiaries(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    const ids = await ctx.loaders.subsidiaryIds.load(account.id);
    return loaded(await ctx.loaders.account.loadMany(ids));
  }

  @FieldResolver(() => [BusinessUnitType])
  businessUnits(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.businessUnits.load(account.id);
  }

  @FieldResolver(() => [SubscriptionType], { description: 'Every subscription, largest ARR first.' })
  subscriptions(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.subscriptions.load(account.id);
  }

  @FieldResolver(() => [AccountCoverageType], { description: 'Our team on this account.' })
  accountTeam(@Root() account: AccountType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.coverage.load(account.id);
  }

  @FieldResolver(() => [RoleAssignmentType], { description: 'Who plays which role here.' })
  stakeholderRoles(
    @Root() account: AccountType,
    @Args() { includeEnded }: RolesArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.loaders.accountRoles(includeEnded).load(account.id);
  }

  @FieldResolver(() => StakeholderConnection, { description: 'The people known at this account, by name.' })
  async people(
    @Root() account: AccountType,
    @Args() args: PeopleArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { first, after, status, seniority } = args;
    const page = await peoplePage(
      ctx,
      { first, after, status, seniority },
      info.fieldNodes,
      info.fragments,
    ).load(account.id);
    return toConnection<Stakeholder | ProjectedStakeholder>(page, after);
  }
}
