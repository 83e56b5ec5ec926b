import { IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { InfluenceKind, StakeholderRole } from '../../domain/vocabulary';
import { InfluenceKindEnum, StakeholderRoleEnum } from '../enums';
import { LocalDate } from '../scalars';
import { DiffersFrom } from './mutation-validators';

const ID_MAX = 200;
const SOURCE_MAX = 100;

@InputType()
class StakeholderRoleRefInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  stakeholderId!: string;

  @Field(() => ID, { description: 'The account the person works at.' })
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;
}

@InputType({ description: 'Open a role assignment. A role already held (open) is a CONFLICT: end it first.' })
export class AssignStakeholderRoleInput extends StakeholderRoleRefInput {
  @Field(() => LocalDate, { description: 'First day in the role; not in the future.' })
  since!: string;

  @Field(() => String, { nullable: true, description: 'Where the assignment comes from (CRM, analyst, …).' })
  @IsOptional()
  @MaxLength(SOURCE_MAX)
  source?: string | null;
}

@InputType({ description: 'End the open assignment of a role; the history is kept.' })
export class EndStakeholderRoleInput extends StakeholderRoleRefInput {
  @Field(() => LocalDate, {
    description: 'The day the role ended: on or after it began, and not in the future.',
  })
  until!: string;
}

@InputType({
  description: 'Who sways whom. One influence per ordered pair: a second one replaces the first.',
})
export class AddInfluenceInput {
  @Field(() => ID, { description: 'The person who sways.' })
  @MinLength(1)
  @MaxLength(ID_MAX)
  fromStakeholderId!: string;

  @Field(() => ID, { description: 'The person swayed; not the same person.' })
  @MinLength(1)
  @MaxLength(ID_MAX)
  @DiffersFrom('fromStakeholderId', { message: 'a person cannot influence themselves' })
  toStakeholderId!: string;

  @Field(() => Float, { description: 'From 0 (barely) to 1 (decisively).' })
  @Min(0)
  @Max(1)
  weight!: number;

  @Field(() => InfluenceKindEnum)
  kind!: InfluenceKind;

  @Field(() => String, { nullable: true, description: 'Where the estimate comes from (analyst, CRM, …).' })
  @IsOptional()
  @MaxLength(SOURCE_MAX)
  source?: string | null;
}
