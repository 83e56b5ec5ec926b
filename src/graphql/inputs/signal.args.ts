import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { LocalDate } from '../scalars';
import { PortfolioArgs } from './portfolio.args';

@ArgsType()
export class AccountSignalArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Read the data as of this day; default: today.' })
  @IsOptional()
  asOf?: string | null;
}

@ArgsType()
export class PortfolioSignalArgs extends PortfolioArgs {
  @Field(() => LocalDate, { nullable: true, description: 'Read the data as of this day; default: today.' })
  @IsOptional()
  asOf?: string | null;
}
