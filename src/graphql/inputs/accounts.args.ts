import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { AccountSortField, Segment } from '../../domain/vocabulary';
import { AccountSortFieldEnum, SegmentEnum, SortDirectionEnum } from '../enums';
import { PaginationArgs } from './pagination.args';

@InputType({ description: 'Every given field must match.' })
export class AccountFilterInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  industry?: string | null;

  @Field(() => SegmentEnum, { nullable: true })
  segment?: Segment | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only subsidiaries of this account.' })
  @IsOptional()
  @MaxLength(200)
  parentId?: string | null;
}

@InputType()
export class AccountOrderInput {
  @Field(() => AccountSortFieldEnum, { defaultValue: 'NAME' })
  field: AccountSortField = 'NAME';

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: 'ASC' | 'DESC' = 'ASC';
}

@ArgsType()
export class AccountsArgs extends PaginationArgs {
  @Field(() => AccountFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AccountFilterInput | null;

  @Field(() => AccountOrderInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  orderBy?: AccountOrderInput | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also list archived accounts (archiveAccount); they are left out by default.',
  })
  includeArchived?: boolean | null = false;
}
