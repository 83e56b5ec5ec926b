import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { PathLinkKind, StakeholderRole } from '../../domain/vocabulary';
import { PathLinkKindEnum, StakeholderRoleEnum } from '../enums';
import { DateTimeISO } from '../scalars';

@ObjectType('PathHop', {
  description: 'One step of a route: who, to whom, over what kind of link, how strong.',
})
export class PathHopType {
  @Field(() => ID, { description: 'Our team member (first hop) or their person.' })
  fromId!: string;

  @Field()
  fromName!: string;

  @Field(() => ID)
  toId!: string;

  @Field()
  toName!: string;

  @Field(() => PathLinkKindEnum)
  kind!: PathLinkKind;

  @Field({
    description: 'How it reads walking the route: knows, influences, is influenced by, reports to, manages.',
  })
  relation!: string;

  @Field(() => Float, {
    description:
      'RELATIONSHIP: strength / 100; INFLUENCES: the influence weight; REPORTS_TO: the configured weight.',
  })
  weight!: number;
}

@ObjectType('PathToPower', { description: 'A route from our team to a person who decides.' })
export class PowerPathType {
  @Field(() => Float, { description: 'Product of the hop weights, 0 to 1.' })
  strength!: number;

  @Field(() => [PathHopType])
  hops!: PathHopType[];

  @Field(() => PathHopType, {
    description: 'The hop with the lowest weight: where the introduction may break.',
  })
  weakestLink!: PathHopType;

  @Field({ description: 'Who to ask for what.' })
  introduction!: string;

  @Field(() => Int)
  hopCount!: number;
}

@ObjectType('PowerTarget', { description: 'A person to reach, and the strongest routes to them.' })
export class PowerTargetType {
  @Field(() => [StakeholderRoleEnum], { description: 'Roles they hold on asOf.' })
  roles!: StakeholderRole[];

  @Field(() => [PowerPathType], {
    description: 'Strongest first; empty when nothing reaches them within maxHops.',
  })
  paths!: PowerPathType[];

  personId!: string;
}

@ObjectType('PathsToPower', {
  description: 'Warm routes from our team to the people who decide at an account.',
})
export class PathsToPowerType {
  @Field(() => DateTimeISO)
  asOf!: string;

  @Field(() => Int)
  k!: number;

  @Field(() => Int, { description: 'Longest route allowed, counting the first hop from our team.' })
  maxHops!: number;

  @Field(() => [PowerTargetType])
  targets!: PowerTargetType[];

  @Field(() => Int, { description: 'Routes read from the graph before scoring.' })
  candidateRoutes!: number;

  @Field({ description: 'The graph held more routes than were read; longer ones may be missing.' })
  truncated!: boolean;

  @Field(() => [String])
  dataGaps!: string[];

  accountId!: string;
}
