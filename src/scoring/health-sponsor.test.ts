import { DEFAULT_HEALTH_CONFIG } from '../config/analytics/health';
import type { HealthAsOf } from './health-parts';
import type { KeyPerson } from './health-people';
import { sponsorHealth } from './health-sponsor';

const config = DEFAULT_HEALTH_CONFIG.sponsor; // engaged within 90 days; ENGAGED 100, NOT_ENGAGED 40, VACANT 0
const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-16T00:00:00Z'), current: false };

const sponsor = (extra: Partial<KeyPerson>, lastTwoWayAt: string | null): KeyPerson => ({
  id: 'p-s',
  name: 'Sam Sponsor',
  title: 'CFO',
  status: 'ACTIVE',
  startedAt: '2020-01-01',
  departedAt: null,
  managerId: null,
  roles: [{ role: 'EXECUTIVE_SPONSOR', since: '2023-01-01', until: null }],
  lastTwoWay: lastTwoWayAt === null ? null : { id: 'i-1', occurredAt: lastTwoWayAt, type: 'MEETING' },
  ...extra,
});

describe('sponsorHealth', () => {
  it('is ENGAGED when a current sponsor talked with us in the window', () => {
    const reading = sponsorHealth([sponsor({}, '2026-10-17T10:00:00Z')], asOf, config);
    // 2026-10-17T10:00 → 2026-11-16T00:00 = 29 days ≤ 90
    expect(reading.rawScore).toBe(100);
    expect(reading.inputs.map((i) => [i.name, i.value, i.unit])).toEqual([
      ['state', 100, 'ENGAGED'],
      ['daysSinceTwoWay', 29, 'days'],
    ]);
    expect(reading.redFlags).toEqual([]);
  });

  it('is NOT_ENGAGED with a silent sponsor', () => {
    const reading = sponsorHealth([sponsor({}, '2026-07-01T10:00:00Z')], asOf, config);
    expect(reading.rawScore).toBe(40);
    expect(reading.redFlags.map((f) => f.code)).toEqual(['SPONSOR_NOT_ENGAGED']);
  });

  it('is VACANT after the sponsor left, even when the role was never closed', () => {
    const reading = sponsorHealth(
      [sponsor({ status: 'DEPARTED', departedAt: '2026-09-13' }, '2026-09-01T10:00:00Z')],
      asOf,
      config,
    );
    expect(reading.rawScore).toBe(0);
    expect(reading.redFlags.map((f) => [f.code, f.message])).toEqual([
      ['SPONSOR_DEPARTED', 'Executive sponsor Sam Sponsor left on 2026-09-13, and nobody holds the role now'],
    ]);
  });

  it('is VACANT with NO_SPONSOR when the role ended but the person stayed', () => {
    const reading = sponsorHealth(
      [sponsor({ roles: [{ role: 'EXECUTIVE_SPONSOR', since: '2023-01-01', until: '2026-10-01' }] }, null)],
      asOf,
      config,
    );
    expect(reading.rawScore).toBe(0);
    expect(reading.redFlags.map((f) => f.code)).toEqual(['NO_SPONSOR']);
  });

  it('is missing where nobody ever held the role', () => {
    const reading = sponsorHealth(
      [sponsor({ roles: [{ role: 'CHAMPION', since: '2023-01-01', until: null }] }, null)],
      asOf,
      config,
    );
    expect(reading.rawScore).toBeNull();
    expect(reading.missing).toEqual([
      { input: 'SPONSOR', reason: 'no executive sponsor role has ever been assigned at this account' },
    ]);
  });
});
