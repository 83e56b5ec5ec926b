import type { PersonRecord } from '../../src/domain/graph-records';
import { primaryDepartmentName } from './account-profile';
import { pickChampion, pickEndUsers, pickPreviousChampion, pickSuccessor, unique } from './cast-pickers';
import { byId, isActive, levelOf } from './people';
import type { Random } from './random';
import type { AccountPlan, GenerationContext } from './types';

/** Who plays which part for us at one account; roles.ts turns this into dated assignments. */
export interface Cast {
  champion: PersonRecord;
  /** Where the account would turn if the champion left: their manager and a successor. */
  championManager: PersonRecord | null;
  successor: PersonRecord | null;
  /** A champion who has since left; their role ended when they did. */
  previousChampion: PersonRecord | null;
  economicBuyer: PersonRecord;
  decisionMakers: PersonRecord[];
  sponsor: PersonRecord | null;
  technicalEvaluators: PersonRecord[];
  influencers: PersonRecord[];
  endUsers: PersonRecord[];
  detractors: PersonRecord[];
  blockers: PersonRecord[];
}

const SIZE_INDEX = { SMB: 0, MID_MARKET: 1, ENTERPRISE: 2 } as const;

export function castStakeholders(
  ctx: GenerationContext,
  plan: AccountPlan,
  people: PersonRecord[],
  rng: Random,
): Cast {
  const size = SIZE_INDEX[plan.segment];
  const lookup = byId(people);
  const active = people.filter(isActive);
  const ceo = people[0] as PersonRecord;
  const taken = new Set<string>();
  const free = (person: PersonRecord): boolean => !taken.has(person.id);
  const take = <T extends PersonRecord | null | undefined>(person: T): T => {
    if (person) taken.add(person.id);
    return person;
  };
  const inDepartment = (department: string) => active.filter((person) => person.department === department);
  const headOf = (department: string) =>
    [...inDepartment(department)].sort((a, b) => levelOf(a) - levelOf(b))[0];

  const primary = primaryDepartmentName(plan);
  const champion = take(pickChampion(plan, active, lookup, rng) ?? ceo);
  const manager = champion.reportsToId ? (lookup.get(champion.reportsToId) ?? null) : null;
  const finance = inDepartment('Finance');
  const primaryHead = headOf(primary);
  const businessOwner =
    size > 0 && primaryHead && levelOf(primaryHead) <= 1 && rng.chance(0.25) ? primaryHead : null;
  const buyerCandidate =
    businessOwner ??
    finance.find((p) => p.seniority === 'C_LEVEL') ??
    finance.find((p) => p.seniority === 'VP') ??
    ceo;
  const economicBuyer = take(buyerCandidate === champion ? ceo : buyerCandidate);

  const seniorPool = rng.shuffle(active.filter((person) => levelOf(person) <= 1 && person !== ceo));
  const decisionMakers = unique([primaryHead, headOf('IT'), ...seniorPool])
    .filter((person) => free(person) && levelOf(person) <= 2)
    .slice(0, [1, rng.int(1, 2), rng.int(2, 3)][size])
    .map(take);

  const wantsSponsor =
    plan.setup.sponsor === 'required' ||
    (plan.setup.sponsor !== 'none' && rng.chance([0.1, 0.45, 0.75][size] ?? 0));
  const sponsorPool = active.filter(
    (p) => levelOf(p) <= 1 && p !== economicBuyer && p !== champion && (size < 2 || p !== ceo),
  );
  const sponsor =
    wantsSponsor && sponsorPool.length > 0
      ? take(
          rng.weighted(
            sponsorPool.map((p) => [p, (levelOf(p) === 0 ? 3 : 1) * (p.department === primary ? 2 : 1)]),
          ),
        )
      : null;

  const technical = active.filter(
    (p) => (p.department === 'IT' || p.department === 'Engineering') && levelOf(p) >= 2,
  );
  const technicalPool = (technical.length > 0 ? technical : inDepartment(primary)).filter(free);
  const technicalEvaluators = rng
    .sample(technicalPool, [1, rng.int(1, 2), rng.int(2, 3)][size] ?? 1)
    .map(take);

  const influencerCount = [rng.int(1, 2), rng.int(2, 4), rng.int(3, 6)][size] ?? 2;
  const levelWeight = [1, 2, 3, 3, 1.5];
  const influencers = rng
    .weightedSample(
      active.filter((p) => free(p) && p !== ceo).map((p) => [p, levelWeight[levelOf(p)] ?? 1] as const),
      plan.engagement === 'multi-threaded' ? influencerCount * 2 : influencerCount,
    )
    .map(take);

  const endUsers = pickEndUsers(plan, active.filter(free), champion, people, rng).map(take);
  const detractors = rng.chance(plan.story === 'declining' ? 0.5 : 0.15)
    ? rng
        .sample(
          active.filter((p) => free(p) && p.department !== primary && levelOf(p) >= 2),
          1,
        )
        .map(take)
    : [];
  const blockers = rng.chance([0.03, 0.08, 0.15][size] ?? 0)
    ? rng.sample(
        active.filter(
          (p) => free(p) && (p.department === 'IT' || /Procurement/.test(p.title ?? '')) && levelOf(p) >= 2,
        ),
        1,
      )
    : [];

  return {
    champion,
    championManager: manager,
    successor: pickSuccessor(champion, active, rng),
    previousChampion: pickPreviousChampion(ctx, plan, people, rng),
    economicBuyer,
    decisionMakers,
    sponsor,
    technicalEvaluators,
    influencers,
    endUsers,
    detractors,
    blockers,
  };
}
