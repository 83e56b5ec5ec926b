import { Field, ID, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import type { TeamRole } from '../../domain/vocabulary';
import { TeamRoleEnum } from '../enums';
import { LocalDate } from '../scalars';

@ObjectType('TeamMember', { implements: NodeInterface, description: 'A member of our own account team.' })
export class TeamMemberType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;
}

@ObjectType('AccountCoverage', { description: 'Who on our team covers an account, and as what.' })
export class AccountCoverageType {
  @Field(() => TeamMemberType)
  teamMember!: TeamMemberType;

  @Field(() => TeamRoleEnum)
  role!: TeamRole;

  @Field(() => LocalDate, { nullable: true })
  since!: string | null;
}
