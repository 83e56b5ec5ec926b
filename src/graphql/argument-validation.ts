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
 * Argument objects class-validator has already found valid, per class, by their values: only
 * objects whose every own value is a string, number, boolean, null or undefined (an object with
 * an input object or a list inside is validated every time). Every constraint the argument classes
 * declare is a pure function of the object (class-validator's own, mutation-validators'), so the
 * same class with the same values is valid again: a screen asking for the same page with the same
 * arguments (`IdArgs`, `PeopleArgs`) is not validated on every request. Only successes are kept,
 * so a refusal is always class-validator's own; a class's memo is emptied when it is full.
 */
const validValues = new WeakMap<object, Set<string>>();
const REMEMBERED_PER_CLASS = 1_000;

/** The object's values as a key, or undefined when one of them is not a primitive. */
function valuesKey(object: object): string | undefined {
  let key = '';
  for (const [name, value] of Object.entries(object)) {
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) return undefined;
    // Typed, so 1 and "1" (or null and "null") never meet.
    key += `${JSON.stringify(name)}:${typeof value}:${typeof value === 'string' ? JSON.stringify(value) : String(value)},`;
  }
  return key;
}

function knownValid(object: object): boolean {
  const key = valuesKey(object);
  return key !== undefined && validValues.get(object.constructor)?.has(key) === true;
}

function rememberValid(object: object): void {
  const key = valuesKey(object);
  if (key === undefined) return;
  let known = validValues.get(object.constructor);
  if (known === undefined) validValues.set(object.constructor, (known = new Set()));
  if (known.size >= REMEMBERED_PER_CLASS) known.clear();
  known.add(key);
}

/**
 * type-graphql's argument validation (`validateArg`: class-validator on each object argument,
 * each object of a list argument), skipping the classes that declare no constraint. type-graphql
 * asks class-validator for every argument object of every call, and class-validator then scans
 * its whole metadata store (every class) for the class's parents each time, even for a class with
 * nothing to check (docs/performance.md, "Round 6: people page": 2–7% of a people page's CPU).
 * Classes with constraints (`IdArgs`, `PeopleArgs` among them) are validated exactly as before and
 * fail with the same `ArgumentValidationError`. Constraints are registered when
 * their classes are defined, before the schema is built, so the answer per class is kept; so are
 * the values of flat argument objects found valid (validValues).
 */
export const validateArguments: ValidatorFn = async (value: unknown) => {
  const objects = (Array.isArray(value) ? value : [value]).filter(
    (object): object is object => needsValidation(object) && !knownValid(object),
  );
  if (objects.length === 0) return;
  try {
    await Promise.all(objects.map((object) => validateOrReject(object, OPTIONS)));
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
  for (const object of objects) rememberValid(object);
};
