import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** `YYYY-MM-DD` with a month 01–12 and a day 01–28: a calendar day in any year. */
const CANONICAL_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])$/;

const localDate = GraphQLLocalDate.toConfig();

/**
 * `YYYY-MM-DD`: renewal dates, role start dates. graphql-scalars' own, except that an answer
 * already in that form with a day every month has is given back as it is: its `serialize` checks
 * the pattern, builds a `Date` and formats it again to refuse days like 02-30, for every date of
 * every answer (each role's `since` on a people page; Cypher's `toString(date)` is canonical).
 * Days 29–31 and anything else still take graphql-scalars' way, and arguments (`parseValue`,
 * `parseLiteral`) are its own: what is refused does not change.
 */
export const LocalDate = new GraphQLScalarType({
  ...localDate,
  serialize: (value) =>
    typeof value === 'string' && CANONICAL_DAY.test(value) ? value : localDate.serialize(value),
});

/** The form `Date#toISOString` gives (what toNative makes of every stored date-time), days 01–28. */
const CANONICAL_INSTANT =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

const dateTimeISO = GraphQLDateTimeISO.toConfig();

/**
 * ISO 8601 instants: interactions, departures. graphql-scalars' own, except that an answer
 * already in the exact form it would give back is given back as it is: its `serialize` checks
 * the string against RFC 3339, parses it into a `Date` and formats that again, which for a
 * canonical instant is the same string (the map's relationship edges paid it once each). Days
 * 29–31, other forms (offsets, no milliseconds) and `Date`s still take graphql-scalars' way, so
 * what is refused and what every answer looks like do not change.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...dateTimeISO,
  serialize: (value) =>
    typeof value === 'string' && CANONICAL_INSTANT.test(value) ? value : dateTimeISO.serialize(value),
});
