import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import type { Segment } from '../../domain/vocabulary';
import { SegmentEnum } from '../enums';
import { LocalDate } from '../scalars';

@ArgsType()
export class RevenueRetentionArgs {
  @Field(() => LocalDate, {
    nullable: true,
    description: 'Start of the period; default: a year before `to`.',
  })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'End of the period; default: today.' })
  to?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @Field(() => ID, { nullable: true, description: 'One account only.' })
  @IsOptional()
  @MaxLength(200)
  accountId?: string | null;
}
