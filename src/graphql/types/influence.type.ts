import { Field, Float, ObjectType } from 'type-graphql';
import type { InfluenceKind } from '../../domain/vocabulary';
import { InfluenceKindEnum } from '../enums';

@ObjectType('Influence', { description: 'One stakeholder swaying another.' })
export class InfluenceType {
  @Field(() => Float, { description: 'From 0 (barely) to 1 (decisively).' })
  weight!: number;

  @Field(() => InfluenceKindEnum)
  kind!: InfluenceKind;

  @Field(() => String, { nullable: true })
  source!: string | null;

  fromPersonId!: string;
  toPersonId!: string;
}
