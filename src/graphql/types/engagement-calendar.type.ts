import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  EngagementLevel,
  LevelThreadState,
  PlayKind,
  PlayTrigger,
  Segment,
  SeniorityLevel,
  StakeholderRole,
  TeamRole,
  TouchpointChannel,
  TouchpointKind,
} from '../../domain/vocabulary';
import {
  EngagementLevelEnum,
  LevelThreadStateEnum,
  PlayKindEnum,
  PlayTriggerEnum,
  SegmentEnum,
  SeniorityLevelEnum,
  StakeholderRoleEnum,
  TeamRoleEnum,
  TouchpointChannelEnum,
  TouchpointKindEnum,
} from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import {
  CopiedAccountName,
  CopiedPersonName,
  CopiedPersonNameTitle,
  CopiedTeamMemberName,
  useLink,
} from './copied-fields.type';

@ObjectType('TouchpointPerson', { description: "One of the customer's people on a touchpoint." })
export class TouchpointPersonType extends CopiedPersonNameTitle {
  @Field(() => ID)
  personId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Used as ATTENDEE in the iCalendar export.',
    deprecationReason: useLink('stakeholder', 'email'),
  })
  email!: string | null;

  @Field(() => SeniorityLevelEnum, { nullable: true, deprecationReason: useLink('stakeholder', 'seniority') })
  seniority!: SeniorityLevel | null;

  @Field(() => EngagementLevelEnum)
  level!: EngagementLevel;

  @Field(() => [StakeholderRoleEnum], { description: 'Roles held on asOf.' })
  roles!: StakeholderRole[];
}

@ObjectType('TouchpointTeamMember', {
  description: 'A member of our account team on a touchpoint, with the role they cover the account in.',
})
export class TouchpointTeamMemberType extends CopiedTeamMemberName {
  @Field(() => ID)
  teamMemberId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Used as ORGANIZER or ATTENDEE in the iCalendar export.',
    deprecationReason: useLink('teamMember', 'email'),
  })
  email!: string | null;

  @Field(() => TeamRoleEnum)
  role!: TeamRole;

  @Field(() => TeamRoleEnum, {
    nullable: true,
    description: 'The role asked for, when nobody covers the account in it and this member stands in.',
  })
  standsInFor!: TeamRole | null;
}

@ObjectType('TouchpointCadence', {
  description:
    "A check-in's cadence: the role that sets it, the strength gap that shortens it, and what it counts from.",
})
export class CadenceEvidenceType {
  @Field(() => ID)
  personId!: string;

  @Field(() => StakeholderRoleEnum, { description: 'The held role with the shortest base cadence.' })
  governingRole!: StakeholderRole;

  @Field(() => Int)
  baseCadenceDays!: number;

  @Field(() => Int, {
    description:
      'max(min(base, floor), round(base × (1 − maxShortening × gap / desired))); the base when there is no gap.',
  })
  cadenceDays!: number;

  @Field(() => Float)
  desiredStrength!: number;

  @Field(() => Float, { description: 'Relationship strength (0–100) with our whole team on asOf.' })
  actualStrength!: number;

  @Field(() => Float, { description: 'max(0, desired − actual).' })
  strengthGap!: number;

  @Field({ description: 'The formula with the numbers in.' })
  formula!: string;

  @Field(() => DateTimeISO, {
    nullable: true,
    description:
      'The last two-way contact with our team the cadence counts from; null: none in the lookback.',
  })
  lastContactAt!: string | null;

  @Field(() => ID, { nullable: true })
  lastContactInteractionId!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'The last interaction of any direction.' })
  lastInteractionAt!: string | null;

  @Field(() => Int, { description: '1 for the next touchpoint with the person, 2 for the one after…' })
  occurrence!: number;

  @Field(() => LocalDate, { nullable: true })
  countsFromDate!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The touchpoint this occurrence counts from (a previous check-in, or a QBR, renewal meeting or play step with the person).',
  })
  countsFromTouchpointId!: string | null;
}

@ObjectType('TouchpointQbr', { description: "A business review's interval and the review it counts from." })
export class QbrEvidenceType {
  @Field(() => SegmentEnum, { nullable: true })
  segment!: Segment | null;

  @Field(() => Int)
  intervalDays!: number;

  @Field(() => DateTimeISO, { nullable: true })
  lastQbrAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The QBR interaction it counts from.' })
  lastQbrId!: string | null;

  @Field(() => Int)
  occurrence!: number;

  @Field(() => [StakeholderRoleEnum], { description: 'Attendee roles nobody holds today.' })
  vacantRoles!: StakeholderRole[];
}

@ObjectType('TouchpointRenewal', { description: 'The renewal a milestone prepares.' })
export class RenewalEvidenceType {
  @Field(() => LocalDate)
  renewalDate!: string;

  @Field(() => [ID])
  subscriptionIds!: string[];

  @Field(() => [String])
  products!: string[];

  @Field(() => Float, { description: 'ARR renewing on that date.' })
  arr!: number;

  @Field(() => Int)
  leadDays!: number;

  @Field()
  milestone!: string;
}

@ObjectType('TouchpointPlayStep', { description: 'The play and step a touchpoint carries.' })
export class PlayStepEvidenceType {
  @Field({ description: 'RECOMMENDED (starts on asOf) or RECORDED (requestPlay, fixed dates).' })
  source!: string;

  @Field(() => ID, { nullable: true, description: 'The recorded play; null for a recommendation.' })
  playId!: string | null;

  @Field(() => PlayKindEnum)
  playKind!: PlayKind;

  @Field(() => PlayTriggerEnum)
  playTrigger!: PlayTrigger;

  @Field()
  playTitle!: string;

  @Field()
  stepKey!: string;

  @Field(() => Int)
  stepOrder!: number;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field()
  detail!: string;
}

@ObjectType('TouchpointThread', { description: 'Why a new thread starts with this person.' })
export class ThreadEvidenceType {
  @Field(() => EngagementLevelEnum)
  level!: EngagementLevel;

  @Field()
  reason!: string;

  @Field(() => Float)
  strength!: number;

  @Field(() => [StakeholderRoleEnum])
  roles!: StakeholderRole[];

  @Field(() => [ID], { description: 'The next best candidates at the level, in order.' })
  alternativeIds!: string[];
}

@ObjectType('TouchpointWhy', {
  description: 'Why a touchpoint is on its date, with the evidence: one section filled per kind.',
})
export class TouchpointWhyType {
  @Field()
  summary!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The date the rule gives, before moving into the window or to a working day.',
  })
  ruleDate!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days the rule date lies before asOf (carried to the first working day of the window).',
  })
  overdueDays!: number | null;

  @Field(() => CadenceEvidenceType, { nullable: true })
  cadence!: CadenceEvidenceType | null;

  @Field(() => QbrEvidenceType, { nullable: true })
  qbr!: QbrEvidenceType | null;

  @Field(() => RenewalEvidenceType, { nullable: true })
  renewal!: RenewalEvidenceType | null;

  @Field(() => PlayStepEvidenceType, { nullable: true })
  playStep!: PlayStepEvidenceType | null;

  @Field(() => ThreadEvidenceType, { nullable: true })
  thread!: ThreadEvidenceType | null;

  @Field(() => [String], { description: 'People left out (departed), vacant roles, owners standing in…' })
  notes!: string[];
}

@ObjectType('Touchpoint', {
  description: 'One planned touchpoint: when, what, with whom, owned by whom, and why.',
})
export class TouchpointType {
  @Field(() => ID, {
    description:
      'Deterministic: the same touchpoint keeps its id (and its iCalendar UID) from one day to the next.',
  })
  id!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field(() => TouchpointKindEnum)
  kind!: TouchpointKind;

  @Field()
  title!: string;

  @Field(() => TouchpointChannelEnum)
  channel!: TouchpointChannel;

  @Field(() => Int, { description: 'Suggested length.' })
  durationMinutes!: number;

  @Field(() => EngagementLevelEnum, {
    nullable: true,
    description: 'The most senior level among its people; null when no customer person takes part.',
  })
  level!: EngagementLevel | null;

  @Field(() => [TouchpointPersonType], {
    description: 'Only people at the account on asOf: departed people never.',
  })
  people!: TouchpointPersonType[];

  @Field(() => TouchpointTeamMemberType, {
    nullable: true,
    description: 'Null when nobody covers the role asked for or any of its fallbacks (plays.ownerFallbacks).',
  })
  owner!: TouchpointTeamMemberType | null;

  @Field(() => [TouchpointTeamMemberType], { description: 'Others on our team who take part.' })
  team!: TouchpointTeamMemberType[];

  @Field(() => TouchpointWhyType)
  why!: TouchpointWhyType;
}

export const TouchpointConnection = connectionOf(TouchpointType, 'Touchpoint');

@ObjectType('EngagedAtLevel')
export class EngagedAtLevelType extends CopiedPersonName {
  @Field(() => ID)
  personId!: string;

  @Field(() => Float)
  strength!: number;
}

@ObjectType('LevelThread', {
  description: "One level's thread: who is engaged there and what the calendar plans with people there.",
})
export class LevelThreadType {
  @Field(() => EngagementLevelEnum)
  level!: EngagementLevel;

  @Field(() => LevelThreadStateEnum)
  state!: LevelThreadState;

  @Field(() => Int, { description: 'People at the account at this level on asOf.' })
  people!: number;

  @Field(() => [EngagedAtLevelType], {
    description: 'Truly engaged (threading: strength and recent two-way contact).',
  })
  engaged!: EngagedAtLevelType[];

  @Field(() => Int, { description: 'Touchpoints in the window with someone at this level (TASKs excluded).' })
  touchpoints!: number;

  @Field(() => [ID])
  peopleOnCalendar!: string[];

  @Field(() => ID, { nullable: true })
  newThreadTouchpointId!: string | null;

  @Field()
  summary!: string;
}

@ObjectType('TouchpointKindCount')
export class KindCountType {
  @Field(() => TouchpointKindEnum)
  kind!: TouchpointKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TouchpointOwnerLoad', {
  description: 'Touchpoints owned per member of our team; unowned under a null id.',
})
export class OwnerLoadType {
  @Field(() => ID, { nullable: true })
  teamMemberId!: string | null;

  @Field(() => String, { nullable: true, deprecationReason: useLink('teamMember', 'name') })
  name!: string | null;

  @Field(() => [TeamRoleEnum])
  roles!: TeamRole[];

  @Field(() => Int)
  touchpoints!: number;
}

@ObjectType('UnscheduledStakeholder', { description: 'A role holder with no cadence of their own, and why.' })
export class NotScheduledType extends CopiedPersonName {
  @Field(() => ID)
  personId!: string;

  @Field(() => [StakeholderRoleEnum])
  roles!: StakeholderRole[];

  @Field()
  reason!: string;
}

@ObjectType('EngagementCalendar', {
  description:
    'Touchpoints by stakeholder and timing over a window: role cadences shortened by relationship gaps, business reviews, renewal lead times, play steps and new threads, across executive, management and practitioner levels.',
})
export class EngagementCalendarType extends CopiedAccountName {
  @Field(() => ID)
  accountId!: string;

  @Field(() => SegmentEnum, { nullable: true })
  segment!: Segment | null;

  @Field(() => LocalDate, { description: 'Planned as of this day.' })
  asOf!: string;

  @Field(() => DateTimeISO, { description: 'The instant strengths were measured at.' })
  plannedAt!: string;

  @Field(() => LocalDate)
  from!: string;

  @Field(() => LocalDate)
  to!: string;

  @Field(() => [LevelThreadType])
  threadsByLevel!: LevelThreadType[];

  @Field(() => [EngagementLevelEnum], {
    description: 'Levels the calendar cannot thread: nobody is known there.',
  })
  uncoveredLevels!: EngagementLevel[];

  @Field(() => [KindCountType])
  byKind!: KindCountType[];

  @Field(() => [OwnerLoadType])
  byOwner!: OwnerLoadType[];

  @Field(() => [NotScheduledType])
  notScheduled!: NotScheduledType[];

  @Field(() => [String])
  dataGaps!: string[];
}
