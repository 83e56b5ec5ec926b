import type { InteractionType } from '../../src/domain/vocabulary';
import { quarterOf, yearOf, type Day } from './dates';
import type { Random } from './random';

const SUBJECTS: Record<Exclude<InteractionType, 'QBR'>, readonly string[]> = {
  EMAIL: [
    'Follow-up from our call',
    'Renewal timeline and paperwork',
    '{product} rollout plan',
    'Seat true-up question',
    'Training session recap',
    'New in {product} this month',
    'SSO configuration question',
    'Invoice question',
    'Re: support ticket update',
    'Admin best practices for {product}',
    'Monthly usage report',
    'Quick check-in',
    'Intro: a colleague who should see {product}',
  ],
  CALL: [
    'Weekly check-in',
    'Renewal planning call',
    'Escalation review',
    'Adoption review',
    'Roadmap preview',
    'Admin onboarding call',
    'Pricing discussion',
    '{product} configuration help',
  ],
  MEETING: [
    'Onboarding workshop',
    '{product} deep dive',
    'Executive alignment',
    'Success plan review',
    'Integration design session',
    'Roadmap briefing',
    'Workflow design workshop',
  ],
  EVENT: [
    'Customer Summit {year}',
    'Regional user group',
    'Executive roundtable dinner',
    'Webinar: what is new in {product}',
  ],
};

export function subjectFor(
  type: InteractionType,
  day: Day,
  productNames: readonly string[],
  rng: Random,
): string {
  if (type === 'QBR') return `Q${quarterOf(day)} ${yearOf(day)} business review`;
  return rng
    .pick(SUBJECTS[type])
    .replace('{product}', productNames.length > 0 ? rng.pick(productNames) : 'the platform')
    .replace('{year}', String(yearOf(day)));
}
