import { getMetadataStorage, validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** What type-graphql gives class-validator for `validate: { forbidUnknownValues: false }`. */
const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/** Per argument class: whether class-validator has any constraint to check on it (its own or inherited). */
const constrained = new WeakMap<object, boolean>();

function hasConstraints(type: object): boolean {
  let known = constrained.get(type);
  if (known === undefined) {
    // The same look-up class-validator's executor starts with, with the same options (no groups,
    // not `always`): when it finds nothing, `forbidUnknownValues: false` makes the object valid.
    known =
      getMetadataStorage().getTargetValidationMetadatas(
        type as new () => unknown,
        '',
        false,
        false,
        undefined,
      ).length > 0;
    constrained.set(type, known);
  }
  return known;
}

function needsValidation(value: unknown): value is object {
  return value !== null && typeof value === 'object' && hasConstraints(value.constructor);
}

/**
 * type-graphql's argument validation (`validateArg`: class-validator on each object argument,
 * each object of a list argument), skipping the classes that declare no constraint. type-graphql
 * asks class-validator for every argument object of every call, and class-validator then scans
 * its whole metadata store (every class) for the class's parents each time, even for a class with
 * nothing to check (docs/performance.md, "Round 6: people page": 2–7% of a people page's CPU).
 * Classes with constraints (`IdArgs`, `PeopleArgs` among them) are validated exactly as before and
 * fail with the same `ArgumentValidationError`. Constraints are registered when
 * their classes are defined, before the schema is built, so the answer per class is kept.
 */
export const validateArguments: ValidatorFn = async (value: unknown) => {
  const objects = Array.isArray(value)
    ? value.filter(needsValidation)
    : needsValidation(value)
      ? [value]
      : [];
  if (objects.length === 0) return;
  try {
    await Promise.all(objects.map((object) => validateOrReject(object, OPTIONS)));
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};
