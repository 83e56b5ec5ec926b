import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import type { HealthBand } from '../../domain/vocabulary';
import { HealthBandEnum } from '../enums';
import { LocalDate } from '../scalars';
import { PortfolioArgs } from './portfolio.args';

const AS_OF =
  'Judge health as of the end of this day (subscriptions, usage readings, tickets, people and contact up to then). Default: now.';

@ArgsType()
export class HealthAsOfArgs {
  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  asOf?: string | null;
}

@ArgsType()
export class AccountHealthArgs extends HealthAsOfArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;
}

@ArgsType()
export class PortfolioHealthArgs extends PortfolioArgs {
  @Field(() => HealthBandEnum, { nullable: true, description: 'Only accounts in this band.' })
  band?: HealthBand | null;

  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  asOf?: string | null;
}

@ArgsType()
export class HealthTrendArgs {
  @Field(() => LocalDate, { nullable: true, description: 'First day; default: a year before `to`.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day; default: today.' })
  to?: string | null;
}
