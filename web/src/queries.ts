// The GraphQL documents the pages send; their shapes are the types below.

export type HealthBand = 'GREEN' | 'YELLOW' | 'RED';
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';

export interface PortfolioRow {
  id: string;
  name: string;
  industry: string | null;
  segment: string | null;
  arr: number;
  health: { score: number | null; band: HealthBand | null };
  threadingRisk: { score: number; level: RiskLevel };
  subscriptions: { renewalDate: string | null; status: string }[];
}

export interface PortfolioData {
  accounts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PortfolioRow }[];
  };
}

export const PORTFOLIO = `query Portfolio($first: Int!, $after: String, $filter: AccountFilterInput, $orderBy: AccountOrderInput) {
  accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name industry segment arr
      health { score band }
      threadingRisk { score level }
      subscriptions { renewalDate status }
    } }
  }
}`;

export interface MapNode {
  id: string;
  side: 'CUSTOMER' | 'OUR_TEAM';
  name: string;
  title: string | null;
  department: string | null;
  businessUnitId: string | null;
  status: 'ACTIVE' | 'DEPARTED';
  level: number | null;
  roles: string[];
  teamRoles: string[];
}

export interface MapEdge {
  id: string;
  kind: 'REPORTS_TO' | 'INFLUENCES' | 'RELATIONSHIP';
  source: string;
  target: string;
  weight: number;
  influenceKind: 'FORMAL' | 'INFORMAL' | null;
  interactionCount: number | null;
  lastInteractionAt: string | null;
}

export interface Person {
  id: string;
  name: string;
}

export interface AccountData {
  stakeholderMap: { nodes: MapNode[]; edges: MapEdge[] };
  account: {
    id: string;
    name: string;
    arr: number;
    segment: string | null;
    industry: string | null;
    businessUnits: { id: string; name: string }[];
    departed: { totalCount: number; edges: { node: { id: string; departedAt: string | null } }[] };
    relationships: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { stakeholder: { id: string }; strength: { score: number } } }[];
    };
  };
  threadingRisk: {
    score: number;
    level: RiskLevel;
    components: { name: string; points: number; description: string }[];
    roleCoverage: {
      role: string;
      state: 'ENGAGED' | 'NOT_ENGAGED' | 'MISSING';
      holders: { stakeholder: Person }[];
    }[];
    criticalPeople: { cutsOffAll: boolean; stakeholder: Person; cutsOff: Person[]; backups: Person[] }[];
    decisionPeople: { unreachable: Person[] };
    dataGaps: string[];
  };
  accountHealth: {
    score: number | null;
    band: HealthBand | null;
    components: {
      name: string;
      weight: number;
      rawScore: number | null;
      contribution: number;
      missing: boolean;
    }[];
    redFlags: { code: string; message: string }[];
    missingInputs: string[];
  };
  plays: {
    plays: {
      kind: string;
      title: string;
      why: string;
      gaps: string[];
      steps: { order: number; title: string; dueDate: string; owner: { name: string } | null }[];
    }[];
  };
  engagementCalendar: {
    touchpoints: {
      edges: {
        node: {
          id: string;
          date: string;
          title: string;
          kind: string;
          people: { name: string }[];
          owner: { name: string } | null;
        };
      }[];
    };
  };
}

export const ACCOUNT_PAGE = `query AccountPage($id: ID!) {
  stakeholderMap(accountId: $id) {
    nodes { id side name title department businessUnitId status level roles teamRoles }
    edges { id kind source target weight influenceKind interactionCount lastInteractionAt }
  }
  account(id: $id) {
    id name arr segment industry
    businessUnits { id name }
    departed: people(first: 100, status: DEPARTED) { totalCount edges { node { id departedAt } } }
    relationships(first: 100) {
      pageInfo { hasNextPage endCursor }
      edges { node { stakeholder { id } strength { score } } }
    }
  }
  threadingRisk(accountId: $id) {
    score level
    components { name points description }
    roleCoverage { role state holders { stakeholder { id name } } }
    criticalPeople { cutsOffAll stakeholder { id name } cutsOff { id name } backups { id name } }
    decisionPeople { unreachable { id name } }
    dataGaps
  }
  accountHealth(accountId: $id) {
    score band
    components { name weight rawScore contribution missing }
    redFlags { code message }
    missingInputs
  }
  plays(accountId: $id) {
    plays { kind title why gaps steps { order title dueDate owner { name } } }
  }
  engagementCalendar(accountId: $id) {
    touchpoints(first: 6) { edges { node { id date title kind people { name } owner { name } } } }
  }
}`;

/** Further pages of the account's relationship pairs, for large accounts. */
export const MORE_RELATIONSHIPS = `query MoreRelationships($id: ID!, $after: String) {
  account(id: $id) {
    relationships(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { stakeholder { id } strength { score } } }
    }
  }
}`;

export interface PersonDetail {
  stakeholder: {
    id: string;
    name: string;
    title: string | null;
    email: string | null;
    department: string | null;
    status: 'ACTIVE' | 'DEPARTED';
    departedAt: string | null;
    manager: Person | null;
    roles: { role: string; since: string; until: string | null }[];
    strengthTrend: { asOf: string; score: number; interactionCount: number }[];
    relationshipStrength: {
      overall: {
        score: number;
        lastInteractionAt: string | null;
        interactions: { id: string; type: string; direction: string; occurredAt: string }[];
      };
    };
  };
  pathsToPower: {
    targets: {
      stakeholder: Person;
      paths: { strength: number; introduction: string; hops: { fromName: string; toName: string }[] }[];
    }[];
  } | null;
}

export const PERSON = `query Person($id: ID!, $accountId: ID!, $paths: Boolean!) {
  stakeholder(id: $id) {
    id name title email department status departedAt
    manager { id name }
    roles(includeEnded: true) { role since until }
    strengthTrend(points: 6, every: 30) { asOf score interactionCount }
    relationshipStrength { overall { score lastInteractionAt interactions(first: 5) { id type direction occurredAt } } }
  }
  pathsToPower(accountId: $accountId, targetId: $id, k: 3) @include(if: $paths) {
    targets { stakeholder { id name } paths { strength introduction hops { fromName toName } } }
  }
}`;

export const MARK_DEPARTED = `mutation MarkDeparted($input: MarkStakeholderDepartedInput!) {
  markStakeholderDeparted(input: $input) { departedAt stakeholder { id status } }
}`;

export const ASSIGN_ROLE = `mutation AssignRole($input: AssignStakeholderRoleInput!) {
  assignStakeholderRole(input: $input) { role since }
}`;

export const ADD_INFLUENCE = `mutation AddInfluence($input: AddInfluenceInput!) {
  addInfluence(input: $input) { __typename }
}`;

/** Engineer 12's mutation; the page offers it only when the server has it (see hasMutation). */
export const SET_REPORTING_LINE = `mutation SetReportingLine($stakeholderId: ID!, $managerId: ID!) {
  setReportingLine(input: { stakeholderId: $stakeholderId, managerId: $managerId }) { __typename }
}`;
