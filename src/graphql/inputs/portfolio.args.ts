import { ArgsType, Field } from 'type-graphql';
import { PaginationArgs } from './pagination.args';

/** A page of a portfolio view: archived accounts are left out unless asked for, as in `accounts`. */
@ArgsType()
export class PortfolioArgs extends PaginationArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also list archived accounts (archiveAccount); they are left out by default.',
  })
  includeArchived?: boolean | null = false;
}
