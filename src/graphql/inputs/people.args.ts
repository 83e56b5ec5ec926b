import { ArgsType, Field } from 'type-graphql';
import type { PersonStatus, SeniorityLevel } from '../../domain/vocabulary';
import { PersonStatusEnum, SeniorityLevelEnum } from '../enums';
import { PaginationArgs } from './pagination.args';

@ArgsType()
export class PeopleArgs extends PaginationArgs {
  @Field(() => PersonStatusEnum, { nullable: true, description: 'Default: everyone, departed included.' })
  status?: PersonStatus | null;

  @Field(() => SeniorityLevelEnum, { nullable: true })
  seniority?: SeniorityLevel | null;
}

@ArgsType()
export class RolesArgs {
  @Field({ defaultValue: false, description: 'Include roles that have ended (role history).' })
  includeEnded: boolean = false;
}
