import { IsEmail, IsInt, IsOptional, IsUrl, MaxLength, Min } from 'class-validator';
import { Field, Float, InputType, Int } from 'type-graphql';
import type {
  BusinessUnitKind,
  OpportunityStatus,
  OpportunityType,
  PersonStatus,
  Segment,
  SeniorityLevel,
  StakeholderRole,
  SubscriptionStatus,
} from '../../domain/vocabulary';
import {
  BusinessUnitKindEnum,
  OpportunityStatusEnum,
  OpportunityTypeEnum,
  PersonStatusEnum,
  SegmentEnum,
  SeniorityLevelEnum,
  StakeholderRoleEnum,
  SubscriptionStatusEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import {
  ClientIdField,
  ContactRolesField,
  NameField,
  OptionalIdField,
  OptionalNonNegativeField,
  OptionalSeatsField,
  OptionalTextField,
  RenameField,
  RequiredIdField,
  TermMonthsField,
  TEXT_MAX,
} from './map-input-fields';
import { DiffersFrom } from './mutation-validators';

@InputType({
  description: 'Fields of an account. On update, an omitted field is left as is and null clears it.',
})
class AccountFieldsInput {
  @OptionalTextField()
  industry?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @OptionalTextField()
  region?: string | null;

  @OptionalNonNegativeField(Int)
  employeeCount?: number | null;

  @OptionalNonNegativeField(Float)
  annualRevenue?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: false })
  @MaxLength(TEXT_MAX)
  website?: string | null;

  @Field(() => LocalDate, { nullable: true })
  customerSince?: string | null;
}

@InputType({ description: 'A new account, optionally a subsidiary of another.' })
export class CreateAccountInput extends AccountFieldsInput {
  @ClientIdField()
  id?: string | null;

  @NameField()
  name!: string;

  @OptionalIdField({ description: 'The parent account (SUBSIDIARY_OF).' })
  parentId?: string | null;
}

@InputType({
  description: 'Change an account. parentId: null detaches it from its parent; a cycle is refused.',
})
export class UpdateAccountInput extends AccountFieldsInput {
  @RequiredIdField()
  id!: string;

  @RenameField()
  name?: string;

  @OptionalIdField()
  parentId?: string | null;
}

@InputType()
export class IdInput {
  @RequiredIdField()
  id!: string;
}

@InputType({ description: 'A new business unit or department of an account.' })
export class CreateBusinessUnitInput {
  @ClientIdField()
  id?: string | null;

  @RequiredIdField()
  accountId!: string;

  @NameField()
  name!: string;

  @Field(() => BusinessUnitKindEnum)
  kind!: BusinessUnitKind;

  @OptionalNonNegativeField(Int)
  headcount?: number | null;
}

@InputType({ description: 'Change a business unit; omitted fields are left as they are.' })
export class UpdateBusinessUnitInput {
  @RequiredIdField()
  id!: string;

  @RenameField()
  name?: string;

  @Field(() => BusinessUnitKindEnum, { nullable: true })
  kind?: BusinessUnitKind;

  @OptionalNonNegativeField(Int)
  headcount?: number | null;
}

@InputType({
  description: 'Fields of a person. On update, an omitted field is left as is and null clears it.',
})
class PersonFieldsInput {
  @Field(() => String, { nullable: true, description: 'Unique among the people of one account.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(TEXT_MAX)
  email?: string | null;

  @OptionalTextField()
  title?: string | null;

  @Field(() => SeniorityLevelEnum, { nullable: true })
  seniority?: SeniorityLevel | null;

  @OptionalTextField()
  department?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startedAt?: string | null;
}

@InputType({ description: 'A new person of an account, with unit and manager (a colleague) if known.' })
export class CreateStakeholderInput extends PersonFieldsInput {
  @ClientIdField()
  id?: string | null;

  @RequiredIdField()
  accountId!: string;

  @NameField()
  name!: string;

  @OptionalIdField()
  businessUnitId?: string | null;

  @OptionalIdField({ description: 'Whom they report to: a person of the same account.' })
  managerId?: string | null;
}

@InputType({
  description:
    'Change a person. businessUnitId: null takes them out of their unit. status: ACTIVE reinstates someone who left; a departure is markStakeholderDeparted; the manager is setReportingLine.',
})
export class UpdateStakeholderInput extends PersonFieldsInput {
  @RequiredIdField()
  id!: string;

  @RenameField()
  name?: string;

  @OptionalIdField()
  businessUnitId?: string | null;

  @Field(() => PersonStatusEnum, { nullable: true })
  status?: PersonStatus | null;
}

@InputType({ description: 'Who a person reports to. Refused when it would make a cycle.' })
export class SetReportingLineInput {
  @RequiredIdField()
  stakeholderId!: string;

  @RequiredIdField({
    description: 'A person of the same account who does not (at any depth) report to them.',
  })
  @DiffersFrom('stakeholderId', { message: 'a person cannot report to themselves' })
  managerId!: string;
}

@InputType()
export class ClearReportingLineInput {
  @RequiredIdField()
  stakeholderId!: string;
}

@InputType({ description: 'Fold a duplicate person into the one who remains (same account).' })
export class MergeStakeholdersInput {
  @RequiredIdField({ description: 'The person who remains.' })
  survivorId!: string;

  @RequiredIdField({
    description: 'The duplicate: its relationships move to the survivor and it is deleted.',
  })
  @DiffersFrom('survivorId', { message: 'a person cannot be merged into themselves' })
  duplicateId!: string;
}

@InputType({ description: 'A new product in the catalogue; its name is unique (case-insensitive).' })
export class CreateProductInput {
  @ClientIdField()
  id?: string | null;

  @NameField()
  name!: string;

  @OptionalTextField()
  family?: string | null;

  @OptionalNonNegativeField(Float, { description: 'Annual list price of one seat.' })
  listPricePerSeat?: number | null;
}

@InputType({ description: 'Change a product; omitted fields are left as they are.' })
export class UpdateProductInput {
  @RequiredIdField()
  id!: string;

  @RenameField()
  name?: string;

  @OptionalTextField()
  family?: string | null;

  @OptionalNonNegativeField(Float)
  listPricePerSeat?: number | null;
}

@InputType({ description: 'What an account (or one of its units) bought.' })
export class CreateSubscriptionInput {
  @ClientIdField()
  id?: string | null;

  @RequiredIdField()
  accountId!: string;

  @RequiredIdField()
  productId!: string;

  @OptionalIdField({ description: 'Set when bought for one unit of the account.' })
  businessUnitId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  seatsLicensed!: number;

  @OptionalSeatsField()
  seatsUsed?: number | null;

  @Field(() => Float, { description: 'Annual recurring revenue.' })
  @Min(0)
  arr!: number;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'On or after startDate.' })
  renewalDate?: string | null;

  @TermMonthsField()
  termMonths?: number | null;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;
}

@InputType({ description: 'Change seats, ARR, dates, term or status; omitted fields are left as they are.' })
export class UpdateSubscriptionInput {
  @RequiredIdField()
  id!: string;

  @OptionalSeatsField()
  seatsLicensed?: number;

  @OptionalSeatsField()
  seatsUsed?: number | null;

  @OptionalNonNegativeField(Float)
  arr?: number;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true })
  renewalDate?: string | null;

  @TermMonthsField()
  termMonths?: number | null;

  @Field(() => SubscriptionStatusEnum, { nullable: true })
  status?: SubscriptionStatus;
}

@InputType({ description: 'A person on an opportunity, and as what.' })
export class ContactRoleInput {
  @RequiredIdField()
  stakeholderId!: string;

  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  isPrimary?: boolean | null;
}

@InputType({ description: 'A new CRM opportunity with the people on it.' })
export class CreateOpportunityInput {
  @ClientIdField()
  id?: string | null;

  @RequiredIdField()
  accountId!: string;

  @OptionalIdField()
  productId?: string | null;

  @OptionalIdField({ description: 'The team member who owns it.' })
  ownerId?: string | null;

  @NameField()
  name!: string;

  @Field(() => OpportunityTypeEnum)
  type!: OpportunityType;

  @NameField(100)
  stage!: string;

  @Field(() => OpportunityStatusEnum)
  status!: OpportunityStatus;

  @OptionalNonNegativeField(Float)
  amount?: number | null;

  @Field(() => LocalDate, { nullable: true })
  closeDate?: string | null;

  @ContactRolesField(ContactRoleInput, { description: 'People of the account on it (at most 50).' })
  contactRoles?: ContactRoleInput[] | null;
}

@InputType({ description: 'Move an opportunity on; contactRoles, when given, replace the current ones.' })
export class UpdateOpportunityInput {
  @RequiredIdField()
  id!: string;

  @RenameField()
  name?: string;

  @Field(() => OpportunityTypeEnum, { nullable: true })
  type?: OpportunityType;

  @RenameField(100)
  stage?: string;

  @Field(() => OpportunityStatusEnum, { nullable: true })
  status?: OpportunityStatus;

  @OptionalNonNegativeField(Float)
  amount?: number | null;

  @Field(() => LocalDate, { nullable: true })
  closeDate?: string | null;

  @ContactRolesField(ContactRoleInput)
  contactRoles?: ContactRoleInput[] | null;
}
