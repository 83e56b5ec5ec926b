import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

function otherValue(args: ValidationArguments, property: string): unknown {
  return (args.object as Record<string, unknown>)[property];
}

/** The value must differ from another property of the same input (e.g. no self-influence). */
export function DiffersFrom(property: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'differsFrom',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [property],
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => value !== otherValue(args, property),
        defaultMessage: (args: ValidationArguments) => `${args.property} must differ from ${property}`,
      },
    });
}

/**
 * A number no larger than another numeric property of the same input. Skipped when either is
 * absent, or when the boolean property named by `unlessFlag` is true (an explicit override).
 */
export function AtMost(
  property: string,
  unlessFlag?: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'atMost',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [property, unlessFlag],
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const limit = otherValue(args, property);
          if (typeof value !== 'number' || typeof limit !== 'number') return true;
          if (unlessFlag !== undefined && otherValue(args, unlessFlag) === true) return true;
          return value <= limit;
        },
        defaultMessage: (args: ValidationArguments) =>
          `${args.property} must not exceed ${property}` +
          (unlessFlag ? ` unless ${unlessFlag} is true` : ''),
      },
    });
}
