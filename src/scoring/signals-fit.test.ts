import { addDays, linearFit, monthsBefore } from './signals-fit';

describe('linearFit', () => {
  it('fits a least-squares line over days since the first point', () => {
    // x = 0, 10, 20; y = 1, 3, 2: mean x 10, mean y 2; Σdx·dy = (−10)(−1) + 0 + 10·0 = 10; Σdx² = 200.
    const fit = linearFit([
      { date: '2026-01-01', value: 1 },
      { date: '2026-01-11', value: 3 },
      { date: '2026-01-21', value: 2 },
    ]);
    expect(fit).toEqual({ slopePerDay: 0.05, intercept: 1.5, points: 3 });
  });

  it('has no rate with one point, or all points on one day', () => {
    expect(linearFit([{ date: '2026-01-01', value: 5 }])).toBeNull();
    expect(
      linearFit([
        { date: '2026-01-01', value: 5 },
        { date: '2026-01-01', value: 7 },
      ]),
    ).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('adds days and goes back whole months, clamping the day', () => {
    expect(addDays('2026-11-02', 100)).toBe('2027-02-10');
    expect(addDays('2027-02-10', -60)).toBe('2026-12-12');
    expect(monthsBefore('2026-11-01', 6)).toBe('2026-05-01');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
  });
});
