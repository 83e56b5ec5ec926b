import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Page } from '../../domain/read-models';
import type { InfluenceKind, TraversalKind } from '../../domain/vocabulary';
import { InfluenceKindEnum, MapNodeSideEnum, TraversalKindEnum } from '../enums';
import { DateTimeISO } from '../scalars';
import { connectionOf } from './connection.type';
import { CopiedPersonNameTitle } from './copied-fields.type';

@ObjectType('TraversalLink', { description: 'A link followed by a traversal.' })
export class TraversalLinkType {
  @Field(() => TraversalKindEnum)
  kind!: TraversalKind;

  @Field(() => ID, { description: 'As walked: the node nearer the start…' })
  fromId!: string;

  @Field(() => ID, { description: '…and the next one.' })
  toId!: string;

  @Field(() => ID, { description: 'As stored: who reports to, influences, or (our team member) works with…' })
  sourceId!: string;

  @Field(() => ID, { description: '…whom.' })
  targetId!: string;

  @Field(() => Float, { nullable: true, description: 'INFLUENCES: its weight.' })
  weight!: number | null;

  @Field(() => Int, { nullable: true, description: 'WORKS_WITH_TEAM: interactions they shared.' })
  interactionCount!: number | null;

  @Field(() => DateTimeISO, { nullable: true })
  lastInteractionAt!: string | null;
}

@ObjectType('TraversalNode', { description: 'A person (or one of our team) reached by a traversal.' })
export class TraversalNodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => MapNodeSideEnum)
  side!: 'CUSTOMER' | 'OUR_TEAM';

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => ID, { nullable: true })
  accountId!: string | null;

  @Field(() => Int, { description: 'Hops from the start.' })
  distance!: number;

  @Field(() => TraversalLinkType, { nullable: true, description: 'The link it was first reached by.' })
  via!: TraversalLinkType | null;
}

export const TraversalNodeConnection = connectionOf(TraversalNodeType, 'TraversalNode');

@ObjectType('Neighbourhood', { description: 'Everyone within a few hops of a person, nearest first.' })
export class NeighbourhoodType {
  @Field(() => TraversalNodeType)
  start!: TraversalNodeType;

  @Field(() => Int)
  depth!: number;

  @Field(() => [TraversalKindEnum])
  kinds!: TraversalKind[];

  @Field({ description: 'True when the traversal hit its node limit and stopped growing.' })
  truncated!: boolean;

  /** The whole list and the query's paging; the `nodes` field resolver cuts the page. */
  nodesPaged!: { all: Page<TraversalNodeType>; first: number; after: string | null | undefined };
}

@ObjectType('TraversalPath', { description: 'A fewest-hops path between two people.' })
export class TraversalPathType {
  @Field(() => [TraversalKindEnum])
  kinds!: TraversalKind[];

  @Field(() => Int, { description: 'Longest path searched for.' })
  maxLength!: number;

  @Field()
  found!: boolean;

  @Field(() => Int, { nullable: true })
  hops!: number | null;

  @Field(() => [TraversalNodeType], { description: 'From the start to the end.' })
  nodes!: TraversalNodeType[];

  @Field(() => [TraversalLinkType])
  links!: TraversalLinkType[];
}

@ObjectType('InfluencePerson')
export class InfluencePersonType extends CopiedPersonNameTitle {
  @Field(() => ID)
  id!: string;
}

@ObjectType('InfluenceLink')
export class InfluenceLinkType {
  @Field(() => Float)
  weight!: number;

  @Field(() => InfluenceKindEnum)
  kind!: InfluenceKind;
}

@ObjectType('WeakestLink')
export class WeakestLinkType {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType('InfluenceChain', { description: 'People linked by INFLUENCES, followed in its direction.' })
export class InfluenceChainType {
  @Field(() => Float, { description: 'Π weights (× hopDecay per hop after the first, for reach).' })
  strength!: number;

  @Field(() => Int)
  hops!: number;

  @Field(() => WeakestLinkType, { description: 'The link a warm introduction most depends on.' })
  weakestLink!: WeakestLinkType;

  @Field(() => [InfluencePersonType])
  people!: InfluencePersonType[];

  @Field(() => [InfluenceLinkType], { description: 'links[i] joins people[i] to people[i+1].' })
  links!: InfluenceLinkType[];
}

@ObjectType('StrongestPaths', { description: 'The strongest influence chains from one person to another.' })
export class StrongestPathsType {
  @Field(() => Int, { description: 'Longest chain searched for.' })
  maxLength!: number;

  @Field(() => [InfluenceChainType], { description: 'Strongest first; empty when none exists.' })
  paths!: InfluenceChainType[];
}

@ObjectType('ReachedPerson')
export class ReachedPersonType extends CopiedPersonNameTitle {
  @Field(() => ID)
  personId!: string;

  @Field(() => Float)
  strength!: number;

  @Field(() => Int)
  hops!: number;

  @Field(() => InfluenceChainType, { description: 'The strongest chain to them.' })
  chain!: InfluenceChainType;
}

export const ReachedPersonConnection = connectionOf(ReachedPersonType, 'ReachedPerson');

@ObjectType('InfluenceReach', { description: 'Who a person sways, directly or through others.' })
export class InfluenceReachType {
  @Field(() => TraversalNodeType)
  start!: TraversalNodeType;

  @Field(() => Int)
  depth!: number;

  @Field(() => Float, { description: 'Damping per hop after the first (configuration).' })
  hopDecay!: number;

  @Field(() => Float, { description: 'Weaker reach is left out (configuration).' })
  minStrength!: number;

  /** The whole list and the query's paging; the `reached` field resolver cuts the page. */
  reachedPaged!: { all: Page<ReachedPersonType>; first: number; after: string | null | undefined };
}
