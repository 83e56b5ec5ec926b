import { Field, ObjectType } from 'type-graphql';
import type { StakeholderRole } from '../../domain/vocabulary';
import { StakeholderRoleEnum } from '../enums';
import { LocalDate } from '../scalars';

@ObjectType('RoleAssignment', { description: 'A stakeholder playing a role at an account, over a period.' })
export class RoleAssignmentType {
  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => LocalDate)
  since!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the role ended; null while it is held.' })
  until!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the assignment came from (CRM, analyst, …).' })
  source!: string | null;

  personId!: string;
  accountId!: string;
}
