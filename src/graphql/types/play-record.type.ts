import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { HealthBand, PlayKind, PlayTrigger, TeamRole } from '../../domain/vocabulary';
import type { PlayPhase } from '../../services/plays/plays.service';
import { HealthBandEnum, PlayKindEnum, PlayPhaseEnum, PlayTriggerEnum, TeamRoleEnum } from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { NodeInterface } from './node.type';
import { CopiedPersonNameTitle, CopiedTeamMemberName } from './copied-fields.type';

@ObjectType('RecordedPlayOwner')
export class RecordedPlayOwnerType extends CopiedTeamMemberName {
  @Field(() => ID)
  id!: string;
}

@ObjectType('RecordedPlayPerson')
export class RecordedPlayPersonType extends CopiedPersonNameTitle {
  @Field(() => ID)
  id!: string;
}

@ObjectType('RecordedPlayStep', { description: 'A step of a recorded play, as written to the graph.' })
export class RecordedPlayStepType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  order!: number;

  @Field()
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

  @Field()
  status!: string;

  @Field(() => RecordedPlayOwnerType, { nullable: true, description: 'The team member it is OWNED_BY.' })
  owner!: RecordedPlayOwnerType | null;

  @Field(() => [RecordedPlayPersonType], { description: "The customer's people it INVOLVES." })
  people!: RecordedPlayPersonType[];
}

@ObjectType('RecordedPlay', {
  implements: NodeInterface,
  description: 'A play recorded for an account: (:Play)-[:FOR_ACCOUNT]->(:Account), with its steps.',
})
export class RecordedPlayType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  accountId!: string;

  @Field(() => PlayKindEnum)
  kind!: PlayKind;

  @Field(() => PlayTriggerEnum)
  trigger!: PlayTrigger;

  @Field()
  status!: string;

  @Field()
  title!: string;

  @Field()
  why!: string;

  @Field()
  goal!: string;

  @Field(() => [String], { nullable: true })
  gaps!: string[] | null;

  @Field(() => LocalDate, { description: 'The day the play starts (the asOf it was requested for).' })
  startedOn!: string;

  @Field(() => DateTimeISO)
  requestedAt!: string;

  @Field({ description: 'Who asked for it (the token subject).' })
  requestedBy!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { nullable: true, description: 'Account health when it was requested.' })
  healthScore!: number | null;

  @Field(() => HealthBandEnum, { nullable: true })
  healthBand!: HealthBand | null;

  @Field()
  configVersion!: string;

  @Field(() => [RecordedPlayStepType])
  steps!: RecordedPlayStepType[];
}
