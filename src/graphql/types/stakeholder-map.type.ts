import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { MapEdgeKind, MapNodeSide } from '../../domain/stakeholder-map';
import type {
  InfluenceKind,
  PersonStatus,
  SeniorityLevel,
  StakeholderRole,
  TeamRole,
} from '../../domain/vocabulary';
import {
  InfluenceKindEnum,
  MapEdgeKindEnum,
  MapNodeSideEnum,
  PersonStatusEnum,
  SeniorityLevelEnum,
  StakeholderRoleEnum,
  TeamRoleEnum,
} from '../enums';
import { DateTimeISO, LocalDate } from '../scalars';
import { AccountType } from './account.type';

@ObjectType('StakeholderMapNode')
export class StakeholderMapNodeType {
  @Field(() => ID)
  id!: string;

  @Field(() => MapNodeSideEnum)
  side!: MapNodeSide;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => SeniorityLevelEnum, { nullable: true })
  seniority!: SeniorityLevel | null;

  @Field(() => String, { nullable: true })
  department!: string | null;

  @Field(() => ID, { nullable: true })
  businessUnitId!: string | null;

  @Field(() => PersonStatusEnum)
  status!: PersonStatus;

  @Field(() => Int, {
    nullable: true,
    description: "Depth in the customer's org chart (0 = top); null for our team.",
  })
  level!: number | null;

  @Field(() => [StakeholderRoleEnum], { description: 'Roles held today.' })
  roles!: StakeholderRole[];

  @Field(() => [TeamRoleEnum], { description: 'For our team: how they cover the account.' })
  teamRoles!: TeamRole[];
}

@ObjectType('StakeholderMapEdge')
export class StakeholderMapEdgeType {
  @Field(() => ID)
  id!: string;

  @Field(() => MapEdgeKindEnum)
  kind!: MapEdgeKind;

  @Field(() => ID, { description: 'Node id: the report, the influencer, or our team member.' })
  source!: string;

  @Field(() => ID, { description: 'Node id: the manager, the influenced, or the customer person.' })
  target!: string;

  @Field(() => Float, {
    description:
      'In [0, 1]. INFLUENCES: stored influence weight. RELATIONSHIP: contact volume relative to the busiest pair on the map. REPORTS_TO: 1.',
  })
  weight!: number;

  @Field(() => InfluenceKindEnum, { nullable: true })
  influenceKind!: InfluenceKind | null;

  @Field(() => Int, { nullable: true, description: 'RELATIONSHIP: interactions in the window.' })
  interactionCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'RELATIONSHIP: interactions that were not our one-way outreach.',
  })
  twoWayCount!: number | null;

  @Field(() => DateTimeISO, { nullable: true })
  lastInteractionAt!: string | null;
}

@ObjectType('StakeholderMap', {
  description:
    "An account's people, reporting lines, roles, influence and our team's relationships, as nodes and edges.",
})
export class StakeholderMapType {
  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => LocalDate, { description: 'Start of the window over which relationships are counted.' })
  interactionsSince!: string;

  @Field(() => [StakeholderMapNodeType])
  nodes!: StakeholderMapNodeType[];

  @Field(() => [StakeholderMapEdgeType])
  edges!: StakeholderMapEdgeType[];
}
