import type { WhitespaceConfig } from '../config/analytics/whitespace';
import type {
  NotEligibleReason,
  PeerBasis,
  WhitespaceCellStatus,
  WhitespaceRowKind,
} from '../domain/vocabulary';
import { round } from './score-parts';
import {
  peerProductEvidence,
  selectPeers,
  type PeerGroup,
  type PeerPool,
  type PeerProductEvidence,
  type PeerRef,
  peerRef,
  type WhitespaceAccountFacts,
} from './whitespace-peers';
import {
  crossSellScores,
  type AccountBehaviour,
  type BehaviouralPeerRow,
  type CrossSellScore,
} from './whitespace-cross-sell';
import { sizeCell, type CellSizing, type WhitespaceProduct } from './whitespace-sizing';

/**
 * The whitespace matrix of one account.
 *
 * Rows: the account as a whole (ACCOUNT_WIDE) and either its subsidiaries (when it has any) or
 * its business units. Columns: every product in the catalog. Each cell takes the first status
 * that applies:
 *   OWNED        an active subscription for the row (a unit row is also owned by an account-wide one),
 *                or a won purchase of it by the row's account (purchases are not per unit);
 *   IN_PIPELINE  an open opportunity for the product on the row's account (opportunities are not per unit);
 *   NOT_ELIGIBLE the product's prerequisite family is not owned, or the unit is smaller than configured;
 *   COMPETITOR   a competitor that is an alternative to the product is present in the row (or account-wide);
 *   OPEN         none of the above.
 * Competitors present are named on every cell they touch, whatever its status.
 *
 * OPEN and COMPETITOR cells are sized (see `sizeCell`) and ranked by their cross-sell score (see
 * `crossSellScores`: behavioural peers, co-ownership, firmographic peers), then by value. The account's whitespace is the sum over its
 * ACCOUNT_WIDE row (which covers the whole company, so unit cells are where it would land, not
 * extra money) plus, for a group, its subsidiaries' rows.
 */
export interface WhitespaceCompetitor {
  competitorId: string;
  name: string;
  since: string | null;
  /** The unit it is used in; null when used across the account. */
  businessUnitId: string | null;
}

export interface WhitespaceCell {
  product: WhitespaceProduct;
  status: WhitespaceCellStatus;
  notEligibleReason: NotEligibleReason | null;
  /** Why the status, in words. */
  reason: string;
  competitors: WhitespaceCompetitor[];
  subscriptionIds: string[];
  /** Won purchases that make it OWNED. */
  purchaseIds: string[];
  opportunityIds: string[];
  /** OPEN and COMPETITOR cells only. */
  sizing: CellSizing | null;
  /** Share of peers owning the product (the ranking key); null without peers. */
  peerAdoptionRate: number | null;
  /** 1 = the best open cell of the matrix; null for cells that are not open. */
  rank: number | null;
}

export interface WhitespaceRow {
  kind: WhitespaceRowKind;
  /** The unit's id, or the account's (ACCOUNT_WIDE) or subsidiary's id. */
  id: string;
  name: string;
  /** Unit headcount or account employees. */
  size: number | null;
  cells: WhitespaceCell[];
}

export interface RankedCell {
  rank: number;
  rowKind: WhitespaceRowKind;
  rowId: string;
  rowName: string;
  product: WhitespaceProduct;
  status: WhitespaceCellStatus;
  value: number | null;
  peerAdoptionRate: number | null;
  peersWhoBought: PeerRef[];
  /** The ranking key with its parts and evidence: supporting peers, co-owned products. */
  crossSell?: CrossSellScore | null;
  /** The cell's own why, size and competitors, so a ranked cell stands on its own. */
  reason: string;
  sizing: CellSizing | null;
  competitors: WhitespaceCompetitor[];
}

export interface WhitespaceTotals {
  /** ACCOUNT_WIDE row: OPEN + COMPETITOR cells. */
  accountValue: number;
  /** Subsidiary rows (0 when the rows are business units). */
  subsidiariesValue: number;
  openValue: number;
  competitorValue: number;
  whitespaceValue: number;
  /** OPEN or COMPETITOR cells on the counted rows that could not be sized. */
  unsizedCells: number;
}

export interface WhitespaceMatrix {
  accountId: string;
  rowBasis: 'BUSINESS_UNITS' | 'SUBSIDIARIES';
  products: WhitespaceProduct[];
  rows: WhitespaceRow[];
  peers: { basis: PeerBasis; criteria: string; accounts: PeerRef[]; widenedFrom: PeerGroup['widenedFrom'] };
  /** The nearest accounts by owned products (empty when not read, e.g. the portfolio ranking). */
  behaviouralPeers: BehaviouralPeerRow[];
  /** Per product: which peers own it, what they pay. */
  productPeers: (PeerProductEvidence & { product: WhitespaceProduct })[];
  ranked: RankedCell[];
  totals: WhitespaceTotals;
  dataGaps: string[];
}

export interface WhitespaceInput {
  account: WhitespaceAccountFacts;
  subsidiaries: readonly WhitespaceAccountFacts[];
  /** Every account sharing the industry or segment (the account itself may be among them). */
  candidates: readonly WhitespaceAccountFacts[];
  /** The whole portfolio, for the loosest peer definition; default: candidates. */
  everyone?: readonly WhitespaceAccountFacts[];
  products: readonly WhitespaceProduct[];
  /** Behavioural peers and co-ownership of the account; null: firmographic peers alone rank. */
  behaviour?: AccountBehaviour | null;
  /** The peer pools sorted by size (the portfolio builds them once); default: from candidates. */
  pool?: PeerPool;
}

interface RowScope {
  kind: WhitespaceRowKind;
  id: string;
  name: string;
  size: number | null;
  /** The account (root or subsidiary) the row belongs to. */
  entity: WhitespaceAccountFacts;
  /** Set for unit rows. */
  unitId: string | null;
  /** Whether this row's money counts in the account's totals. */
  counted: boolean;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function rowsOf(input: WhitespaceInput): RowScope[] {
  const { account, subsidiaries } = input;
  const accountRow: RowScope = {
    kind: 'ACCOUNT_WIDE',
    id: account.id,
    name: account.name,
    size: account.employeeCount,
    entity: account,
    unitId: null,
    counted: true,
  };
  if (subsidiaries.length > 0) {
    return [
      accountRow,
      ...[...subsidiaries].sort(byName).map((s) => ({
        kind: 'SUBSIDIARY' as const,
        id: s.id,
        name: s.name,
        size: s.employeeCount,
        entity: s,
        unitId: null,
        counted: true,
      })),
    ];
  }
  return [
    accountRow,
    ...[...account.units].sort(byName).map((u) => ({
      kind: 'BUSINESS_UNIT' as const,
      id: u.id,
      name: u.name,
      size: u.headcount,
      entity: account,
      unitId: u.id,
      counted: false,
    })),
  ];
}

function ownedFamilies(entity: WhitespaceAccountFacts, products: readonly WhitespaceProduct[]): Set<string> {
  const families = new Set<string>();
  for (const s of [...entity.subscriptions, ...entity.purchases]) {
    const family = products.find((p) => p.id === s.productId)?.family;
    if (family) families.add(family);
  }
  return families;
}

function cellFor(
  row: RowScope,
  product: WhitespaceProduct,
  products: readonly WhitespaceProduct[],
  evidence: PeerProductEvidence,
  config: WhitespaceConfig,
): WhitespaceCell {
  const { entity, unitId } = row;
  const ofProduct = entity.subscriptions.filter((s) => s.productId === product.id);
  // A unit row is owned by its own subscription or an account-wide one; the account-wide row only
  // by an account-wide one (units owning it leave the rest of the company open).
  const owning = ofProduct.filter((s) =>
    row.kind === 'BUSINESS_UNIT'
      ? s.businessUnitId === unitId || s.businessUnitId === null
      : row.kind === 'SUBSIDIARY' || s.businessUnitId === null,
  );
  // A won purchase belongs to the account, not a unit: it owns every row of that account.
  const purchases = entity.purchases.filter((p) => p.productId === product.id);
  const opportunities = entity.openOpportunities.filter((o) => o.productId === product.id);
  // A unit row sees competitors used account-wide or in that unit; the other rows see all of theirs,
  // but only an account-wide presence makes the ACCOUNT_WIDE cell a COMPETITOR cell.
  const competitors: WhitespaceCompetitor[] = entity.competitors
    .filter((c) => c.productIds.includes(product.id))
    .filter((c) => row.kind !== 'BUSINESS_UNIT' || c.businessUnitId === null || c.businessUnitId === unitId)
    .map((c) => ({
      competitorId: c.competitorId,
      name: c.name,
      since: c.since,
      businessUnitId: c.businessUnitId,
    }));
  const heldByCompetitor = competitors.filter(
    (c) => row.kind !== 'ACCOUNT_WIDE' || c.businessUnitId === null,
  );
  const prerequisite = config.eligibility.prerequisites.find((p) => p.family === product.family);
  const missingPrerequisite =
    prerequisite !== undefined && !ownedFamilies(entity, products).has(prerequisite.requiresFamily);
  const tooSmall =
    row.kind === 'BUSINESS_UNIT' && row.size !== null && row.size < config.eligibility.minUnitHeadcount;

  const cell = (
    status: WhitespaceCellStatus,
    reason: string,
    notEligibleReason: NotEligibleReason | null = null,
  ) => ({
    product,
    status,
    notEligibleReason,
    reason,
    competitors,
    subscriptionIds: owning.map((s) => s.id),
    purchaseIds: purchases.map((p) => p.id),
    opportunityIds: opportunities.map((o) => o.id),
    sizing: null,
    peerAdoptionRate: evidence.adoptionRate,
    rank: null,
  });
  if (owning.length > 0) return cell('OWNED', `Active subscription ${owning.map((s) => s.id).join(', ')}`);
  if (purchases.length > 0) {
    const last = purchases.reduce((a, b) => ((b.closeDate ?? '') > (a.closeDate ?? '') ? b : a));
    const more = purchases.length > 1 ? ` (and ${purchases.length - 1} more won purchase(s))` : '';
    return cell('OWNED', `Bought: won ${last.name}${last.closeDate ? ` on ${last.closeDate}` : ''}${more}`);
  }
  if (opportunities.length > 0) {
    return cell('IN_PIPELINE', `Open opportunity ${opportunities.map((o) => o.name).join(', ')}`);
  }
  if (missingPrerequisite) {
    return cell(
      'NOT_ELIGIBLE',
      `${product.family} products need a ${prerequisite.requiresFamily} product, which ${entity.name} does not own`,
      'PREREQUISITE_MISSING',
    );
  }
  if (tooSmall) {
    return cell(
      'NOT_ELIGIBLE',
      `${row.name} has ${row.size} people, fewer than ${config.eligibility.minUnitHeadcount}`,
      'UNIT_TOO_SMALL',
    );
  }
  const covered =
    row.kind === 'ACCOUNT_WIDE'
      ? ofProduct.filter((s) => s.businessUnitId !== null).reduce((n, s) => n + s.seats, 0)
      : 0;
  const sizing = sizeCell(
    {
      kind: row.kind === 'BUSINESS_UNIT' ? 'UNIT' : 'ACCOUNT',
      population: row.size,
      segment: entity.segment,
      seatsAlreadyCovered: covered,
    },
    product,
    evidence,
    config,
  );
  const status: WhitespaceCellStatus = heldByCompetitor.length > 0 ? 'COMPETITOR' : 'OPEN';
  const inUnits = competitors.filter((c) => !heldByCompetitor.includes(c));
  const reason =
    status === 'COMPETITOR'
      ? `${heldByCompetitor.map((c) => c.name).join(', ')} in use instead`
      : inUnits.length > 0
        ? `Not owned account-wide; ${inUnits.map((c) => c.name).join(', ')} in use in a unit`
        : 'Not owned, not in pipeline, no competitor';
  return { ...cell(status, reason), sizing };
}

function rankCells(
  rows: WhitespaceRow[],
  productPeers: Map<string, PeerProductEvidence>,
  crossSell: Map<string, CrossSellScore>,
): RankedCell[] {
  const open = rows.flatMap((row) =>
    row.cells.filter((c) => c.status === 'OPEN' || c.status === 'COMPETITOR').map((cell) => ({ row, cell })),
  );
  const scoreOf = (cell: WhitespaceCell) => crossSell.get(cell.product.id)?.score ?? -1;
  open.sort(
    (a, b) =>
      scoreOf(b.cell) - scoreOf(a.cell) ||
      (b.cell.peerAdoptionRate ?? -1) - (a.cell.peerAdoptionRate ?? -1) ||
      (b.cell.sizing?.value ?? -1) - (a.cell.sizing?.value ?? -1) ||
      a.cell.product.id.localeCompare(b.cell.product.id),
  );
  return open.map(({ row, cell }, i) => {
    cell.rank = i + 1;
    return {
      rank: i + 1,
      rowKind: row.kind,
      rowId: row.id,
      rowName: row.name,
      product: cell.product,
      status: cell.status,
      value: cell.sizing?.value ?? null,
      peerAdoptionRate: cell.peerAdoptionRate,
      peersWhoBought: productPeers.get(cell.product.id)?.owners ?? [],
      crossSell: crossSell.get(cell.product.id) ?? null,
      reason: cell.reason,
      sizing: cell.sizing,
      competitors: cell.competitors,
    };
  });
}

function totalsOf(rows: WhitespaceRow[], scopes: RowScope[]): WhitespaceTotals {
  const totals: WhitespaceTotals = {
    accountValue: 0,
    subsidiariesValue: 0,
    openValue: 0,
    competitorValue: 0,
    whitespaceValue: 0,
    unsizedCells: 0,
  };
  rows.forEach((row, i) => {
    if (!scopes[i]?.counted) return;
    for (const cell of row.cells) {
      if (cell.status !== 'OPEN' && cell.status !== 'COMPETITOR') continue;
      const value = cell.sizing?.value ?? null;
      if (value === null) {
        totals.unsizedCells += 1;
        continue;
      }
      if (row.kind === 'ACCOUNT_WIDE') totals.accountValue += value;
      else totals.subsidiariesValue += value;
      if (cell.status === 'OPEN') totals.openValue += value;
      else totals.competitorValue += value;
    }
  });
  totals.whitespaceValue = totals.accountValue + totals.subsidiariesValue;
  return {
    ...totals,
    accountValue: round(totals.accountValue, 2),
    subsidiariesValue: round(totals.subsidiariesValue, 2),
    openValue: round(totals.openValue, 2),
    competitorValue: round(totals.competitorValue, 2),
    whitespaceValue: round(totals.whitespaceValue, 2),
  };
}

function gapsOf(
  input: WhitespaceInput,
  group: PeerGroup,
  rows: RowScope[],
  config: WhitespaceConfig,
): string[] {
  const gaps: string[] = [];
  if (group.peers.length < config.peers.minPeers) {
    gaps.push(
      `Only ${group.peers.length} peer account(s) in the whole portfolio (${config.peers.minPeers} wanted): peer adoption rates rest on few accounts`,
    );
  }
  if (input.account.employeeCount === null) gaps.push(`${input.account.name}: employee count unknown`);
  for (const row of rows) {
    if (row.kind === 'BUSINESS_UNIT' && row.size === null) gaps.push(`Unit ${row.name}: headcount unknown`);
    if (row.kind === 'SUBSIDIARY' && row.size === null)
      gaps.push(`Subsidiary ${row.name}: employee count unknown`);
  }
  if (rows.length === 1) gaps.push(`${input.account.name} has no business units or subsidiaries on record`);
  return gaps;
}

export function whitespaceMatrix(input: WhitespaceInput, config: WhitespaceConfig): WhitespaceMatrix {
  const group = selectPeers(input.account, input.candidates, config.peers, input.everyone, input.pool);
  const products = [...input.products].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const productPeers = new Map(products.map((p) => [p.id, peerProductEvidence(group, p.id)]));
  const scopes = rowsOf(input);
  const rows: WhitespaceRow[] = scopes.map((scope) => ({
    kind: scope.kind,
    id: scope.id,
    name: scope.name,
    size: scope.size,
    cells: products.map((p) => cellFor(scope, p, input.products, productPeers.get(p.id)!, config)),
  }));
  const crossSell = crossSellScores(
    {
      products,
      behaviour: input.behaviour ?? null,
      firmographicAdoption: new Map(products.map((p) => [p.id, productPeers.get(p.id)!.adoptionRate])),
    },
    config.crossSell,
  );
  const ranked = rankCells(rows, productPeers, crossSell);
  return {
    accountId: input.account.id,
    rowBasis: input.subsidiaries.length > 0 ? 'SUBSIDIARIES' : 'BUSINESS_UNITS',
    products,
    rows,
    peers: {
      basis: group.basis,
      criteria: group.criteria,
      accounts: group.peers.map(peerRef),
      widenedFrom: group.widenedFrom,
    },
    behaviouralPeers: (input.behaviour?.peers ?? []).map((p) => ({ ...p, similarity: round(p.similarity) })),
    productPeers: products.map((product) => ({ ...productPeers.get(product.id)!, product })),
    ranked,
    totals: totalsOf(rows, scopes),
    dataGaps: gapsOf(input, group, scopes, config),
  };
}
