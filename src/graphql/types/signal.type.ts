import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { SeniorityLevel, StakeholderRole } from '../../domain/vocabulary';
import { SeniorityLevelEnum, StakeholderRoleEnum } from '../enums';
import { LocalDate } from '../scalars';
import { CopiedPersonNameTitle, useLink } from './copied-fields.type';

/** Evidence shared by expansion signals and churn indicators. */

@ObjectType('UsageSnapshotEvidence', { description: 'A usage snapshot a finding was read from.' })
export class UsageSnapshotEvidenceType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  date!: string;

  @Field(() => Int)
  licensedSeats!: number;

  @Field(() => Int)
  activeSeats!: number;

  @Field(() => Int, { nullable: true })
  featuresAdopted!: number | null;

  @Field(() => Int, { nullable: true })
  featuresAvailable!: number | null;

  @Field(() => ID, { nullable: true, description: 'The unit the usage was measured in.' })
  businessUnitId!: string | null;

  @Field(() => String, { nullable: true })
  businessUnitName!: string | null;
}

@ObjectType('ConcernedStakeholder', { description: 'Someone a finding concerns, and why.' })
export class ConcernedStakeholderType extends CopiedPersonNameTitle {
  @Field(() => ID)
  personId!: string;

  @Field(() => SeniorityLevelEnum, { nullable: true, deprecationReason: useLink('stakeholder', 'seniority') })
  seniority!: SeniorityLevel | null;

  @Field(() => ID, { nullable: true })
  businessUnitId!: string | null;

  @Field(() => [StakeholderRoleEnum], { description: 'Roles held on asOf.' })
  roles!: StakeholderRole[];

  @Field({ description: 'Still at the account on asOf.' })
  stillThere!: boolean;

  @Field(() => [String])
  reasons!: string[];
}
