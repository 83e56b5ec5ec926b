import neo4j, { type DateTime, type Integer } from 'neo4j-driver';

type NumberOrInteger = number | Integer | bigint;

/**
 * Neo4j values → plain JavaScript: integers become numbers, dates `YYYY-MM-DD` strings,
 * date-times ISO instants, nodes and relationships their properties. Callers above the db layer
 * never see a driver type.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNative);
  // A Cypher map (and a record's toObject()) is a plain object: most of what a read returns, so it
  // is copied without asking it whether it is each of the driver's types below.
  if (Object.getPrototypeOf(value) === Object.prototype) return nativeMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value)) return instant(value);
  if (neo4j.isLocalDateTime(value)) return value.toStandardDate().toISOString();
  if (neo4j.isDuration(value) || neo4j.isTime(value) || neo4j.isLocalTime(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  return nativeMap(value as Record<string, unknown>);
}

/**
 * A date-time with an offset as the ISO instant `toStandardDate().toISOString()` gives, computed
 * with numbers: the driver's `toStandardDate` goes through its 64-bit `Integer` arithmetic (epoch
 * seconds, offset, milliseconds: a dozen `Integer` objects per value), which was most of the
 * conversion's cost on the stakeholder map (one date-time per relationship edge). `Date.UTC`
 * maps years 0–99 to 1900–1999, so those (and a date-time known only by its zone name) take the
 * driver's way.
 */
function instant(value: DateTime): string {
  const offset = value.timeZoneOffsetSeconds;
  const year = number(value.year);
  if (offset === undefined || offset === null || year < 100) return value.toStandardDate().toISOString();
  const millis =
    Date.UTC(
      year,
      number(value.month) - 1,
      number(value.day),
      number(value.hour),
      number(value.minute),
      number(value.second),
    ) -
    number(offset) * 1000 +
    Math.floor(number(value.nanosecond) / 1_000_000);
  return instantOfEpochMillis(millis);
}

/**
 * A date-time Cypher gave as `.epochMillis` (an integer, which the driver decodes far more cheaply
 * than a datetime), as the same ISO instant `toNative` makes of the date-time itself: Neo4j's
 * epoch milliseconds are floored as `instant` floors the nanoseconds, so the strings are equal
 * (test/db/epoch-millis.int.test.ts compares them on Neo4j's own values).
 */
export function instantOfEpochMillis(millis: number): string {
  return new Date(millis).toISOString();
}

function number(value: NumberOrInteger): number {
  if (typeof value === 'number') return value;
  return typeof value === 'bigint' ? Number(value) : value.toNumber();
}

function nativeMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = toNative(value[key]);
  return out;
}

/** A calendar day (`YYYY-MM-DD`) as Neo4j stores it, a `date`, so reads and comparisons treat it as one. */
export function toGraphDate(day: string | null): unknown {
  if (day === null) return null;
  const [year, month, date] = day.split('-').map(Number);
  return new neo4j.types.Date(year ?? 0, month ?? 0, date ?? 0);
}
