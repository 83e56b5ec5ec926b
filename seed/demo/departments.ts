import type { SeniorityLevel } from '../../src/domain/vocabulary';

export const DEPARTMENT_KEYS = [
  'engineering',
  'finance',
  'operations',
  'sales',
  'marketing',
  'it',
  'hr',
  'support',
] as const;
export type DepartmentKey = (typeof DEPARTMENT_KEYS)[number];

export type TitleLevel = Exclude<SeniorityLevel, 'C_LEVEL'>;
export type TitlesByLevel = Record<TitleLevel, readonly string[]>;

export interface DepartmentSpec {
  key: DepartmentKey;
  name: string;
  /** Heads the department in larger companies. */
  chief: string;
  /** Relative size in a typical company, before the industry's bias. */
  weight: number;
  titles: TitlesByLevel;
}

const spec = (key: DepartmentKey, name: string, chief: string, weight: number, titles: TitlesByLevel) => ({
  key,
  name,
  chief,
  weight,
  titles,
});

export const DEPARTMENTS: Record<DepartmentKey, DepartmentSpec> = {
  engineering: spec('engineering', 'Engineering', 'Chief Technology Officer', 1.2, {
    VP: ['VP of Engineering', 'VP of Platform Engineering'],
    DIRECTOR: [
      'Director of Engineering',
      'Director of Platform Engineering',
      'Director of Quality Engineering',
    ],
    MANAGER: ['Engineering Manager', 'QA Manager', 'DevOps Manager'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Engineer',
      'DevOps Engineer',
      'Data Engineer',
    ],
  }),
  finance: spec('finance', 'Finance', 'Chief Financial Officer', 0.8, {
    VP: ['VP of Finance', 'VP of Financial Planning'],
    DIRECTOR: ['Director of FP&A', 'Corporate Controller', 'Director of Procurement'],
    MANAGER: ['Accounting Manager', 'FP&A Manager', 'Procurement Manager', 'Payroll Manager'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Financial Analyst',
      'Senior Accountant',
      'Accounts Payable Specialist',
      'Procurement Specialist',
    ],
  }),
  operations: spec('operations', 'Operations', 'Chief Operating Officer', 1.3, {
    VP: ['VP of Operations', 'VP of Supply Chain'],
    DIRECTOR: ['Director of Operations', 'Director of Supply Chain', 'Director of Business Operations'],
    MANAGER: ['Operations Manager', 'Logistics Manager', 'Process Improvement Manager'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Operations Analyst',
      'Process Engineer',
      'Operations Coordinator',
      'Planning Specialist',
    ],
  }),
  sales: spec('sales', 'Sales', 'Chief Revenue Officer', 1.1, {
    VP: ['VP of Sales', 'VP of Sales Operations'],
    DIRECTOR: ['Director of Sales', 'Director of Sales Operations', 'Director of Channel Sales'],
    MANAGER: ['Regional Sales Manager', 'Sales Operations Manager', 'Sales Enablement Manager'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Account Executive',
      'Sales Development Representative',
      'Sales Operations Analyst',
    ],
  }),
  marketing: spec('marketing', 'Marketing', 'Chief Marketing Officer', 0.7, {
    VP: ['VP of Marketing', 'VP of Growth'],
    DIRECTOR: ['Director of Demand Generation', 'Director of Product Marketing', 'Director of Brand'],
    MANAGER: ['Marketing Operations Manager', 'Content Marketing Manager', 'Digital Marketing Manager'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Marketing Analyst',
      'Marketing Specialist',
      'Content Strategist',
      'Campaign Specialist',
    ],
  }),
  it: spec('it', 'IT', 'Chief Information Officer', 0.8, {
    VP: ['VP of IT', 'VP of Infrastructure'],
    DIRECTOR: ['Director of IT', 'Director of Information Security', 'Director of Enterprise Applications'],
    MANAGER: ['IT Operations Manager', 'Security Operations Manager', 'Enterprise Applications Manager'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Systems Administrator',
      'Security Analyst',
      'IT Support Specialist',
      'Business Systems Analyst',
      'Network Engineer',
    ],
  }),
  hr: spec('hr', 'Human Resources', 'Chief People Officer', 0.5, {
    VP: ['VP of People', 'VP of Human Resources'],
    DIRECTOR: ['Director of Talent Acquisition', 'Director of HR', 'Director of Total Rewards'],
    MANAGER: ['HR Business Partner', 'Recruiting Manager', 'Learning & Development Manager'],
    INDIVIDUAL_CONTRIBUTOR: ['Recruiter', 'HR Generalist', 'People Operations Specialist'],
  }),
  support: spec('support', 'Customer Support', 'Chief Customer Officer', 0.8, {
    VP: ['VP of Customer Support', 'VP of Customer Experience'],
    DIRECTOR: ['Director of Customer Support', 'Director of Support Operations'],
    MANAGER: ['Customer Support Manager', 'Support Operations Manager', 'Support Team Lead'],
    INDIVIDUAL_CONTRIBUTOR: [
      'Support Specialist',
      'Technical Support Engineer',
      'Customer Success Associate',
    ],
  }),
};

/** Titles inside an industry-specific business unit such as "Wealth Management". */
export function businessUnitTitles(unitName: string): TitlesByLevel {
  return {
    VP: [`General Manager, ${unitName}`],
    DIRECTOR: [`Director of ${unitName}`, `Director of ${unitName} Strategy`],
    MANAGER: [`${unitName} Program Manager`, `${unitName} Operations Manager`],
    INDIVIDUAL_CONTRIBUTOR: [`${unitName} Analyst`, `${unitName} Specialist`, `${unitName} Coordinator`],
  };
}
