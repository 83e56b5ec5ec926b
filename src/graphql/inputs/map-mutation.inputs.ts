import {
  ArrayMaxSize,
  IsEmail,
  IsInt,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
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
import { DiffersFrom } from './mutation-validators';

const ID_MAX = 200;
const NAME_MAX = 200;
const TEXT_MAX = 200;
/** A client key: letters, digits and - _ . : only, so it reads well in URLs and logs. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const KEY_MESSAGE = 'id may hold letters, digits and . _ : - only, starting with a letter or digit';
const CLIENT_ID =
  'Optional client-chosen id (the idempotency key): sending the same create again with the same id and input answers the stored node without writing; the same id with other input is a CONFLICT (DUPLICATE_KEY). Omitted: a UUID is given, and a retry creates another.';

@InputType({
  description: 'Fields of an account. On update, an omitted field is left as is and null clears it.',
})
class AccountFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  industry?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  region?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  employeeCount?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
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
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  @IsOptional()
  @MaxLength(ID_MAX)
  @Matches(KEY, { message: KEY_MESSAGE })
  id?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The parent account (SUBSIDIARY_OF).' })
  @IsOptional()
  @MaxLength(ID_MAX)
  parentId?: string | null;
}

@InputType({
  description: 'Change an account. parentId: null detaches it from its parent; a cycle is refused.',
})
export class UpdateAccountInput extends AccountFieldsInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(ID_MAX)
  parentId?: string | null;
}

@InputType()
export class IdInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;
}

@InputType({ description: 'A new business unit or department of an account.' })
export class CreateBusinessUnitInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  @IsOptional()
  @MaxLength(ID_MAX)
  @Matches(KEY, { message: KEY_MESSAGE })
  id?: string | null;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => BusinessUnitKindEnum)
  kind!: BusinessUnitKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  headcount?: number | null;
}

@InputType({ description: 'Change a business unit; omitted fields are left as they are.' })
export class UpdateBusinessUnitInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => BusinessUnitKindEnum, { nullable: true })
  kind?: BusinessUnitKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  title?: string | null;

  @Field(() => SeniorityLevelEnum, { nullable: true })
  seniority?: SeniorityLevel | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  department?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startedAt?: string | null;
}

@InputType({ description: 'A new person of an account, with unit and manager (a colleague) if known.' })
export class CreateStakeholderInput extends PersonFieldsInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  @IsOptional()
  @MaxLength(ID_MAX)
  @Matches(KEY, { message: KEY_MESSAGE })
  id?: string | null;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(ID_MAX)
  businessUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Whom they report to: a person of the same account.' })
  @IsOptional()
  @MaxLength(ID_MAX)
  managerId?: string | null;
}

@InputType({
  description:
    'Change a person. businessUnitId: null takes them out of their unit. status: ACTIVE reinstates someone who left; a departure is markStakeholderDeparted; the manager is setReportingLine.',
})
export class UpdateStakeholderInput extends PersonFieldsInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(ID_MAX)
  businessUnitId?: string | null;

  @Field(() => PersonStatusEnum, { nullable: true })
  status?: PersonStatus | null;
}

@InputType({ description: 'Who a person reports to. Refused when it would make a cycle.' })
export class SetReportingLineInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  stakeholderId!: string;

  @Field(() => ID, {
    description: 'A person of the same account who does not (at any depth) report to them.',
  })
  @MinLength(1)
  @MaxLength(ID_MAX)
  @DiffersFrom('stakeholderId', { message: 'a person cannot report to themselves' })
  managerId!: string;
}

@InputType()
export class ClearReportingLineInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  stakeholderId!: string;
}

@InputType({ description: 'Fold a duplicate person into the one who remains (same account).' })
export class MergeStakeholdersInput {
  @Field(() => ID, { description: 'The person who remains.' })
  @MinLength(1)
  @MaxLength(ID_MAX)
  survivorId!: string;

  @Field(() => ID, {
    description: 'The duplicate: its relationships move to the survivor and it is deleted.',
  })
  @MinLength(1)
  @MaxLength(ID_MAX)
  @DiffersFrom('survivorId', { message: 'a person cannot be merged into themselves' })
  duplicateId!: string;
}

@InputType({ description: 'A new product in the catalogue; its name is unique (case-insensitive).' })
export class CreateProductInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  @IsOptional()
  @MaxLength(ID_MAX)
  @Matches(KEY, { message: KEY_MESSAGE })
  id?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  family?: string | null;

  @Field(() => Float, { nullable: true, description: 'Annual list price of one seat.' })
  @IsOptional()
  @Min(0)
  listPricePerSeat?: number | null;
}

@InputType({ description: 'Change a product; omitted fields are left as they are.' })
export class UpdateProductInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_MAX)
  family?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  listPricePerSeat?: number | null;
}

@InputType({ description: 'What an account (or one of its units) bought.' })
export class CreateSubscriptionInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  @IsOptional()
  @MaxLength(ID_MAX)
  @Matches(KEY, { message: KEY_MESSAGE })
  id?: string | null;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  productId!: string;

  @Field(() => ID, { nullable: true, description: 'Set when bought for one unit of the account.' })
  @IsOptional()
  @MaxLength(ID_MAX)
  businessUnitId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  seatsLicensed!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  seatsUsed?: number | null;

  @Field(() => Float, { description: 'Annual recurring revenue.' })
  @Min(0)
  arr!: number;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'On or after startDate.' })
  renewalDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  termMonths?: number | null;

  @Field(() => SubscriptionStatusEnum)
  status!: SubscriptionStatus;
}

@InputType({ description: 'Change seats, ARR, dates, term or status; omitted fields are left as they are.' })
export class UpdateSubscriptionInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  seatsLicensed?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  seatsUsed?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  arr?: number;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true })
  renewalDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  termMonths?: number | null;

  @Field(() => SubscriptionStatusEnum, { nullable: true })
  status?: SubscriptionStatus;
}

@InputType({ description: 'A person on an opportunity, and as what.' })
export class ContactRoleInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  stakeholderId!: string;

  @Field(() => StakeholderRoleEnum)
  role!: StakeholderRole;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  isPrimary?: boolean | null;
}

@InputType({ description: 'A new CRM opportunity with the people on it.' })
export class CreateOpportunityInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  @IsOptional()
  @MaxLength(ID_MAX)
  @Matches(KEY, { message: KEY_MESSAGE })
  id?: string | null;

  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  accountId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(ID_MAX)
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team member who owns it.' })
  @IsOptional()
  @MaxLength(ID_MAX)
  ownerId?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name!: string;

  @Field(() => OpportunityTypeEnum)
  type!: OpportunityType;

  @Field()
  @MinLength(1)
  @MaxLength(100)
  stage!: string;

  @Field(() => OpportunityStatusEnum)
  status!: OpportunityStatus;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  amount?: number | null;

  @Field(() => LocalDate, { nullable: true })
  closeDate?: string | null;

  @Field(() => [ContactRoleInput], {
    nullable: true,
    description: 'People of the account on it (at most 50).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contactRoles?: ContactRoleInput[] | null;
}

@InputType({ description: 'Move an opportunity on; contactRoles, when given, replace the current ones.' })
export class UpdateOpportunityInput {
  @Field(() => ID)
  @MinLength(1)
  @MaxLength(ID_MAX)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => OpportunityTypeEnum, { nullable: true })
  type?: OpportunityType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(100)
  stage?: string;

  @Field(() => OpportunityStatusEnum, { nullable: true })
  status?: OpportunityStatus;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  amount?: number | null;

  @Field(() => LocalDate, { nullable: true })
  closeDate?: string | null;

  @Field(() => [ContactRoleInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contactRoles?: ContactRoleInput[] | null;
}
