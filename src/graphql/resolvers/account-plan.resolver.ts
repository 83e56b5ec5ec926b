import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AccountPlan } from '../../services/plan/account-plan.service';
import type { ExecutiveBriefing } from '../../services/plan/executive-briefing.service';
import type { GraphQLContext } from '../context';
import { AccountPlanArgs, ExecutiveBriefingArgs } from '../inputs/plan.args';
import { AccountType } from '../types/account.type';
import { AccountPlanType, ExecutiveBriefingType } from '../types/account-plan.type';

/** The plan as GraphQL reads it: the domain plan, with the few fields the schema names differently. */
type PlanView = AccountPlan & { accountId: string };
type BriefingView = ExecutiveBriefing & { accountId: string; plan: PlanView };

function planView(plan: AccountPlan): PlanView {
  return {
    ...plan,
    accountId: plan.account.id,
    objectives: plan.objectives.map((o) => ({
      ...o,
      owner:
        o.owner === null
          ? null
          : {
              ...o.owner,
              businessUnitName: o.owner.businessUnitName ?? o.owner.department,
              stillThere: o.owner.status === 'ACTIVE',
            },
    })),
  };
}

@Resolver(() => AccountPlanType)
export class AccountPlanResolver {
  @Query(() => AccountPlanType, {
    description:
      'The strategic account plan for one account: customer objectives and vision, health, the stakeholder map, expansion opportunities, a growth strategy following the health gate, resource allocation with a RACI per expansion type, success metrics (NRR, health, threading) and a mutual action plan; `markdown` renders it as a document.',
  })
  async accountPlan(
    @Args() { accountId, asOf }: AccountPlanArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PlanView> {
    return planView(await ctx.services.accountPlans.plan(ctx.caller, accountId, asOf));
  }

  @FieldResolver(() => AccountType)
  account(@Root() plan: PlanView) {
    return plan.account;
  }

  @FieldResolver(() => String, {
    description: 'The plan as a Markdown document a person can read and share.',
  })
  markdown(@Root() plan: PlanView, @Ctx() ctx: GraphQLContext): string {
    return ctx.services.accountPlans.markdown(plan);
  }
}

@Resolver(() => ExecutiveBriefingType)
export class ExecutiveBriefingResolver {
  @Query(() => ExecutiveBriefingType, {
    description:
      'The executive briefing / QBR pack for one account: it opens with the value delivered over the period in numbers (objectives achieved, seats, adoption, support, NPS, ARR, contact — each with its evidence), then the account plan looking forward; `markdown` renders it.',
  })
  async executiveBriefing(
    @Args() { accountId, from, to }: ExecutiveBriefingArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BriefingView> {
    const briefing = await ctx.services.executiveBriefings.briefing(ctx.caller, accountId, { from, to });
    return { ...briefing, accountId, plan: planView(briefing.plan) };
  }

  @FieldResolver(() => AccountType)
  account(@Root() briefing: BriefingView) {
    return briefing.plan.account;
  }

  @FieldResolver(() => String, { description: 'The briefing as Markdown: value delivered first.' })
  markdown(@Root() briefing: BriefingView, @Ctx() ctx: GraphQLContext): string {
    return ctx.services.executiveBriefings.markdown(briefing);
  }
}
