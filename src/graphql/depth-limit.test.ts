import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { hasFragmentCycle, safeDepthLimit } from './depth-limit';

const schema = buildSchema('type Person { name: String, manager: Person } type Query { me: Person }');

describe('depth limit', () => {
  it('finds fragment cycles, direct and through another fragment', () => {
    expect(hasFragmentCycle(parse('{ me { ...A } } fragment A on Person { manager { ...A } }'))).toBe(true);
    expect(
      hasFragmentCycle(
        parse('{ me { ...A } } fragment A on Person { ...B } fragment B on Person { manager { ...A } }'),
      ),
    ).toBe(true);
    expect(hasFragmentCycle(parse('{ me { ...A } } fragment A on Person { manager { name } }'))).toBe(false);
  });

  it('leaves a self-spreading fragment to NoFragmentCycles instead of overflowing the stack', () => {
    const document = parse('{ me { ...A } } fragment A on Person { manager { ...A } }');
    const errors = validate(schema, document, [...specifiedRules, safeDepthLimit(5)]);
    expect(errors.map((e) => e.message)).toEqual(['Cannot spread fragment "A" within itself.']);
  });

  it('still refuses a document deeper than the limit', () => {
    const document = parse('{ me { manager { manager { manager { name } } } } }');
    const errors = validate(schema, document, [...specifiedRules, safeDepthLimit(2)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/exceeds maximum operation depth of 2/);
  });
});
