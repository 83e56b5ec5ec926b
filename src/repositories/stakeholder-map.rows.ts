import type { RecordFields } from '../db/cypher-executor';
import { instantOfEpochMillis, toNative } from '../db/values';
import type { Account, AccountCoverage, Influence } from '../domain/read-models';
import type { InfluenceKind, PersonStatus, SeniorityLevel, StakeholderRole } from '../domain/vocabulary';
import type { MapFacts, MapPerson, TeamRelationshipRow } from './stakeholder-map.repository';

/**
 * map.cypher's one record as MapFacts, in one pass: each person, influence and relationship map
 * the statement builds becomes the object the map service reads, field by field, with no
 * `toObject()` copy of the record and no generic walk asking every value what it is (the map's
 * ~3,000 values are nearly all strings and numbers already). Any value that is not the plain
 * string or number expected (null, an Integer, a list, a temporal value) goes through `toNative`,
 * so every value comes out exactly as `toNative` would make it; the account and the team's
 * coverage (one and a handful of maps) go through `toNative` whole.
 */
export function mapFactsOf(record: RecordFields): MapFacts {
  return {
    account: toNative(record.get('account')) as Account,
    people: (record.get('people') as PersonMap[]).map(person),
    influence: (record.get('influence') as InfluenceMap[]).map(influence),
    coverage: toNative(record.get('coverage')) as AccountCoverage[],
    relationships: (record.get('relationships') as RelationshipMap[]).map(relationship),
  };
}

/** The maps as the driver gives them: values still as decoded. */
type Decoded<T> = { [K in keyof T]: unknown };
type PersonMap = Decoded<MapPerson>;
type InfluenceMap = Decoded<Influence>;
type RelationshipMap = Decoded<Omit<TeamRelationshipRow, 'lastInteractionAt'>> & {
  lastInteractionAtMs: unknown;
};

function person(p: PersonMap): MapPerson {
  return {
    id: text(p.id) as string,
    name: text(p.name) as string,
    title: text(p.title),
    seniority: text(p.seniority) as SeniorityLevel | null,
    department: text(p.department),
    status: text(p.status) as PersonStatus,
    businessUnitId: text(p.businessUnitId),
    reportsToId: text(p.reportsToId),
    roles: texts(p.roles) as StakeholderRole[],
  };
}

function influence(i: InfluenceMap): Influence {
  return {
    fromPersonId: text(i.fromPersonId) as string,
    toPersonId: text(i.toPersonId) as string,
    weight: num(i.weight) as number,
    kind: text(i.kind) as InfluenceKind,
    source: text(i.source),
  };
}

function relationship(r: RelationshipMap): TeamRelationshipRow {
  return {
    teamMemberId: text(r.teamMemberId) as string,
    teamMemberName: text(r.teamMemberName) as string,
    teamMemberTitle: text(r.teamMemberTitle),
    personId: text(r.personId) as string,
    interactionCount: num(r.interactionCount) as number,
    twoWayCount: num(r.twoWayCount) as number,
    lastInteractionAt: instantOfEpochMillis(num(r.lastInteractionAtMs) as number),
  };
}

/** A string as it is; anything else as `toNative` converts it (null for null or missing). */
function text(value: unknown): string | null {
  return typeof value === 'string' ? value : (toNative(value) as string | null);
}

/** A number as it is (a float); anything else (an Integer, null) as `toNative` converts it. */
function num(value: unknown): number | null {
  return typeof value === 'number' ? value : (toNative(value) as number | null);
}

/** A list of strings copied; anything else as `toNative` converts it. */
function texts(value: unknown): unknown {
  return Array.isArray(value) ? value.map(text) : toNative(value);
}
