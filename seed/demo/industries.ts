import type { DepartmentKey } from './departments';

export const INDUSTRIES = [
  'Financial Services',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Software',
  'Logistics',
  'Education',
  'Energy',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export interface IndustryProfile {
  /** Annual revenue per employee, for plausible annualRevenue figures. */
  revenuePerEmployee: number;
  nameSuffixes: readonly string[];
  /** Divisions an enterprise in this industry typically reports as business units. */
  businessUnits: readonly string[];
  /** Where our platform usually lands first, and so where the champion sits. */
  primaryDepartments: ReadonlyArray<readonly [DepartmentKey, number]>;
  /** Multiplies a department's usual size. */
  departmentBias: Partial<Record<DepartmentKey, number>>;
}

export const INDUSTRY_PROFILES: Record<Industry, IndustryProfile> = {
  'Financial Services': {
    revenuePerEmployee: 420_000,
    nameSuffixes: ['Bank', 'Capital', 'Financial', 'Mutual'],
    businessUnits: ['Commercial Banking', 'Wealth Management', 'Consumer Lending'],
    primaryDepartments: [
      ['operations', 3],
      ['finance', 2],
      ['it', 1],
    ],
    departmentBias: { it: 1.6, finance: 1.5, engineering: 0.8 },
  },
  Healthcare: {
    revenuePerEmployee: 160_000,
    nameSuffixes: ['Health', 'Medical Group', 'Health Partners', 'Care'],
    businessUnits: ['Hospital Operations', 'Clinical Research', 'Ambulatory Care'],
    primaryDepartments: [
      ['operations', 3],
      ['it', 2],
      ['support', 1],
    ],
    departmentBias: { operations: 2, engineering: 0.4, sales: 0.5 },
  },
  Manufacturing: {
    revenuePerEmployee: 310_000,
    nameSuffixes: ['Industries', 'Manufacturing', 'Components', 'Precision Works'],
    businessUnits: ['Industrial Products', 'Aftermarket Services', 'Automotive Components'],
    primaryDepartments: [
      ['operations', 4],
      ['engineering', 1],
      ['finance', 1],
    ],
    departmentBias: { operations: 2.2, engineering: 1.2, marketing: 0.5 },
  },
  Retail: {
    revenuePerEmployee: 190_000,
    nameSuffixes: ['Retail Group', 'Outfitters', 'Markets', 'Home'],
    businessUnits: ['E-commerce', 'Stores', 'Private Label'],
    primaryDepartments: [
      ['support', 2],
      ['operations', 2],
      ['marketing', 1],
    ],
    departmentBias: { support: 1.6, operations: 1.8, marketing: 1.3, engineering: 0.6 },
  },
  Software: {
    revenuePerEmployee: 260_000,
    nameSuffixes: ['Software', 'Labs', 'Systems', 'Technologies'],
    businessUnits: ['Cloud Platform', 'Professional Services', 'Developer Tools'],
    primaryDepartments: [
      ['engineering', 3],
      ['support', 1],
      ['sales', 1],
    ],
    departmentBias: { engineering: 2.5, support: 1.3, operations: 0.5 },
  },
  Logistics: {
    revenuePerEmployee: 230_000,
    nameSuffixes: ['Logistics', 'Freight', 'Shipping', 'Transport'],
    businessUnits: ['Freight Forwarding', 'Warehousing', 'Last-Mile Delivery'],
    primaryDepartments: [
      ['operations', 4],
      ['it', 1],
    ],
    departmentBias: { operations: 2.5, engineering: 0.6, marketing: 0.5 },
  },
  Education: {
    revenuePerEmployee: 95_000,
    nameSuffixes: ['University', 'College', 'Learning', 'Academy'],
    businessUnits: ['Online Learning', 'Research Administration', 'Student Services'],
    primaryDepartments: [
      ['it', 3],
      ['operations', 1],
    ],
    departmentBias: { it: 1.4, sales: 0.3, engineering: 0.4 },
  },
  Energy: {
    revenuePerEmployee: 620_000,
    nameSuffixes: ['Energy', 'Power', 'Utilities', 'Renewables'],
    businessUnits: ['Renewables', 'Grid Operations', 'Retail Energy'],
    primaryDepartments: [
      ['operations', 3],
      ['engineering', 1],
      ['it', 1],
    ],
    departmentBias: { operations: 2, engineering: 1.3, marketing: 0.4 },
  },
};
