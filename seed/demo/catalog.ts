import type { CompetitorRecord, ProductRecord, TeamMemberRecord } from '../../src/domain/graph-records';
import { ids } from './ids';

const teamMemberId = ids.teamMember;

/**
 * What we sell, who we compete with and who we are: shared by every account, so generated once
 * per portfolio. Fixed rather than seeded, so documentation and tests can name them.
 */
export interface Catalog {
  products: ProductRecord[];
  competitors: CompetitorRecord[];
  teamMembers: TeamMemberRecord[];
}

export const PRODUCT = {
  platform: 'prod-platform',
  analytics: 'prod-analytics',
  automation: 'prod-automation',
  security: 'prod-security',
  integrations: 'prod-integrations',
  premiumSupport: 'prod-premium-support',
} as const;

export const CORE_PRODUCT_ID = PRODUCT.platform;

const PRODUCTS: ProductRecord[] = [
  { id: PRODUCT.platform, name: 'Core Platform', family: 'Platform', listPricePerSeat: 540 },
  { id: PRODUCT.analytics, name: 'Insights Analytics', family: 'Analytics', listPricePerSeat: 240 },
  { id: PRODUCT.automation, name: 'Workflow Automation', family: 'Automation', listPricePerSeat: 300 },
  { id: PRODUCT.security, name: 'Security & Compliance', family: 'Security', listPricePerSeat: 180 },
  { id: PRODUCT.integrations, name: 'API & Integrations', family: 'Platform', listPricePerSeat: 120 },
  { id: PRODUCT.premiumSupport, name: 'Premium Support', family: 'Services', listPricePerSeat: 90 },
];

/** Features a customer can switch on per product; adoption is measured against these. */
export const FEATURES_AVAILABLE: Record<string, number> = {
  [PRODUCT.platform]: 48,
  [PRODUCT.analytics]: 24,
  [PRODUCT.automation]: 30,
  [PRODUCT.security]: 18,
  [PRODUCT.integrations]: 12,
  [PRODUCT.premiumSupport]: 6,
};

export const COMPETITOR = {
  lumina: 'comp-lumina-bi',
  flowgrid: 'comp-flowgrid',
  bastion: 'comp-bastion-security',
  corvex: 'comp-corvex-suite',
} as const;

const COMPETITORS: CompetitorRecord[] = [
  { id: COMPETITOR.lumina, name: 'Lumina BI', alternativeToProductIds: [PRODUCT.analytics] },
  {
    id: COMPETITOR.flowgrid,
    name: 'Flowgrid',
    alternativeToProductIds: [PRODUCT.automation, PRODUCT.integrations],
  },
  { id: COMPETITOR.bastion, name: 'Bastion Security', alternativeToProductIds: [PRODUCT.security] },
  {
    id: COMPETITOR.corvex,
    name: 'Corvex Suite',
    alternativeToProductIds: [PRODUCT.platform, PRODUCT.analytics],
  },
];

const member = (n: number, name: string, title: string, managerN: number | null): TeamMemberRecord => ({
  id: teamMemberId(n),
  name,
  email: `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(' ', '.')}@ourcompany.example`,
  title,
  managerId: managerN === null ? null : teamMemberId(managerN),
});

export const TEAM = {
  cro: teamMemberId(1),
  vpSuccess: teamMemberId(2),
  enterpriseAes: [teamMemberId(3), teamMemberId(4)],
  midMarketAe: teamMemberId(5),
  commercialAe: teamMemberId(6),
  csms: [teamMemberId(7), teamMemberId(8), teamMemberId(9)],
  ses: [teamMemberId(10), teamMemberId(11)],
} as const;

const TEAM_MEMBERS: TeamMemberRecord[] = [
  member(1, 'Avery Collins', 'Chief Revenue Officer', null),
  member(2, 'Priya Raman', 'VP of Customer Success', 1),
  member(3, 'Marcus Bell', 'Enterprise Account Executive', 1),
  member(4, 'Elena Kovacs', 'Enterprise Account Executive', 1),
  member(5, 'Jordan Reyes', 'Account Executive, Mid-Market', 1),
  member(6, 'Sam Whitaker', 'Account Executive, Commercial', 1),
  member(7, 'Hannah Okafor', 'Senior Customer Success Manager', 2),
  member(8, 'Diego Martins', 'Customer Success Manager', 2),
  member(9, 'Mei Lin', 'Customer Success Manager', 2),
  member(10, 'Tomasz Nowak', 'Principal Solutions Engineer', 1),
  member(11, 'Grace Adeyemi', 'Solutions Engineer', 10),
];

/** Fresh copies, so a caller mutating its portfolio cannot change the next one. */
export function buildCatalog(): Catalog {
  return {
    products: PRODUCTS.map((product) => ({ ...product })),
    competitors: COMPETITORS.map((competitor) => ({
      ...competitor,
      alternativeToProductIds: [...competitor.alternativeToProductIds],
    })),
    teamMembers: TEAM_MEMBERS.map((teamMember) => ({ ...teamMember })),
  };
}

export function productById(catalog: Catalog, productId: string): ProductRecord {
  const product = catalog.products.find((candidate) => candidate.id === productId);
  if (!product) throw new Error(`Unknown product ${productId}`);
  return product;
}
