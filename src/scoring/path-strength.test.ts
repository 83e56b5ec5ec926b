import { DEFAULT_PATHS_CONFIG } from '../config/analytics/paths';
import { strongestPaths, type CandidateRoute, type TeamLink } from './path-strength';

// Defaults: reporting line weight 0.5, relationships under strength 20 are no way in.
const config = DEFAULT_PATHS_CONFIG;
const who = {
  dana: { id: 'dana', name: 'Dana Diaz' },
  eli: { id: 'eli', name: 'Eli Ebert' },
  olga: { id: 'olga', name: 'Olga Ortiz' },
  eb: { id: 'eb', name: 'Victor Vale' },
};
const teamLinks: TeamLink[] = [
  { teamMemberId: 'tm-ae', teamMemberName: 'Avery Exec', personId: 'dana', strength: 70 },
  { teamMemberId: 'tm-csm', teamMemberName: 'Casey Success', personId: 'dana', strength: 40 },
  { teamMemberId: 'tm-csm', teamMemberName: 'Casey Success', personId: 'eli', strength: 50 },
  { teamMemberId: 'tm-ae', teamMemberName: 'Avery Exec', personId: 'eb', strength: 10 },
];
const routes: CandidateRoute[] = [
  { people: [who.eb], links: [] },
  { people: [who.dana, who.eb], links: [{ kind: 'INFLUENCES', fromId: 'dana', toId: 'eb', weight: 0.6 }] },
  { people: [who.dana, who.eb], links: [{ kind: 'REPORTS_TO', fromId: 'dana', toId: 'eb', weight: null }] },
  {
    people: [who.eli, who.dana, who.eb],
    links: [
      { kind: 'REPORTS_TO', fromId: 'eli', toId: 'dana', weight: null },
      { kind: 'INFLUENCES', fromId: 'dana', toId: 'eb', weight: 0.6 },
    ],
  },
  {
    people: [who.eli, who.olga, who.eb],
    links: [
      { kind: 'INFLUENCES', fromId: 'eli', toId: 'olga', weight: 0.8 },
      { kind: 'INFLUENCES', fromId: 'eb', toId: 'olga', weight: 0.9 },
    ],
  },
  {
    people: [who.dana, who.eli, who.dana, who.eb],
    links: [
      { kind: 'REPORTS_TO', fromId: 'eli', toId: 'dana', weight: null },
      { kind: 'REPORTS_TO', fromId: 'eli', toId: 'dana', weight: null },
      { kind: 'INFLUENCES', fromId: 'dana', toId: 'eb', weight: 0.6 },
    ],
  },
  { people: [who.dana, who.olga], links: [{ kind: 'INFLUENCES', fromId: 'dana', toId: 'olga', weight: 1 }] },
];

describe('strongestPaths', () => {
  const paths = strongestPaths('eb', routes, teamLinks, 3, config);

  it('ranks routes by the product of their hop weights', () => {
    // Dana influences Victor:          0.7 (Avery knows Dana) × 0.6          = 0.42
    // Eli ← Olga ← Victor's influence:  0.5 (Casey knows Eli) × 0.8 × 0.9    = 0.36
    // Dana reports to Victor:           0.7 × 0.5 (reporting line)           = 0.35
    // Eli reports to Dana, Dana sways:  0.5 × 0.5 × 0.6                      = 0.15 (fourth: cut by k = 3)
    // Avery knows Victor directly at strength 10 (< 20): no way in. The route through Dana
    // twice and the one ending at Olga are not routes to Victor.
    expect(paths.map((p) => [p.strength, p.hops.map((h) => h.toId)])).toEqual([
      [0.42, ['dana', 'eb']],
      [0.36, ['eli', 'olga', 'eb']],
      [0.35, ['dana', 'eb']],
    ]);
  });

  it('gives every hop, its direction and the weakest link, and who to ask', () => {
    const [, viaOlga] = paths;
    expect(viaOlga!.hops).toEqual([
      {
        fromId: 'tm-csm',
        fromName: 'Casey Success',
        toId: 'eli',
        toName: 'Eli Ebert',
        kind: 'RELATIONSHIP',
        relation: 'knows',
        weight: 0.5,
      },
      {
        fromId: 'eli',
        fromName: 'Eli Ebert',
        toId: 'olga',
        toName: 'Olga Ortiz',
        kind: 'INFLUENCES',
        relation: 'influences',
        weight: 0.8,
      },
      {
        fromId: 'olga',
        fromName: 'Olga Ortiz',
        toId: 'eb',
        toName: 'Victor Vale',
        kind: 'INFLUENCES',
        relation: 'is influenced by',
        weight: 0.9,
      },
    ]);
    expect(viaOlga!.weakestLink.toId).toBe('eli');
    expect(viaOlga!.introduction).toBe(
      'Casey Success asks Eli Ebert for an introduction to Victor Vale (via Olga Ortiz)',
    );
    expect(paths[2]!.hops[1]).toMatchObject({ kind: 'REPORTS_TO', relation: 'reports to', weight: 0.5 });
  });

  it('takes a direct relationship as a one-hop route', () => {
    const direct = strongestPaths(
      'eb',
      routes,
      [...teamLinks, { ...teamLinks[3]!, strength: 90 }],
      1,
      config,
    );
    expect(direct[0]).toMatchObject({
      strength: 0.9,
      introduction: 'Avery Exec already knows Victor Vale: ask for time directly',
    });
  });

  it('finds nothing without a way in', () => {
    expect(strongestPaths('eb', routes, [], 3, config)).toEqual([]);
  });
});
