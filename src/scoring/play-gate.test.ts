import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import type { HealthAsOf } from './health-parts';
import type { KeyPerson } from './health-people';
import type { AccountHealth } from './health-score';
import type { HealthTicket } from './health-support';
import type { HealthSubscription } from './health-usage';
import { expansionGate, successCheck } from './play-gate';

const config = DEFAULT_PLAYS_CONFIG; // success: utilisation ≥ .6, no open URGENT ticket; expansion on GREEN only
const asOf: HealthAsOf = { day: '2026-11-15', now: new Date('2026-11-16T00:00:00Z'), current: false };

const sub = (id: string, seats: number, active: number): HealthSubscription => ({
  id,
  productId: id,
  productName: `Product ${id}`,
  status: 'ACTIVE',
  seatsLicensed: seats,
  seatsUsed: null,
  arr: 1000,
  startDate: '2024-01-01',
  renewalDate: '2027-06-01',
  termMonths: 12,
  usage: [{ id: `u-${id}`, date: '2026-11-01', licensedSeats: seats, activeSeats: active }],
});

const urgent = (id: string, closedAt: string | null): HealthTicket => ({
  id,
  severity: 'URGENT',
  status: closedAt ? 'CLOSED' : 'OPEN',
  sentiment: -0.5,
  escalated: true,
  openedAt: '2026-11-10T09:00:00Z',
  closedAt,
  subject: 'Outage',
});

const health = (band: AccountHealth['band'], score: number | null): AccountHealth => ({
  accountId: 'a',
  accountName: 'Acme',
  segment: null,
  asOf: asOf.day,
  score,
  exactScore: score,
  band,
  state: score === null ? 'INSUFFICIENT_DATA' : 'SCORED',
  coverage: 1,
  minCoverage: 0.5,
  provisionalScore: score,
  uncappedBand: band,
  bandCaps: [],
  bandCapNote: null,
  bands: { greenFrom: 80, yellowFrom: 50 },
  configVersion: 'v',
  components: [],
  redFlags: [],
  missingInputs: score === null ? ['USAGE: none'] : [],
});

describe('successCheck', () => {
  it('is successful with utilisation at the minimum and no open urgent ticket', () => {
    // (50 + 10) / (80 + 20) = .6: exactly the minimum counts. A closed urgent ticket does not block.
    const check = successCheck(
      [sub('a', 80, 50), sub('b', 20, 10)],
      [urgent('t0', '2026-11-11T09:00:00Z')],
      asOf,
      180,
      config.success,
    );
    expect(check).toMatchObject({ successful: true, utilisation: 0.6, reasons: [] });
  });

  it('names low utilisation and each open urgent ticket', () => {
    // (50 + 9) / 100 = .59
    const check = successCheck(
      [sub('a', 80, 50), sub('b', 20, 9)],
      [urgent('t1', null)],
      asOf,
      180,
      config.success,
    );
    expect(check.successful).toBe(false);
    expect(check.reasons).toEqual([
      'Utilisation of owned products is 59% (59 of 100 seats), below 60%',
      '1 open URGENT ticket: t1',
    ]);
    expect(check.blockingTickets.map((t) => t.id)).toEqual(['t1']);
  });

  it('does not assume success without usage data', () => {
    const check = successCheck([], [], asOf, 180, config.success);
    expect([check.successful, check.utilisation]).toEqual([false, null]);
  });
});

describe('expansionGate', () => {
  const good = successCheck([sub('a', 10, 9)], [], asOf, 180, config.success);

  it('allows an expansion on a green, successful account', () => {
    expect(expansionGate(health('GREEN', 85), good, null, config)).toEqual({
      allowed: true,
      band: 'GREEN',
      score: 85,
      blockers: [],
    });
  });

  it('never allows one on a red account, and says why', () => {
    const gate = expansionGate(health('RED', 40), good, null, config);
    expect(gate.allowed).toBe(false);
    expect(gate.blockers.map((b) => [b.code, b.message])).toEqual([
      [
        'HEALTH_BAND',
        "Acme is RED (health 40, below YELLOW's 50): never an expansion play on a red account, stabilise first",
      ],
    ]);
  });

  it('refuses a green account that is not yet successful', () => {
    const bad = successCheck([sub('a', 10, 3)], [urgent('t1', null)], asOf, 180, config.success);
    const gate = expansionGate(health('GREEN', 81), bad, null, config);
    expect(gate.blockers.map((b) => b.code)).toEqual(['LOW_UTILISATION', 'OPEN_BLOCKING_TICKET']);
    expect(gate.blockers[0]!.evidence.map((e) => [e.id, e.value])).toEqual([['u-a', 0.3]]);
  });

  it('refuses unknown health, and holds expansion while a champion has just left', () => {
    const champion: KeyPerson = {
      id: 'p',
      name: 'Cleo',
      title: null,
      status: 'DEPARTED',
      startedAt: null,
      departedAt: '2026-11-01',
      managerId: null,
      roles: [{ role: 'CHAMPION', since: '2024-01-01', until: '2026-11-01' }],
      lastTwoWay: null,
    };
    expect(expansionGate(health(null, null), good, null, config).blockers.map((b) => b.code)).toEqual([
      'HEALTH_UNKNOWN',
    ]);
    const held = expansionGate(
      health('GREEN', 90),
      good,
      { person: champion, endedOn: '2026-11-01', departed: true },
      config,
    );
    expect(held.blockers.map((b) => b.code)).toEqual(['CHAMPION_DEPARTED']);
    const notHeld = expansionGate(
      health('GREEN', 90),
      good,
      { person: champion, endedOn: '2026-11-01', departed: true },
      { ...config, holdExpansionAfterChampionDeparture: false },
    );
    expect(notHeld.allowed).toBe(true);
  });
});
