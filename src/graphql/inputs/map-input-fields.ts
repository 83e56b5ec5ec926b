import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { GraphQLScalarType } from 'graphql';
import { Field, ID, Int, type ClassType } from 'type-graphql';

/**
 * The decorated fields the map mutations' create and update inputs share (ids, names, free text,
 * counts, money), each declared once: one line in an input stands for the GraphQL field and its
 * class-validator rules together, so a create and its update cannot drift apart. The emitted
 * schema is the same as with the decorators written out.
 */
export const ID_MAX = 200;
export const NAME_MAX = 200;
export const TEXT_MAX = 200;
/** A client key: letters, digits and - _ . : only, so it reads well in URLs and logs. */
const KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const KEY_MESSAGE = 'id may hold letters, digits and . _ : - only, starting with a letter or digit';
const CLIENT_ID =
  'Optional client-chosen id (the idempotency key): sending the same create again with the same id and input answers the stored node without writing; the same id with other input is a CONFLICT (DUPLICATE_KEY). Omitted: a UUID is given, and a retry creates another.';

interface FieldText {
  description?: string;
}

/** Applies decorators as if stacked above the property, in the order written (top first). */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorate of [...decorators].reverse()) decorate(target, key);
  };
}

/** A create's optional client-chosen id: the idempotency key. */
export const ClientIdField = () =>
  stacked(
    Field(() => ID, { nullable: true, description: CLIENT_ID }),
    IsOptional(),
    MaxLength(ID_MAX),
    Matches(KEY, { message: KEY_MESSAGE }),
  );

/** An id that must be given: the node to change, or the one a new node belongs to. */
export const RequiredIdField = (text: FieldText = {}) =>
  stacked(
    Field(() => ID, text),
    MinLength(1),
    MaxLength(ID_MAX),
  );

/** An id that may be omitted, or null to clear the link on an update. */
export const OptionalIdField = (text: FieldText = {}) =>
  stacked(
    Field(() => ID, { nullable: true, ...text }),
    IsOptional(),
    MaxLength(ID_MAX),
  );

/** A create's name: required, not empty. */
export const NameField = (max = NAME_MAX) => stacked(Field(), MinLength(1), MaxLength(max));

/** An update's name (or other required text): omitted leaves it, and it cannot be emptied. */
export const RenameField = (max = NAME_MAX) =>
  stacked(
    Field(() => String, { nullable: true }),
    IsOptional(),
    MinLength(1),
    MaxLength(max),
  );

/** Optional free text; null clears it on an update. */
export const OptionalTextField = (text: FieldText = {}) =>
  stacked(
    Field(() => String, { nullable: true, ...text }),
    IsOptional(),
    MaxLength(TEXT_MAX),
  );

/** An optional amount or count that cannot be negative (Int or Float). */
export const OptionalNonNegativeField = (type: GraphQLScalarType, text: FieldText = {}) =>
  stacked(
    Field(() => type, { nullable: true, ...text }),
    IsOptional(),
    Min(0),
  );

/** An optional whole number of seats. */
export const OptionalSeatsField = () =>
  stacked(
    Field(() => Int, { nullable: true }),
    IsOptional(),
    IsInt(),
    Min(0),
  );

/** A subscription's term: 1 to 120 months. */
export const TermMonthsField = () =>
  stacked(
    Field(() => Int, { nullable: true }),
    IsOptional(),
    Min(1),
    Max(120),
  );

/** An opportunity's contact roles: at most 50, each validated. */
export const ContactRolesField = (type: ClassType, text: FieldText = {}) =>
  stacked(
    Field(() => [type], { nullable: true, ...text }),
    IsOptional(),
    ArrayMaxSize(50),
    ValidateNested({ each: true }),
  );
