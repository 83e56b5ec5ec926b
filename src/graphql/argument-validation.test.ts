import { Max, MinLength } from 'class-validator';
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
});
