import { mergeConfig } from './index';

describe('mergeConfig', () => {
  const defaults = { halfLifeDays: 90, weights: { recency: 0.4, depth: 0.6 }, roles: ['CHAMPION'] };

  it('overrides only what is given', () => {
    expect(mergeConfig(defaults, { weights: { depth: 0.5 } })).toEqual({
      halfLifeDays: 90,
      weights: { recency: 0.4, depth: 0.5 },
      roles: ['CHAMPION'],
    });
  });

  it('names an unknown key or a wrong type by its path', () => {
    expect(() => mergeConfig(defaults, { weights: { recncy: 1 } })).toThrow(
      'analytics.weights.recncy is not a known setting',
    );
    expect(() => mergeConfig(defaults, { halfLifeDays: '90' })).toThrow(
      'analytics.halfLifeDays must be a number',
    );
    expect(() => mergeConfig(defaults, { roles: 'CHAMPION' })).toThrow('analytics.roles must be a list');
  });
});
