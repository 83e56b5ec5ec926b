import type { TicketSeverity } from '../../src/domain/vocabulary';
import type { Random } from './random';

export const TICKET_SUBJECTS: Record<TicketSeverity, readonly string[]> = {
  URGENT: [
    'Platform unavailable for all users',
    'Data sync stopped overnight',
    'SSO outage blocking logins',
    'Workflow runs failing in production',
  ],
  HIGH: [
    'Dashboard exports time out',
    'API rate-limit errors during batch jobs',
    'Automation triggers firing twice',
    'Slow page loads for EU users',
    'Permissions not applied after role change',
  ],
  MEDIUM: [
    'Report filters reset after refresh',
    'Webhook retries not documented',
    'Seat provisioning question',
    'Scheduled report arrives late',
    'Audit log missing entries',
  ],
  LOW: [
    'How do I add a custom field?',
    'Request: dark mode',
    'Question about invoice format',
    'Training materials for new admins',
    'Typo in notification email',
  ],
};

const COMMENTS = {
  promoter: [
    'The team relies on it every day.',
    'Great support and a clear roadmap.',
    'Saved us weeks on month-end.',
    'Our CSM really knows our business.',
  ],
  passive: [
    'Solid product, reporting could be better.',
    'Works well once set up; onboarding was slow.',
    'Good value, a few rough edges.',
  ],
  detractor: [
    'Too many outages this quarter.',
    'Support escalations take far too long.',
    'Adoption has stalled and nobody is helping us.',
    'Considering alternatives at renewal.',
  ],
} as const;

export function npsComment(score: number, rng: Random): string {
  if (score >= 9) return rng.pick(COMMENTS.promoter);
  return score >= 7 ? rng.pick(COMMENTS.passive) : rng.pick(COMMENTS.detractor);
}
