import type { RelationshipsConfig } from '../../config/analytics/relationships';
import { AppError } from '../../domain/errors';
import type { ActivityBasis, StakeholderRole } from '../../domain/vocabulary';
import type { BuildNextCandidate } from '../../scoring/departure-build-next';
import { latestChampionDeparture } from '../../scoring/health-people';
import type { KeyContacts } from '../../scoring/play-band';
import type { ChampionRescueInput, RescueCandidate } from '../../scoring/play-champion-rescue';
import type { PlayPerson, TeamCover } from '../../scoring/play-steps';
import type { ThreadingRisk } from '../../scoring/threading-risk';
import type { HealthAssessment } from '../health/health.service';
import type { AsOf } from '../relationships/as-of';
import { isThereOn, rolesOn, threadingReading, type AccountSnapshot } from '../threading/threading-input';

/** Seniorities an executive step or thread is built at. */
const EXECUTIVE_SENIORITIES = new Set(['C_LEVEL', 'VP']);

/** The current holders of the roles plays talk to, with names, from the account's people on the day. */
export function keyContacts(snapshot: AccountSnapshot, day: string): KeyContacts {
  const present = snapshot.people.filter((p) => isThereOn(p, day)).sort((a, b) => a.id.localeCompare(b.id));
  const holders = (role: StakeholderRole, why: string): PlayPerson[] =>
    present
      .filter((p) => rolesOn(p, day).includes(role))
      .map((p) => ({ personId: p.id, name: p.name, title: p.title, why }));
  return {
    champions: holders('CHAMPION', 'Champion'),
    economicBuyers: holders('ECONOMIC_BUYER', 'Economic buyer'),
    decisionMakers: holders('DECISION_MAKER', 'Decision maker'),
    sponsors: holders('EXECUTIVE_SPONSOR', 'Executive sponsor'),
    executives: present
      .filter((p) => p.seniority !== null && EXECUTIVE_SENIORITIES.has(p.seniority))
      .map((p) => ({ personId: p.id, name: p.name, title: p.title, why: 'Senior executive' })),
  };
}

/**
 * What the champion-departure rescue names, for the champion who left most recently within
 * `withinDays`: whom the departure analysis says to build next (still there on asOf), the
 * executives still there, and who today would cut us off from everyone who decides. Null when no
 * champion left lately.
 */
export async function championRescueInput(
  assessment: HealthAssessment,
  team: TeamCover[],
  withinDays: number,
  relationships: RelationshipsConfig,
  departureOf: (personId: string) => Promise<{
    buildNext: BuildNextCandidate[];
    dataGaps: string[];
    activityBasis: ActivityBasis;
    activeUsers: { personId: string; rank: number }[];
  }>,
  riskOf: (snapshot: AccountSnapshot, asOf: AsOf) => ThreadingRisk,
): Promise<ChampionRescueInput | null> {
  const asOf: AsOf = { now: assessment.asOf.now, day: assessment.asOf.day };
  const loss = latestChampionDeparture(assessment.keyPeople, asOf.day, withinDays);
  if (!loss) return null;

  const gaps: string[] = [];
  let buildNext: BuildNextCandidate[] = [];
  let activityBasis: ActivityBasis = 'INTERACTIONS';
  const activityRank = new Map<string, number>();
  try {
    const departure = await departureOf(loss.person.id);
    buildNext = departure.buildNext;
    activityBasis = departure.activityBasis;
    for (const u of departure.activeUsers) activityRank.set(u.personId, u.rank);
    gaps.push(...departure.dataGaps);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    gaps.push(`Whom to build next is unknown: ${error.message}`);
  }

  const reading = threadingReading(assessment.threading, asOf, relationships);
  const byId = new Map(reading.input.people.map((p) => [p.id, p]));
  const candidate = (
    id: string,
    reasons: RescueCandidate['reasons'],
    inChampionTeam = false,
  ): RescueCandidate[] => {
    const record = reading.people.get(id);
    const person = byId.get(id);
    if (!record || !person) return [];
    return [
      {
        personId: id,
        name: record.name,
        title: record.title,
        level: person.level,
        roles: person.roles,
        strength: person.strength,
        reasons,
        inChampionTeam,
        activityRank: activityRank.get(id) ?? null,
      },
    ];
  };
  const executives = [...reading.people.values()]
    .filter((p) => p.seniority !== null && EXECUTIVE_SENIORITIES.has(p.seniority))
    .flatMap((p) => candidate(p.id, []));
  const risk = riskOf(assessment.threading, asOf);
  const critical = risk.criticalPeople
    .filter((c) => c.cutsOffAll)
    .flatMap((c) => candidate(c.personId, []))
    .map((c) => ({ personId: c.personId, name: c.name, title: c.title, why: 'Single point of failure' }));

  return {
    accountName: assessment.health.accountName,
    asOfDay: asOf.day,
    champion: {
      personId: loss.person.id,
      name: loss.person.name,
      title: loss.person.title,
      departedAt: loss.endedOn,
    },
    candidates: buildNext.flatMap((c) =>
      candidate(
        c.personId,
        c.reasons.map((r) => ({ reason: r.reason, detail: r.detail })),
        c.inDepartedTeam,
      ),
    ),
    activityBasis,
    executives,
    criticalPeople: critical,
    team,
    gaps,
  };
}
