import { IsIn, IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PLAY_KINDS, PLAY_TRIGGERS, type PlayKind, type PlayTrigger } from '../../domain/vocabulary';
import { PlayKindEnum, PlayTriggerEnum } from '../enums';
import { LocalDate } from '../scalars';

@ArgsType()
export class PlaysArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Judge the account as of the end of this day; steps fall due from it. Default: today.',
  })
  asOf?: string | null;
}

@InputType({ description: 'A play to record for an account.' })
export class RequestPlayInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => PlayKindEnum, {
    description:
      'EXPANSION is refused (BAD_USER_INPUT) on a RED account or one not yet successful with what it owns.',
  })
  @IsIn(PLAY_KINDS)
  kind!: PlayKind;

  @Field(() => PlayTriggerEnum, {
    nullable: true,
    description:
      'CHAMPION_DEPARTED picks the champion-departure rescue when both rescues apply. Default: the first recommended play of the kind.',
  })
  @IsOptional()
  @IsIn(PLAY_TRIGGERS)
  trigger?: PlayTrigger | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the play starts; default: today.' })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was asked for, in the requester’s words.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
