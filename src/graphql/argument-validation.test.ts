import { Max, MinLength, registerDecorator } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArguments } from './argument-validation';

class Unconstrained {
  first = -1;
}

class Named {
  @MinLength(2)
  name = '';
}

/** Constraints only on the parent class: class-validator finds inherited ones too. */
class Paged extends Unconstrained {}
class Limited extends Named {
  @Max(10)
  first = 0;
}

/** A constraint that counts how often class-validator asks it: what the memo of valid values saves. */
let asked = 0;
function Counted(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'counted',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => {
          asked += 1;
          return value !== 'bad';
        },
      },
    });
}

class Flat {
  @Counted()
  id = '';
  first: number | null = null;
}

class Nested {
  @Counted()
  id = '';
  inner: { id: string } = { id: '' };
}

const check = (value: unknown) =>
  Promise.resolve(validateArguments(value, Object, {} as never)).then(
    () => null,
    (error: unknown) => error,
  );

function constraintsOf(error: unknown): string[] {
  expect(error).toBeInstanceOf(ArgumentValidationError);
  return (error as ArgumentValidationError).extensions.validationErrors.flatMap((e) =>
    Object.keys(e.constraints ?? {}),
  );
}

describe('validateArguments', () => {
  it('refuses an argument object that breaks a constraint, as type-graphql did', async () => {
    expect(constraintsOf(await check(Object.assign(new Named(), { name: 'x' })))).toEqual(['minLength']);
    expect(await check(Object.assign(new Named(), { name: 'ok' }))).toBeNull();
  });

  it("checks a parent class's constraints and the class's own", async () => {
    const error = await check(Object.assign(new Limited(), { name: 'x', first: 11 }));
    expect(constraintsOf(error).sort()).toEqual(['max', 'minLength']);
  });

  it('checks every object of a list argument', async () => {
    const error = await check([
      Object.assign(new Named(), { name: 'ok' }),
      Object.assign(new Named(), { name: '' }),
    ]);
    expect(constraintsOf(error)).toEqual(['minLength']);
  });

  it('passes classes without constraints, scalars and nulls without asking class-validator', async () => {
    expect(await check(new Unconstrained())).toBeNull();
    expect(await check(new Paged())).toBeNull();
    expect(await check('x')).toBeNull();
    expect(await check(null)).toBeNull();
    expect(await check(undefined)).toBeNull();
  });

  it('asks class-validator once for the same valid values of a flat argument class, every time for others', async () => {
    asked = 0;
    expect(await check(Object.assign(new Flat(), { id: 'acc-1', first: 10 }))).toBeNull();
    expect(await check(Object.assign(new Flat(), { id: 'acc-1', first: 10 }))).toBeNull();
    expect(asked).toBe(1);
    // Other values (a number for a string, null for a number included) are validated.
    expect(await check(Object.assign(new Flat(), { id: 'acc-1', first: null }))).toBeNull();
    expect(await check(Object.assign(new Flat(), { id: 'acc-2', first: 10 }))).toBeNull();
    expect(asked).toBe(3);
    // A refusal is never remembered: the same bad values are asked about again.
    expect(constraintsOf(await check(Object.assign(new Flat(), { id: 'bad', first: 10 })))).toEqual([
      'counted',
    ]);
    expect(constraintsOf(await check(Object.assign(new Flat(), { id: 'bad', first: 10 })))).toEqual([
      'counted',
    ]);
    expect(asked).toBe(5);
    // An argument object holding an object is validated each time.
    await check(Object.assign(new Nested(), { id: 'acc-1' }));
    await check(Object.assign(new Nested(), { id: 'acc-1' }));
    expect(asked).toBe(7);
  });
});
