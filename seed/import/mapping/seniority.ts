import type { SeniorityLevel } from '../../../src/domain/vocabulary';

/**
 * Seniority from a job title, for exports that only have the title (Salesforce, HubSpot,
 * Northwind). Checked in order, so "Vice President" is a VP before "President" is C-level and
 * "Assistant to the CEO" stays an individual contributor.
 */
const RULES: ReadonlyArray<readonly [RegExp, SeniorityLevel]> = [
  [/\b(assistant|coordinator|intern|trainee)\b/i, 'INDIVIDUAL_CONTRIBUTOR'],
  [/\b(vice[- ]president|svp|evp|vp)\b/i, 'VP'],
  [
    /\b(chief|ceo|cfo|cto|coo|cio|ciso|cmo|cro|president|owner|founder|co-founder|managing director)\b/i,
    'C_LEVEL',
  ],
  [/\b(director|head of|head)\b/i, 'DIRECTOR'],
  [/\b(manager|lead|supervisor|principal)\b/i, 'MANAGER'],
];

/** `null` for no title: an unknown level is not an individual contributor. */
export function seniorityFromTitle(title: string | null): SeniorityLevel | null {
  if (title === null || title.trim() === '') return null;
  for (const [pattern, level] of RULES) if (pattern.test(title)) return level;
  return 'INDIVIDUAL_CONTRIBUTOR';
}
