import type { RelationshipsConfig } from '../../config/analytics/relationships';
import type { ThreadingConfig } from '../../config/analytics/threading';
import type {
  InboundRequestFact,
  ObjectiveFact,
  PipelineOpportunityFact,
} from '../../domain/opportunity-facts';
import type { BusinessUnit, Subscription } from '../../domain/read-models';
import type {
  OpportunityAccountFacts,
  OpportunityPerson,
  OpportunityProduct,
} from '../../scoring/opportunity-parts';
import { countsOn } from '../../scoring/revenue-retention';
import { isEngaged } from '../../scoring/threading-risk';
import type { RankedCell } from '../../scoring/whitespace';
import type { GatedAssessment } from '../plays/plays.service';
import type { AsOf } from '../relationships/as-of';
import type { AccountExpansionSignals } from '../signals/expansion-signals.service';
import { rolesOn, threadingReading } from '../threading/threading-input';

/** What the services answered about one account, before it is put in the rules' terms. */
export interface AccountReads {
  gated: GatedAssessment;
  signals: AccountExpansionSignals | undefined;
  cells: readonly RankedCell[];
  products: ReadonlyMap<string, OpportunityProduct>;
  units: readonly BusinessUnit[];
  subscriptions: readonly Subscription[];
  pipeline: readonly PipelineOpportunityFact[];
  inbound: readonly InboundRequestFact[];
  objectives: readonly ObjectiveFact[];
}

/** Our relationship with each person there on the day, by threading's own reading and definition of engaged. */
function peopleOf(
  gated: GatedAssessment,
  asOf: AsOf,
  relationships: RelationshipsConfig,
  threading: ThreadingConfig,
): OpportunityPerson[] {
  const reading = threadingReading(gated.assessment.threading, asOf, relationships);
  return reading.input.people.map((p) => {
    const person = reading.people.get(p.id)!;
    const lastTwoWay = reading.strengths
      .get(p.id)
      ?.interactions.filter((i) => i.direction !== 'OUTBOUND')
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a.id.localeCompare(b.id))[0];
    return {
      personId: p.id,
      name: person.name,
      title: person.title,
      seniority: person.seniority,
      businessUnitId: person.businessUnitId,
      roles: rolesOn(person, asOf.day),
      strength: p.strength,
      lastTwoWayAt: p.lastTwoWayAt,
      lastTwoWayInteractionId: lastTwoWay?.id ?? null,
      engaged: isEngaged(p, asOf.now, threading),
    };
  });
}

/** The facts the opportunity rules read, from what the health, plays, signals and whitespace services answered. */
export function accountFacts(
  reads: AccountReads,
  asOf: AsOf,
  relationships: RelationshipsConfig,
  threading: ThreadingConfig,
): OpportunityAccountFacts {
  const { assessment, gate } = reads.gated;
  const { health } = assessment;
  const unitOf = new Map(reads.subscriptions.map((s) => [s.id, s.businessUnitId]));
  const support = health.components.find((c) => c.name === 'SUPPORT');
  return {
    accountId: health.accountId,
    accountName: health.accountName,
    asOf: asOf.day,
    signals: reads.signals?.signals ?? [],
    whitespace: reads.cells,
    products: [...reads.products.values()],
    units: reads.units.map((u) => ({ id: u.id, name: u.name })),
    subscriptions: assessment.subscriptions.map((s) => {
      const latest = s.usage
        .filter((u) => u.date <= asOf.day)
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0];
      return {
        id: s.id,
        productId: s.productId,
        productName: s.productName,
        businessUnitId: unitOf.get(s.id) ?? null,
        inForce: countsOn(s, asOf.day) === true,
        seatsLicensed: s.seatsLicensed,
        arr: s.arr,
        renewalDate: s.renewalDate,
        latest: latest
          ? {
              id: latest.id,
              date: latest.date,
              licensedSeats: latest.licensedSeats,
              activeSeats: latest.activeSeats,
            }
          : null,
      };
    }),
    accountPeople: assessment.threading.people,
    people: peopleOf(reads.gated, asOf, relationships, threading),
    objectives: reads.objectives,
    pipeline: reads.pipeline,
    inbound: reads.inbound,
    gate,
    sentiment: {
      inputs: support?.inputs ?? [],
      redFlags: health.redFlags.filter((f) => f.component === 'SUPPORT'),
      missing: support?.missing
        ? support.missingInputs.map((m) => m.reason).join('; ') || 'no support data'
        : null,
    },
  };
}
