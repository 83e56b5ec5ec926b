import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** `YYYY-MM-DD`: renewal dates, role start dates. */
export const LocalDate = GraphQLLocalDate;
/** ISO 8601 instants: interactions, departures. */
export const DateTimeISO = GraphQLDateTimeISO;
