import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import type { EngagementLevel, TouchpointKind } from '../../domain/vocabulary';
import { EngagementLevelEnum, TouchpointKindEnum } from '../enums';
import { LocalDate } from '../scalars';
import { PaginationArgs } from './pagination.args';

@ArgsType()
export class EngagementCalendarArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day planned (included); default asOf. Not before asOf: a calendar plans ahead.',
  })
  from?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Last day planned (included); default from + 90 days. At most 366 days after from (analytics calendar.window).',
  })
  to?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Plan as of the end of this day: people there, roles held, relationship strength and plays then. Default: now; never in the future.',
  })
  asOf?: string | null;
}

@ArgsType()
export class TouchpointsArgs extends PaginationArgs {
  @Field(() => TouchpointKindEnum, { nullable: true, description: 'Only touchpoints of this kind.' })
  @IsOptional()
  kind?: TouchpointKind | null;

  @Field(() => EngagementLevelEnum, { nullable: true, description: 'Only touchpoints at this level.' })
  @IsOptional()
  level?: EngagementLevel | null;
}
