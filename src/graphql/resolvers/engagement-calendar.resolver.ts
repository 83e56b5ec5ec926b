import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type {
  EngagementCalendar,
  TouchpointPerson,
} from '../../services/calendar/engagement-calendar.service';
import type { GraphQLContext } from '../context';
import { EngagementCalendarArgs, TouchpointsArgs } from '../inputs/engagement-calendar.args';
import { AccountType } from '../types/account.type';
import { toConnection } from '../types/connection.type';
import {
  EngagementCalendarType,
  TouchpointConnection,
  TouchpointPersonType,
} from '../types/engagement-calendar.type';
import { StakeholderType } from '../types/stakeholder.type';

@Resolver(() => EngagementCalendarType)
export class EngagementCalendarResolver {
  @Query(() => EngagementCalendarType, {
    description:
      'The engagement calendar of an account over [from, to] (default asOf … asOf + 90 days): touchpoints by stakeholder and timing, multi-threaded across levels, each with its evidence; also as iCalendar (`icalendar`, or GET /accounts/{id}/engagement-calendar.ics).',
  })
  engagementCalendar(
    @Args() { accountId, from, to, asOf }: EngagementCalendarArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.engagementCalendar.forAccount(ctx.caller, accountId, { from, to, asOf });
  }

  @FieldResolver(() => TouchpointConnection, {
    description: 'The touchpoints in date order (then kind, then id).',
  })
  touchpoints(
    @Root() calendar: EngagementCalendar,
    @Args() args: TouchpointsArgs,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toConnection(ctx.services.engagementCalendar.page(calendar, args), args.after);
  }

  @FieldResolver(() => String, {
    description:
      'The whole calendar as RFC 5545 text: one all-day VEVENT per touchpoint with a UID that stays the same from one export to the next (re-importing updates events instead of duplicating them), SUMMARY, DESCRIPTION with the why, ORGANIZER and ATTENDEE where emails are known, CATEGORIES = kind.',
  })
  icalendar(@Root() calendar: EngagementCalendar, @Ctx() ctx: GraphQLContext): string {
    return ctx.services.engagementCalendar.icalendar(ctx.caller, calendar);
  }

  @FieldResolver(() => AccountType)
  account(@Root() calendar: EngagementCalendar, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.account.load(calendar.accountId);
  }
}

@Resolver(() => TouchpointPersonType)
export class TouchpointPersonResolver {
  @FieldResolver(() => StakeholderType, {
    description: 'The person, with everything the graph knows of them.',
  })
  stakeholder(@Root() person: TouchpointPerson, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.stakeholder.load(person.personId);
  }
}
