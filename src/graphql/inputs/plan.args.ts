import { MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { LocalDate } from '../scalars';

@ArgsType()
class AccountArgs {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(200)
  accountId!: string;
}

@ArgsType()
export class AccountPlanArgs extends AccountArgs {
  @Field(() => LocalDate, {
    nullable: true,
    description:
      "The plan's day: the account is judged as of its end, and dates fall due from it. Default: today.",
  })
  asOf?: string | null;
}

@ArgsType()
export class ExecutiveBriefingArgs extends AccountArgs {
  @Field(() => LocalDate, {
    nullable: true,
    description: 'First day of the period reviewed. Default: `plan.briefingLookbackDays` (182) before `to`.',
  })
  from?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the period reviewed, and the day the plan looks forward from. Default: today.',
  })
  to?: string | null;
}
