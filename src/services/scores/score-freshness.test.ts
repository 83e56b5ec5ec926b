import { liveFreshness, storedFreshness } from './score-freshness';

const stamp = {
  accountId: 'acc-1',
  computedAt: '2026-11-22T11:00:00.000Z',
  asOf: '2026-11-22',
  stale: false,
  staleSince: null,
  configVersion: 'abc',
};

describe('score freshness', () => {
  it('says how old a stored score is', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(storedFreshness(stamp, now, '2026-11-22')).toEqual({
      source: 'STORED',
      computedAt: stamp.computedAt,
      asOf: '2026-11-22',
      stale: false,
      staleSince: null,
      ageSeconds: 3600,
      configVersion: 'abc',
    });
  });

  it('calls a score of an earlier day stale even without a write', () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    expect(storedFreshness(stamp, now, '2026-11-23').stale).toBe(true);
  });

  it('passes a stale mark through', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    const marked = { ...stamp, stale: true, staleSince: '2026-11-22T11:30:00.000Z' };
    expect(storedFreshness(marked, now, '2026-11-22')).toMatchObject({
      stale: true,
      staleSince: '2026-11-22T11:30:00.000Z',
    });
  });

  it('marks a live score as fresh now', () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(liveFreshness(now)).toMatchObject({
      source: 'LIVE',
      ageSeconds: 0,
      stale: false,
      asOf: '2026-11-22',
    });
  });
});
