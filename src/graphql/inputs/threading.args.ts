import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { LocalDate } from '../scalars';
import { PortfolioArgs } from './portfolio.args';

const AS_OF =
  'Judge the account as of the end of this day (people there, roles held, contact up to then). Default: now.';

@ArgsType()
export class ThreadingRiskArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  asOf?: string | null;
}

@ArgsType()
export class PortfolioThreadingRiskArgs extends PortfolioArgs {
  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  asOf?: string | null;
}
