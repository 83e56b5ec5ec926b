import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import type { ExpansionOpportunityStatus } from '../../domain/vocabulary';
import { ExpansionOpportunityStatusEnum } from '../enums';
import { LocalDate } from '../scalars';
import { PortfolioArgs } from './portfolio.args';

const AS_OF =
  'Judge as of the end of this day (usage, health, people, contact and requests up to then). Default: now.';

@ArgsType()
export class AccountOpportunityArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;

  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  @IsOptional()
  asOf?: string | null;

  @Field(() => ExpansionOpportunityStatusEnum, {
    nullable: true,
    description: 'Only opportunities of this status.',
  })
  @IsOptional()
  status?: ExpansionOpportunityStatus | null;
}

@ArgsType()
export class PortfolioOpportunityArgs extends PortfolioArgs {
  @Field(() => ExpansionOpportunityStatusEnum, {
    nullable: true,
    description: 'Only opportunities of this status.',
  })
  @IsOptional()
  status?: ExpansionOpportunityStatus | null;

  @Field(() => LocalDate, { nullable: true, description: AS_OF })
  @IsOptional()
  asOf?: string | null;
}
