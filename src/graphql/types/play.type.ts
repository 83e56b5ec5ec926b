import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  ActivityBasis,
  ExpansionBlocker,
  HealthBand,
  PlayKind,
  PlayTrigger,
  TeamRole,
} from '../../domain/vocabulary';
import type { PlayPhase } from '../../services/plays/plays.service';
import {
  ActivityBasisEnum,
  ExpansionBlockerEnum,
  HealthBandEnum,
  PlayKindEnum,
  PlayPhaseEnum,
  PlayTriggerEnum,
  TeamRoleEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import { AccountHealthType, HealthEvidenceType } from './health.type';
import { CopiedAccountName, CopiedPersonNameTitle, CopiedTeamMemberName } from './copied-fields.type';

@ObjectType('PlayPerson', { description: "One of the customer's people a step is about, and why them." })
export class PlayPersonType extends CopiedPersonNameTitle {
  @Field(() => ID)
  personId!: string;

  @Field()
  why!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Active users named by a champion rescue: true when they report (directly or not) to the champion who left (kept in the ranking, marked); null elsewhere.',
  })
  inChampionTeam?: boolean | null;
}

@ObjectType('PlayOwner', { description: 'The member of our account team who owns a step.' })
export class PlayOwnerType extends CopiedTeamMemberName {
  @Field(() => ID)
  teamMemberId!: string;

  @Field(() => TeamRoleEnum, { description: 'The role they cover the account in.' })
  role!: TeamRole;

  @Field(() => TeamRoleEnum, {
    nullable: true,
    description:
      'The role the step asked for, when nobody covers the account in it and this owner stands in.',
  })
  standsInFor!: TeamRole | null;
}

@ObjectType('PlayStep', { description: 'One step of a play: what, with whom, by when, owned by whom.' })
export class PlayStepType {
  @Field(() => Int)
  order!: number;

  @Field({ description: 'Which step of the playbook (configuration key).' })
  key!: string;

  @Field(() => PlayPhaseEnum)
  phase!: PlayPhase;

  @Field()
  title!: string;

  @Field()
  detail!: string;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field(() => TeamRoleEnum)
  ownerRole!: TeamRole;

  @Field(() => PlayOwnerType, {
    nullable: true,
    description: 'Null when nobody on our team covers the account in that role or a fallback.',
  })
  owner!: PlayOwnerType | null;

  @Field(() => [PlayPersonType])
  people!: PlayPersonType[];
}

@ObjectType('Play', { description: 'A play that applies to an account, with its steps.' })
export class PlayType {
  @Field(() => PlayKindEnum)
  kind!: PlayKind;

  @Field(() => PlayTriggerEnum)
  trigger!: PlayTrigger;

  @Field()
  title!: string;

  @Field({ description: 'Why it applies: band, score, red flags or the departure behind it.' })
  why!: string;

  @Field()
  goal!: string;

  @Field(() => [PlayStepType])
  steps!: PlayStepType[];

  @Field(() => [String], { description: 'What the play could not name: no champion, no CSM on the account…' })
  gaps!: string[];

  @Field(() => ActivityBasisEnum, {
    nullable: true,
    description:
      'Champion rescue: what the most active users were ranked by (PRODUCT_USAGE per person, else INTERACTIONS); null for other plays.',
  })
  activityBasis?: ActivityBasis | null;
}

@ObjectType('SuccessCheck', {
  description:
    'Whether the customer is successful with what they own: seat utilisation of owned products at least the configured minimum, and no open ticket of a blocking severity.',
})
export class SuccessCheckType {
  @Field()
  successful!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: 'Σ active / Σ licensed seats of the active subscriptions; null without usage data.',
  })
  utilisation!: number | null;

  @Field(() => Float)
  minUtilisation!: number;

  @Field(() => [HealthEvidenceType], { description: 'The latest reading of each owned product.' })
  readings!: HealthEvidenceType[];

  @Field(() => [HealthEvidenceType])
  blockingTickets!: HealthEvidenceType[];

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('ExpansionBlock', { description: 'One reason an expansion play is refused, with its evidence.' })
export class ExpansionBlockType {
  @Field(() => ExpansionBlockerEnum)
  code!: ExpansionBlocker;

  @Field()
  message!: string;

  @Field(() => [HealthEvidenceType])
  evidence!: HealthEvidenceType[];
}

@ObjectType('ExpansionGate', { description: 'May an expansion play be proposed, and if not, why not.' })
export class ExpansionGateType {
  @Field()
  allowed!: boolean;

  @Field(() => HealthBandEnum, { nullable: true })
  band!: HealthBand | null;

  @Field(() => Int, { nullable: true })
  score!: number | null;

  @Field(() => [ExpansionBlockType])
  blockers!: ExpansionBlockType[];
}

@ObjectType('PlayRecommendation', {
  description: 'The plays that apply to an account on a day, with the health and success that gate them.',
})
export class PlayRecommendationType extends CopiedAccountName {
  @Field(() => ID)
  accountId!: string;

  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => AccountHealthType)
  health!: AccountHealthType;

  @Field(() => SuccessCheckType)
  success!: SuccessCheckType;

  @Field(() => ExpansionGateType)
  expansionGate!: ExpansionGateType;

  @Field(() => [PlayType], {
    description:
      'A champion-departure rescue first (when a champion left lately), then the play the band calls for.',
  })
  plays!: PlayType[];
}
