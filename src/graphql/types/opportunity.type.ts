import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  OpportunityStatus,
  OpportunityType as OpportunityKind,
  StakeholderRole,
} from '../../domain/vocabulary';
import { OpportunityStatusEnum, OpportunityTypeEnum, StakeholderRoleEnum } from '../enums';
import { LocalDate } from '../scalars';
import { NodeInterface } from './node.type';
import { TeamMemberType } from './team.type';

@ObjectType('OpportunityContactRole', { description: 'A person on an opportunity, and as what.' })
export class OpportunityContactRoleType {
  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => Boolean)
  isPrimary!: boolean;

  personId!: string;
}

@ObjectType('Opportunity', { implements: NodeInterface, description: 'A deal in the CRM pipeline.' })
export class OpportunityType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OpportunityTypeEnum)
  type!: OpportunityKind;

  @Field()
  stage!: string;

  @Field(() => OpportunityStatusEnum)
  status!: OpportunityStatus;

  @Field(() => Float, { nullable: true })
  amount!: number | null;

  @Field(() => LocalDate, { nullable: true })
  closeDate!: string | null;

  @Field(() => [OpportunityContactRoleType])
  contactRoles!: OpportunityContactRoleType[];

  @Field(() => TeamMemberType, { nullable: true, description: 'Who on our team owns it.' })
  owner!: TeamMemberType | null;

  accountId!: string;
  productId!: string | null;
}

@ObjectType('EraseStakeholderPayload', {
  description: 'What a privacy erasure removed, and what it kept as anonymous history.',
})
export class EraseStakeholderPayload {
  @Field(() => ID, { description: 'The id that no longer resolves.' })
  erasedId!: string;

  @Field(() => Int, {
    description: 'Interactions kept, each counting the person as an anonymous participant.',
  })
  interactionsAnonymised!: number;

  @Field(() => Int)
  rolesRemoved!: number;

  @Field(() => Int)
  influencesRemoved!: number;

  @Field(() => Int, { description: 'Tickets, NPS answers and objectives kept without the person.' })
  recordsKept!: number;

  accountId!: string;
}
