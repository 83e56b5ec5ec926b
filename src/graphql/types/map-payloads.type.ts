import { Field, ID, ObjectType } from 'type-graphql';
import { StakeholderType } from './stakeholder.type';

@ObjectType('MergeStakeholdersPayload', { description: 'The person who remains after a merge.' })
export class MergeStakeholdersPayload {
  @Field(() => StakeholderType, { description: 'The survivor, now holding the duplicate’s relationships.' })
  stakeholder!: StakeholderType;

  @Field(() => [ID], { description: 'Every id merged into the survivor so far (this one included).' })
  mergedIds!: string[];
}
