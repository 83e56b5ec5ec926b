import { DEFAULT_PLAYS_CONFIG } from '../config/analytics/plays';
import { championRescuePlay, type ChampionRescueInput, type RescueCandidate } from './play-champion-rescue';

const person = (
  personId: string,
  level: number,
  reasons: RescueCandidate['reasons'],
  roles: RescueCandidate['roles'] = [],
  strength = 50,
): RescueCandidate => ({
  personId,
  name: personId.toUpperCase(),
  title: null,
  level,
  roles,
  strength,
  reasons,
});

const input: ChampionRescueInput = {
  accountName: 'Acme',
  asOfDay: '2026-11-22',
  champion: { personId: 'champ', name: 'Sean Lopez', title: 'Director', departedAt: '2026-11-04' },
  candidates: [
    person('mgr', 1, [{ reason: 'MANAGER', detail: "Sean Lopez's manager" }]),
    person('succ', 3, [{ reason: 'SUCCESSOR', detail: 'Likely successor' }]),
    person('user1', 4, [{ reason: 'ACTIVE_USER', detail: 'Most active' }]),
    person('user2', 4, [{ reason: 'ACTIVE_USER', detail: 'Second' }]),
  ],
  executives: [
    person('ceo', 0, [], [], 90),
    person('coo', 1, [], ['EXECUTIVE_SPONSOR'], 40),
    person('mgr', 1, [], [], 70),
  ],
  criticalPeople: [{ personId: 'succ', name: 'SUCC', title: null, why: 'Single point of failure' }],
  team: [
    { teamMemberId: 'tm-ae', name: 'Avery', role: 'ACCOUNT_OWNER' },
    { teamMemberId: 'tm-csm', name: 'Casey', role: 'CSM' },
    { teamMemberId: 'tm-exec', name: 'Eve', role: 'EXECUTIVE_SPONSOR' },
  ],
  gaps: [],
};

describe('championRescuePlay', () => {
  it('runs the seed sequence with the people named', () => {
    const play = championRescuePlay(input, DEFAULT_PLAYS_CONFIG);
    expect([play.kind, play.trigger]).toEqual(['RESCUE', 'CHAMPION_DEPARTED']);
    expect(play.why).toBe(
      'Champion Sean Lopez (Director) left on 2026-11-04, 18 days ago: a critical single-threading risk',
    );
    expect(
      play.steps.map((s) => [
        s.order,
        s.key,
        s.phase,
        s.dueDate,
        s.owner?.teamMemberId,
        s.people.map((p) => p.personId),
      ]),
    ).toEqual([
      // Due dates on a weekend move to the Friday before (business days).
      // Week 1: map the contacts (active users outside the team, the successor), the former champion, their manager.
      [1, 'CHAMPION_MAP_CONTACTS', 'WEEK_1', '2026-11-27', 'tm-csm', ['user1', 'user2', 'succ']],
      [2, 'CHAMPION_REACH_FORMER', 'WEEK_1', '2026-11-27', 'tm-ae', ['champ']],
      [3, 'CHAMPION_MEET_MANAGER', 'WEEK_1', '2026-11-27', 'tm-ae', ['mgr']],
      // Weeks 2-4: a peer-level user (the most active) and an executive at another level (the sponsor
      // first, over a stronger CEO with no role), then an informal value review with them and the successor.
      [4, 'CHAMPION_PEER_THREAD', 'WEEKS_2_4', '2026-12-11', 'tm-csm', ['user1']],
      [5, 'CHAMPION_EXECUTIVE_THREAD', 'WEEKS_2_4', '2026-12-11', 'tm-exec', ['coo']],
      [6, 'CHAMPION_VALUE_REVIEW', 'WEEKS_2_4', '2026-12-18', 'tm-csm', ['user1', 'coo', 'succ']],
    ]);
    expect(play.goal).toBe(
      "Within 30 days (by 2026-12-22) no single person's departure threatens the account relationship. Today the departure of SUCC would cut us off from everyone who decides",
    );
    expect(play.gaps).toEqual([]);
  });

  it('names what it could not find', () => {
    const play = championRescuePlay({ ...input, candidates: [], executives: [] }, DEFAULT_PLAYS_CONFIG);
    expect(play.gaps).toEqual([
      'No active users were found at the account after Sean Lopez left',
      "Sean Lopez's manager is unknown or has left",
      'No peer-level user to build a new thread with',
      'No executive still at the account to build a new thread with',
    ]);
  });
});
