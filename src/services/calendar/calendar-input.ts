import { PLAY_STEP_KEYS, type PlayStepKey } from '../../config/analytics/plays';
import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import type { AccountCoverage, Stakeholder } from '../../domain/read-models';
import type {
  CalendarPerson,
  CalendarPlay,
  CalendarPlayStep,
  CalendarTeamMember,
} from '../../planning/calendar-input';
import type { StoredPlay } from '../../repositories/play.repository';
import { isEngaged } from '../../scoring/threading-risk';
import type { Play } from '../../scoring/play-steps';
import type { AsOf } from '../relationships/as-of';
import { isThereOn, threadingReading, type AccountSnapshot } from '../threading/threading-input';

/** The people at the account on asOf with what the calendar plans from, and those who have left. */
export function calendarPeople(
  snapshot: AccountSnapshot,
  asOf: AsOf,
  emails: ReadonlyMap<string, Stakeholder>,
  relationships: RelationshipsConfig,
  threading: ThreadingConfig,
): { people: CalendarPerson[]; departed: { id: string; name: string; departedAt: string | null }[] } {
  const reading = threadingReading(snapshot, asOf, relationships);
  const present = new Set(reading.input.people.map((p) => p.id));
  const people = reading.input.people.map((p): CalendarPerson => {
    const record = reading.people.get(p.id)!;
    const strength = reading.strengths.get(p.id);
    return {
      id: p.id,
      name: record.name,
      title: record.title,
      email: emails.get(p.id)?.email ?? null,
      seniority: record.seniority,
      orgDepth: p.level,
      roles: p.roles,
      strength: p.strength,
      engaged: isEngaged(p, asOf.now, threading),
      contacts: (strength?.interactions ?? []).map((i) => ({
        id: i.id,
        occurredAt: i.occurredAt,
        direction: i.direction,
      })),
      influenceWeight: snapshot.influence
        .filter((i) => i.fromPersonId === p.id && i.toPersonId !== p.id && present.has(i.toPersonId))
        .reduce((sum, i) => sum + i.weight, 0),
    };
  });
  const departed = snapshot.people
    .filter((p) => !isThereOn(p, asOf.day) && (p.status === 'DEPARTED' || p.departedAt !== null))
    .map((p) => ({ id: p.id, name: p.name, departedAt: p.departedAt }));
  return { people, departed };
}

export function calendarTeam(coverage: readonly AccountCoverage[]): CalendarTeamMember[] {
  return coverage.map((c) => ({
    teamMemberId: c.teamMember.id,
    name: c.teamMember.name,
    email: c.teamMember.email,
    role: c.role,
  }));
}

const isStepKey = (key: string): key is PlayStepKey => (PLAY_STEP_KEYS as readonly string[]).includes(key);

/** A step on the calendar: what the play (recorded or recommended) says of it, who owns it, whom it names. */
function calendarStep(
  key: PlayStepKey,
  step: Pick<CalendarPlayStep, 'order' | 'title' | 'detail' | 'dueDate' | 'ownerRole'>,
  ownerId: string | null,
  people: CalendarPlayStep['people'],
): CalendarPlayStep {
  const { order, title, detail, dueDate, ownerRole } = step;
  return { key, order, title, detail, dueDate, ownerRole, ownerId, people };
}

/**
 * The plays whose steps go on the calendar: every recorded play still OPEN, and each recommended
 * play for which no play of the same kind and trigger has been recorded and left open (the
 * recorded one has fixed dates; a recommendation starts on asOf).
 */
export function calendarPlays(
  recommended: readonly Play[],
  recorded: readonly StoredPlay[],
  asOfDay: string,
): { plays: CalendarPlay[]; gaps: string[] } {
  const gaps: string[] = [];
  const open = recorded.filter((p) => p.status === 'OPEN');
  const fromRecords = open.map((play): CalendarPlay => ({
    source: 'RECORDED',
    playId: play.id,
    kind: play.kind,
    trigger: play.trigger,
    title: play.title,
    startedOn: play.startedOn,
    steps: play.steps.flatMap((s) => {
      if (s.status !== 'OPEN') return [];
      if (!isStepKey(s.key)) {
        gaps.push(`Step ${s.id} of play ${play.id} has an unknown key '${s.key}': left off the calendar`);
        return [];
      }
      return [
        calendarStep(
          s.key,
          s,
          s.owner?.id ?? null,
          s.people.map((p) => ({ personId: p.id, name: p.name })),
        ),
      ];
    }),
  }));
  const fromRecommendations = recommended
    .filter((play) => !open.some((r) => r.kind === play.kind && r.trigger === play.trigger))
    .map((play): CalendarPlay => ({
      source: 'RECOMMENDED',
      playId: null,
      kind: play.kind,
      trigger: play.trigger,
      title: play.title,
      startedOn: asOfDay,
      steps: play.steps.map((s) =>
        calendarStep(
          s.key,
          s,
          s.owner?.teamMemberId ?? null,
          s.people.map((p) => ({ personId: p.personId, name: p.name })),
        ),
      ),
    }));
  return { plays: [...fromRecords, ...fromRecommendations], gaps };
}
