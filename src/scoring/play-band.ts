import type { BusinessCalendar } from './business-days';
import type { PlaysConfig } from '../config/analytics/plays';
import type { HealthComponentName, PlayKind } from '../domain/vocabulary';
import type { HealthRedFlag } from './health-parts';
import type { AccountHealth } from './health-score';
import type { ExpansionGate, SuccessCheck } from './play-gate';
import {
  named,
  scheduleSteps,
  type Play,
  type PlayPerson,
  type StepContent,
  type TeamCover,
} from './play-steps';

/** The customer's people who hold the roles a play talks to, on the day. */
export interface KeyContacts {
  champions: PlayPerson[];
  economicBuyers: PlayPerson[];
  decisionMakers: PlayPerson[];
  sponsors: PlayPerson[];
  /** C-level and VP people there today: whom executive steps reach when nobody holds those roles. */
  executives: PlayPerson[];
}

export interface PlayContext {
  accountName: string;
  /** `YYYY-MM-DD`: the play starts that day. */
  asOfDay: string;
  health: AccountHealth;
  success: SuccessCheck;
  gate: ExpansionGate;
  team: TeamCover[];
  contacts: KeyContacts;
  /** The account's business days (weekends and its country's public holidays skipped). */
  days?: BusinessCalendar;
}

/**
 * The play health calls for: GREEN and successful → EXPANSION; GREEN but not yet successful, or
 * YELLOW, or unknown → STABILISATION; RED → RESCUE. A champion's departure does not change the
 * kind: it holds the expansion back (see plays.service), it does not make the account unhealthy.
 */
export function bandPlayKind(ctx: Pick<PlayContext, 'health' | 'gate'>, config: PlaysConfig): PlayKind {
  if (ctx.health.band === 'RED') return 'RESCUE';
  const onlyHeldByDeparture = ctx.gate.blockers.every((b) => b.code === 'CHAMPION_DEPARTED');
  if (ctx.health.band !== null && config.expansionBands.includes(ctx.health.band) && onlyHeldByDeparture) {
    return 'EXPANSION';
  }
  return 'STABILISATION';
}

/** A play of `kind` built from the account's health; expansion is the caller's to gate (see expansionGate). */
export function bandPlay(kind: PlayKind, ctx: PlayContext, config: PlaysConfig): Play {
  const build = kind === 'EXPANSION' ? expansion : kind === 'RESCUE' ? rescue : stabilisation;
  const { title, why, goal, contents, gaps } = build(ctx);
  const scheduled = scheduleSteps(contents, ctx.asOfDay, ctx.team, config, ctx.days);
  return {
    kind,
    trigger: 'HEALTH_BAND',
    title,
    why,
    goal,
    steps: scheduled.steps,
    gaps: [...gaps, ...scheduled.gaps],
  };
}

interface Draft {
  title: string;
  why: string;
  goal: string;
  contents: StepContent[];
  gaps: string[];
}

function standing(h: AccountHealth): string {
  return h.score === null ? 'health cannot be scored' : `${h.band} (health ${h.score})`;
}

function flagsOf(h: AccountHealth, component: HealthComponentName): HealthRedFlag[] {
  return h.redFlags.filter((f) => f.component === component);
}

/** Flagged, or scoring below GREEN's threshold: a component the play must work on. */
function weak(h: AccountHealth, component: HealthComponentName): boolean {
  const c = h.components.find((x) => x.name === component);
  return flagsOf(h, component).length > 0 || (c?.rawScore != null && c.rawScore < h.bands.greenFrom);
}

function messages(flags: readonly HealthRedFlag[]): string {
  return flags.map((f) => f.message).join('; ');
}

function firstOf(...groups: PlayPerson[][]): PlayPerson[] {
  return groups.find((g) => g.length > 0) ?? [];
}

function expansion(ctx: PlayContext): Draft {
  const { contacts, success } = ctx;
  const gaps: string[] = [];
  if (contacts.champions.length === 0) gaps.push('No current champion to build the business case with');
  const buyers = firstOf(contacts.economicBuyers, contacts.decisionMakers);
  if (buyers.length === 0) gaps.push('No current economic buyer or decision maker: who signs is unknown');
  const executives = firstOf(contacts.sponsors, contacts.economicBuyers, contacts.executives);
  return {
    title: `Expansion play for ${ctx.accountName}`,
    why: `${ctx.accountName} is ${standing(ctx.health)} and successful with what it owns (utilisation ${Math.round((success.utilisation ?? 0) * 100)}%, no open blocking ticket)`,
    goal: 'A documented business case in the customer’s terms and a mutual action plan for the expansion, owned on both sides',
    gaps,
    contents: [
      {
        key: 'EXPANSION_CONFIRM_VALUE',
        title: `Confirm the value delivered${contacts.champions.length ? ` with ${named(contacts.champions)}` : ''}`,
        detail:
          'Quantify time saved, cost avoided and capacity gained so the customer sees measurable value before any expansion conversation',
        people: contacts.champions,
      },
      {
        key: 'EXPANSION_QUALIFY_SIGNAL',
        title: 'Qualify the expansion signal: context, timing and who cares',
        detail:
          'A signal alone is an observation: confirm why it happens, why now, and an engaged person who cares; tell readiness (they can buy) from intent (they want to)',
        people: buyers,
      },
      {
        key: 'EXPANSION_BUSINESS_CASE',
        title: 'Build the business case from the customer’s perspective',
        detail:
          'Their metric, not our ARR: arm the champion with an ROI summary, an internal business case and a peer example',
        people: contacts.champions,
      },
      {
        key: 'EXPANSION_EXECUTIVE_ALIGNMENT',
        title: `Align with the executive level${executives.length ? `: ${named(executives)}` : ''}`,
        detail: 'Where is the business going in the next 12 months, and how should we evolve with it?',
        people: executives,
      },
      {
        key: 'EXPANSION_PROPOSE_OPTIONS',
        title: 'Propose options and agree a mutual action plan',
        detail:
          'Offer a range (e.g. 25% to 50% more capacity) and let them choose; commitments on both sides with owners and dates',
        people: buyers,
      },
    ],
  };
}

function stabilisation(ctx: PlayContext): Draft {
  const h = ctx.health;
  const notSuccessful = !ctx.success.successful;
  const why =
    h.band === 'GREEN'
      ? `${ctx.accountName} is ${standing(h)} but not yet successful with what it owns: ${ctx.success.reasons.join('; ')}. Stabilise adoption before any expansion`
      : h.band === null
        ? `Health cannot be scored for ${ctx.accountName}: ${h.missingInputs.join('; ')}`
        : `${ctx.accountName} is ${standing(h)}${h.redFlags.length ? `: ${messages(h.redFlags)}` : ''}`;
  const contents: StepContent[] = [
    {
      key: 'STABILISE_HEALTH_REVIEW',
      title: 'Review what pulls health down with the account team',
      detail: h.redFlags.length
        ? `Red flags: ${messages(h.redFlags)}`
        : `Components below ${h.bands.greenFrom}: ${
            h.components
              .filter((c) => c.rawScore !== null && c.rawScore < h.bands.greenFrom)
              .map((c) => `${c.name} ${Math.round(c.rawScore!)}`)
              .join(', ') || 'none'
          }${h.missingInputs.length ? `; missing: ${h.missingInputs.join('; ')}` : ''}`,
      people: [],
    },
  ];
  if (weak(h, 'SUPPORT') || ctx.success.blockingTickets.length > 0) {
    contents.push({
      key: 'STABILISE_SUPPORT',
      title: 'Work the open and escalated tickets with support',
      detail:
        [
          messages(flagsOf(h, 'SUPPORT')),
          ctx.success.blockingTickets.map((t) => `${t.id} (${t.label})`).join(', '),
        ]
          .filter(Boolean)
          .join('; ') || 'Support scores below green: review recent tickets and their sentiment',
      people: [],
    });
  }
  if (weak(h, 'USAGE') || notSuccessful) {
    contents.push({
      key: 'STABILISE_ADOPTION',
      title: 'Drive adoption of what they already own',
      detail: `${[messages(flagsOf(h, 'USAGE')), ...ctx.success.reasons].filter(Boolean).join('; ') || 'Usage scores below green'}. Latest readings: ${ctx.success.readings.map((r) => r.label).join('; ') || 'none'}`,
      people: ctx.contacts.champions,
    });
  }
  if (weak(h, 'ENGAGEMENT') || weak(h, 'SPONSOR')) {
    const people = firstOf(
      ctx.contacts.sponsors,
      ctx.contacts.economicBuyers,
      ctx.contacts.decisionMakers,
      ctx.contacts.executives,
    );
    contents.push({
      key: 'STABILISE_RELATIONSHIPS',
      title: `Re-engage the executive level and open a second thread${people.length ? `: ${named(people)}` : ''}`,
      detail:
        messages([...flagsOf(h, 'ENGAGEMENT'), ...flagsOf(h, 'SPONSOR')]) || 'Engagement scores below green',
      people,
    });
  }
  if (weak(h, 'CONTRACT')) {
    contents.push({
      key: 'STABILISE_RENEWAL',
      title: 'Check renewal readiness early',
      detail: messages(flagsOf(h, 'CONTRACT')) || 'Contract timeline scores below green',
      people: firstOf(ctx.contacts.economicBuyers, ctx.contacts.decisionMakers),
    });
  }
  contents.push({
    key: 'STABILISE_RECHECK',
    title: 'Re-check health',
    detail: `Goal: back to GREEN (${h.bands.greenFrom}+) and successful with what they own before any expansion play`,
    people: [],
  });
  return {
    title: `Stabilisation play for ${ctx.accountName}`,
    why,
    goal: `Back to GREEN (health ${h.bands.greenFrom}+) with no red flag, and successful with what they own`,
    contents,
    gaps: [],
  };
}

function rescue(ctx: PlayContext): Draft {
  const h = ctx.health;
  const gaps: string[] = [];
  const buyers = firstOf(ctx.contacts.sponsors, ctx.contacts.economicBuyers, ctx.contacts.decisionMakers);
  const executives = firstOf(buyers, ctx.contacts.executives);
  if (buyers.length === 0) {
    gaps.push(
      `No executive sponsor, economic buyer or decision maker holds a role today${
        executives.length ? ': the executive steps go to the most senior people there' : ''
      }`,
    );
  }
  const contents: StepContent[] = [
    {
      key: 'RESCUE_EXECUTIVE_CALL',
      title: `Executive-to-executive call${executives.length ? ` with ${named(executives)}` : ''}`,
      detail: `Acknowledge the problems openly and agree a recovery plan: ${messages(h.redFlags) || 'health is RED'}`,
      people: executives,
    },
  ];
  if (weak(h, 'SUPPORT') || ctx.success.blockingTickets.length > 0) {
    contents.push({
      key: 'RESCUE_GET_WELL_PLAN',
      title: 'Get-well plan for the escalations, with support and product',
      detail:
        [
          messages(flagsOf(h, 'SUPPORT')),
          ctx.success.blockingTickets.map((t) => `${t.id} (${t.label})`).join(', '),
        ]
          .filter(Boolean)
          .join('; ') || 'Support scores below green',
      people: [],
    });
  }
  if (weak(h, 'USAGE')) {
    contents.push({
      key: 'RESCUE_USAGE_RECOVERY',
      title: 'Find out why usage fell, with the users still active',
      detail: `${messages(flagsOf(h, 'USAGE')) || 'Usage scores below green'}. Latest readings: ${ctx.success.readings.map((r) => r.label).join('; ') || 'none'}`,
      people: ctx.contacts.champions,
    });
  }
  if (weak(h, 'SPONSOR') || weak(h, 'ENGAGEMENT')) {
    const candidates = executives;
    contents.push({
      key: 'RESCUE_SPONSOR',
      title: `Re-establish an engaged executive sponsor${candidates.length ? `: ${named(candidates)}` : ''}`,
      detail:
        messages([...flagsOf(h, 'SPONSOR'), ...flagsOf(h, 'ENGAGEMENT')]) ||
        'Sponsor activity scores below green',
      people: candidates,
    });
  }
  if (weak(h, 'CONTRACT')) {
    contents.push({
      key: 'RESCUE_RENEWAL_RISK',
      title: 'Renewal risk plan',
      detail: messages(flagsOf(h, 'CONTRACT')) || 'Contract timeline scores below green',
      people: firstOf(ctx.contacts.economicBuyers, ctx.contacts.decisionMakers),
    });
  }
  contents.push({
    key: 'RESCUE_WEEKLY_CHECK',
    title: 'Weekly health check until the account is out of RED',
    detail: 'Stabilise first, then grow: no expansion play while the account is RED',
    people: [],
  });
  return {
    title: `Rescue play for ${ctx.accountName}`,
    why: `${ctx.accountName} is ${standing(h)}${h.redFlags.length ? `: ${messages(h.redFlags)}` : ''}`,
    goal: `Out of RED (health ${h.bands.yellowFrom}+) with the red flags addressed`,
    contents,
    gaps,
  };
}
