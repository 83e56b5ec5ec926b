import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { InteractionDirection, InteractionType, ObjectiveStatus } from '../../domain/vocabulary';
import { InteractionDirectionEnum, InteractionTypeEnum, ObjectiveStatusEnum } from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { AtMost } from './mutation-validators';

const ID_MAX = 200;
const PARTICIPANTS_MAX = 50;
const NOT_BLANK = /\S/;

@InputType({ description: 'A touchpoint between our team and the account’s people.' })
export class RecordInteractionInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field(() => InteractionTypeEnum)
  type!: InteractionType;

  @Field(() => InteractionDirectionEnum, {
    description: 'OUTBOUND: we reached out; INBOUND: they did; MUTUAL: both took part live.',
  })
  direction!: InteractionDirection;

  @Field(() => DateTimeISO, { description: 'When it happened; not in the future.' })
  occurredAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Length in minutes, 1 to 1440; none for an email.' })
  @IsOptional()
  @Min(1)
  @Max(24 * 60)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  subject?: string | null;

  @Field(() => [ID], { description: 'Our team members who took part (1 to 50).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTICIPANTS_MAX)
  @ArrayUnique()
  @MinLength(1, { each: true })
  @MaxLength(ID_MAX, { each: true })
  teamMemberIds!: string[];

  @Field(() => [ID], { description: 'Their people who took part (1 to 50), all working at the account.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(PARTICIPANTS_MAX)
  @ArrayUnique()
  @MinLength(1, { each: true })
  @MaxLength(ID_MAX, { each: true })
  stakeholderIds!: string[];
}

@InputType({ description: 'A goal the customer states in their own terms.' })
export class RecordObjectiveInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field(() => String, { description: 'Unique per account (case-insensitive).' })
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Their measure of success, e.g. "days to close".' })
  @IsOptional()
  @MaxLength(200)
  metric?: string | null;

  @Field(() => Float, { nullable: true, description: 'The value of the metric they aim for.' })
  targetValue?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'May lie in the future.' })
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'An active person of the account who owns it.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(ID_MAX)
  ownerStakeholderId?: string | null;

  @Field(() => ObjectiveStatusEnum)
  status!: ObjectiveStatus;
}

@InputType({ description: 'Licensed and active seats of a subscription on one day.' })
export class RecordUsageSnapshotInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  subscriptionId!: string;

  @Field(() => LocalDate, { description: 'The day measured; not in the future.' })
  date!: string;

  @Field(() => Int)
  @Min(0)
  licensedSeats!: number;

  @Field(() => Int, { description: 'At most licensedSeats, unless allowOverage is true.' })
  @Min(0)
  @AtMost('licensedSeats', 'allowOverage')
  activeSeats!: number;

  @Field(() => Int, { nullable: true, description: 'At most featuresAvailable.' })
  @IsOptional()
  @Min(0)
  @AtMost('featuresAvailable')
  featuresAdopted?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  featuresAvailable?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "One business unit of the subscription's account, when the reading covers that unit only; default: the subscription's own scope.",
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(ID_MAX)
  businessUnitId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Accept more active than licensed seats (a customer over its licence).',
  })
  allowOverage: boolean = false;
}
