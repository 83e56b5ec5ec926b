import { Field, ID, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.type';
import type { PersonStatus, SeniorityLevel } from '../../domain/vocabulary';
import { PersonStatusEnum, SeniorityLevelEnum } from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';

@ObjectType('Stakeholder', { implements: NodeInterface, description: 'A person at a customer account.' })
export class StakeholderType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => SeniorityLevelEnum, { nullable: true })
  seniority!: SeniorityLevel | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => PersonStatusEnum)
  status!: PersonStatus;

  @Field(() => LocalDate, { nullable: true })
  startedAt!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Set when status is DEPARTED.' })
  departedAt!: string | null;

  accountId!: string;
  businessUnitId!: string | null;
  reportsToId!: string | null;
}

export const StakeholderConnection = connectionOf(StakeholderType, 'Stakeholder');
