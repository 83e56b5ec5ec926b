import { validateSync } from 'class-validator';
import { AtMost, DiffersFrom } from './mutation-validators';

class Pair {
  from = 'a';
  @DiffersFrom('from')
  to = 'b';
}

class Seats {
  licensed: number | null = 10;
  @AtMost('licensed', 'overage')
  active: number | null = 10;
  overage = false;
}

const failing = (object: object) =>
  validateSync(object).map((e) => [e.property, Object.values(e.constraints ?? {})]);

describe('cross-field validators', () => {
  it('DiffersFrom refuses the same value as the other field', () => {
    expect(failing(new Pair())).toEqual([]);
    expect(failing(Object.assign(new Pair(), { to: 'a' }))).toEqual([['to', ['to must differ from from']]]);
  });

  it('AtMost allows equal, refuses more, and steps aside for the override or a missing value', () => {
    expect(failing(new Seats())).toEqual([]);
    expect(failing(Object.assign(new Seats(), { active: 11 }))).toEqual([
      ['active', ['active must not exceed licensed unless overage is true']],
    ]);
    expect(failing(Object.assign(new Seats(), { active: 11, overage: true }))).toEqual([]);
    expect(failing(Object.assign(new Seats(), { licensed: null, active: 11 }))).toEqual([]);
    expect(failing(Object.assign(new Seats(), { active: null }))).toEqual([]);
  });
});
