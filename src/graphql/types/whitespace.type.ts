import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  NotEligibleReason,
  PeerBasis,
  Segment,
  WhitespaceCellStatus,
  WhitespaceRowKind,
  WhitespaceSizingMethod,
} from '../../domain/vocabulary';
import {
  NotEligibleReasonEnum,
  PeerBasisEnum,
  PriceBasisEnum,
  SeatBasisEnum,
  SegmentEnum,
  WhitespaceCellStatusEnum,
  WhitespaceRowBasisEnum,
  WhitespaceRowKindEnum,
  WhitespaceSizingMethodEnum,
} from '../enums';
import { LocalDate } from '../scalars';
import { connectionOf } from './connection.type';
import { ProductType } from './product.type';
import { useLink } from './copied-fields.type';

@ObjectType('PeerAccount', { description: 'A similar account cited as evidence.' })
export class PeerAccountType {
  @Field(() => ID)
  id!: string;

  @Field({ deprecationReason: useLink('account', 'name') })
  name!: string;

  @Field(() => String, { nullable: true, deprecationReason: useLink('account', 'industry') })
  industry!: string | null;

  @Field(() => SegmentEnum, { nullable: true, deprecationReason: useLink('account', 'segment') })
  segment!: Segment | null;

  @Field(() => Int, { nullable: true, deprecationReason: useLink('account', 'employeeCount') })
  employeeCount!: number | null;
}

@ObjectType('BehaviouralPeer', {
  description: 'A nearest account by owned products (cosine similarity over what each owns).',
})
export class BehaviouralPeerType extends PeerAccountType {
  @Field(() => Float, { description: 'shared products / √(products owned by each), 0…1.' })
  similarity!: number;

  @Field(() => [ID], { description: 'Products both own.' })
  sharedProductIds!: string[];

  @Field(() => [ID], { description: 'Everything it owns (active subscription or won purchase).' })
  ownedProductIds!: string[];
}

@ObjectType('CrossSellPart', { description: 'One part of a cross-sell score: value 0…1 × weight.' })
export class CrossSellPartType {
  @Field(() => Float)
  value!: number;

  @Field(() => Float, { description: 'Configuration: whitespace.crossSell.weights.' })
  weight!: number;

  @Field(() => Float)
  contribution!: number;
}

@ObjectType('SupportingPeer', { description: 'A behavioural peer that owns the recommended product.' })
export class SupportingPeerType {
  @Field(() => PeerAccountType)
  peer!: PeerAccountType;

  @Field(() => Float)
  similarity!: number;

  @Field(() => [ProductType], { description: 'The products it shares with the account.' })
  sharedProducts!: ProductType[];
}

@ObjectType('CoOwnedProduct', {
  description: 'A product the account owns whose owners also own the recommended one.',
})
export class CoOwnedProductType {
  @Field(() => ProductType)
  product!: ProductType;

  @Field(() => Int, { description: 'Other accounts owning both.' })
  accountsWithBoth!: number;

  @Field(() => Int, { description: 'Other accounts owning this product.' })
  owners!: number;

  @Field(() => Float, { description: 'accountsWithBoth / owners.' })
  confidence!: number;
}

@ObjectType('CrossSell', {
  description:
    'Why a product is recommended: behavioural peers, co-ownership and firmographic peers, blended by configured weights.',
})
export class CrossSellType {
  @Field(() => Float, { description: 'Σ contribution: the ranking key.' })
  score!: number;

  @Field(() => CrossSellPartType, {
    description: 'Similarity-weighted share of the nearest accounts by owned products that own it.',
  })
  behaviouralPeers!: CrossSellPartType;

  @Field(() => CrossSellPartType, {
    description: '"Owners of X also own Y" over the products owned, scaled to the best candidate.',
  })
  coOwnership!: CrossSellPartType;

  @Field(() => CrossSellPartType, { description: 'Share of the firmographic peer group owning it.' })
  firmographicPeers!: CrossSellPartType;

  @Field(() => [SupportingPeerType], { description: 'Behavioural peers owning it, most similar first.' })
  supportingPeers!: SupportingPeerType[];

  @Field(() => Int, { description: 'Behavioural peers owning it beyond those listed.' })
  moreSupportingPeers!: number;

  @Field(() => [CoOwnedProductType], { description: 'Owned products whose owners also own it.' })
  coOwnedProducts!: CoOwnedProductType[];
}

@ObjectType('WhitespaceCompetitor', { description: 'A competitor present where we could sell.' })
export class WhitespaceCompetitorType {
  @Field(() => ID)
  competitorId!: string;

  @Field()
  name!: string;

  @Field(() => LocalDate, { nullable: true })
  since!: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit it is used in; null when used account-wide.' })
  businessUnitId!: string | null;
}

@ObjectType('WhitespaceSizing', { description: 'How an open cell was sized in money, with every input.' })
export class WhitespaceSizingType {
  @Field(() => WhitespaceSizingMethodEnum, {
    nullable: true,
    description: 'Null when it could not be sized.',
  })
  method!: WhitespaceSizingMethod | null;

  @Field(() => Int, { nullable: true, description: 'Seats not yet covered.' })
  seats!: number | null;

  @Field(() => SeatBasisEnum, { nullable: true })
  seatBasis!: 'UNIT_HEADCOUNT' | 'ACCOUNT_EMPLOYEES' | null;

  @Field(() => Int, { nullable: true, description: "The unit's headcount or the account's employees." })
  population!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of the population expected to use it (configuration).',
  })
  adoptionRatio!: number | null;

  @Field(() => Int, {
    description: 'Seats the row already has through unit subscriptions (account-wide rows).',
  })
  seatsAlreadyCovered!: number;

  @Field(() => Float, { nullable: true })
  pricePerSeat!: number | null;

  @Field(() => PriceBasisEnum, { nullable: true })
  priceBasis!: 'PEER_AVERAGE' | 'LIST_PRICE' | null;

  @Field(() => Float, { nullable: true, description: 'Annual value; null when it could not be sized.' })
  value!: number | null;

  @Field(() => [ID], { description: 'Peer subscriptions behind a peer price or peer spend.' })
  evidenceSubscriptionIds!: string[];

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('WhitespaceCell')
export class WhitespaceCellType {
  @Field(() => ProductType)
  product!: ProductType;

  @Field(() => WhitespaceCellStatusEnum)
  status!: WhitespaceCellStatus;

  @Field(() => NotEligibleReasonEnum, { nullable: true })
  notEligibleReason!: NotEligibleReason | null;

  @Field({ description: 'Why this status, in words.' })
  reason!: string;

  @Field(() => [WhitespaceCompetitorType], {
    description: 'Competitors for this product present in this row.',
  })
  competitors!: WhitespaceCompetitorType[];

  @Field(() => [ID], { description: 'Subscriptions that make it OWNED.' })
  subscriptionIds!: string[];

  @Field(() => [ID], {
    description: "Won purchases (WON opportunities, order lines) of the product by the row's account: OWNED.",
  })
  purchaseIds!: string[];

  @Field(() => [ID], { description: 'Open opportunities for the product on this account.' })
  opportunityIds!: string[];

  @Field(() => WhitespaceSizingType, { nullable: true, description: 'OPEN and COMPETITOR cells.' })
  sizing!: WhitespaceSizingType | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of peers owning the product; null without peers.',
  })
  peerAdoptionRate!: number | null;

  @Field(() => Int, { nullable: true, description: '1 = the best open cell of the matrix.' })
  rank!: number | null;
}

@ObjectType('WhitespaceRow')
export class WhitespaceRowType {
  @Field(() => WhitespaceRowKindEnum)
  kind!: WhitespaceRowKind;

  @Field(() => ID, { description: "The unit's, subsidiary's or (ACCOUNT_WIDE) account's id." })
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Unit headcount or account employees.' })
  size!: number | null;

  @Field(() => [WhitespaceCellType], { description: 'One per product, in the order of `products`.' })
  cells!: WhitespaceCellType[];
}

@ObjectType('RankedWhitespace', { description: 'An open cell, in rank order.' })
export class RankedWhitespaceType {
  @Field(() => Int)
  rank!: number;

  @Field(() => WhitespaceRowKindEnum)
  rowKind!: WhitespaceRowKind;

  @Field(() => ID)
  rowId!: string;

  @Field()
  rowName!: string;

  @Field(() => ProductType)
  product!: ProductType;

  @Field(() => WhitespaceCellStatusEnum)
  status!: WhitespaceCellStatus;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  peerAdoptionRate!: number | null;

  @Field(() => [PeerAccountType], { description: 'The firmographic peers that own the product.' })
  peersWhoBought!: PeerAccountType[];

  @Field(() => CrossSellType, {
    nullable: true,
    description: 'The ranking: score, its parts and their evidence (supporting peers, co-owned products).',
  })
  crossSell!: CrossSellType | null;

  @Field({ description: 'Why the cell is open, in words.' })
  reason!: string;

  @Field(() => WhitespaceSizingType, { nullable: true, description: 'Its size in money, with every input.' })
  sizing!: WhitespaceSizingType | null;
}

@ObjectType('ProductPeerEvidence', { description: 'What the peer group says about one product.' })
export class ProductPeerEvidenceType {
  @Field(() => ProductType)
  product!: ProductType;

  @Field(() => Int)
  peerCount!: number;

  @Field(() => [PeerAccountType])
  owners!: PeerAccountType[];

  @Field(() => Float, { nullable: true, description: 'owners / peers.' })
  adoptionRate!: number | null;

  @Field(() => Float, { nullable: true, description: "Σ ARR ÷ Σ seats over the owners' subscriptions." })
  pricePerSeat!: number | null;

  @Field(() => [ID])
  priceSubscriptionIds!: string[];

  @Field(() => Float, { nullable: true, description: 'Median annual spend of an owner on the product.' })
  medianSpend!: number | null;
}

@ObjectType('PeerGroupWidening')
export class PeerGroupWideningType {
  @Field(() => PeerBasisEnum)
  basis!: PeerBasis;

  @Field(() => Int, { description: 'Peers that definition found (too few).' })
  peers!: number;
}

@ObjectType('PeerGroup', { description: 'The similar accounts the matrix is compared with.' })
export class PeerGroupType {
  @Field(() => PeerBasisEnum)
  basis!: PeerBasis;

  @Field({ description: 'The definition applied, in words.' })
  criteria!: string;

  @Field(() => [PeerAccountType])
  accounts!: PeerAccountType[];

  @Field(() => [PeerGroupWideningType], { description: 'Tighter definitions tried first.' })
  widenedFrom!: PeerGroupWideningType[];
}

@ObjectType('WhitespaceTotals')
export class WhitespaceTotalsType {
  @Field(() => Float, { description: 'OPEN + COMPETITOR cells of the ACCOUNT_WIDE row.' })
  accountValue!: number;

  @Field(() => Float, { description: 'Of the subsidiary rows (0 when rows are business units).' })
  subsidiariesValue!: number;

  @Field(() => Float)
  openValue!: number;

  @Field(() => Float)
  competitorValue!: number;

  @Field(() => Float, { description: 'accountValue + subsidiariesValue.' })
  whitespaceValue!: number;

  @Field(() => Int, { description: 'Open cells on counted rows that could not be sized.' })
  unsizedCells!: number;
}

@ObjectType('Whitespace', {
  description:
    'Business units (or subsidiaries) × products: what is owned, in pipeline, held by a competitor or open.',
})
export class WhitespaceType {
  accountId!: string;

  @Field(() => WhitespaceRowBasisEnum)
  rowBasis!: 'BUSINESS_UNITS' | 'SUBSIDIARIES';

  @Field(() => [ProductType], { description: 'The columns, by name.' })
  products!: ProductType[];

  @Field(() => [WhitespaceRowType])
  rows!: WhitespaceRowType[];

  @Field(() => PeerGroupType)
  peers!: PeerGroupType;

  @Field(() => [ProductPeerEvidenceType])
  productPeers!: ProductPeerEvidenceType[];

  @Field(() => [BehaviouralPeerType], {
    description:
      'The nearest accounts by owned products, most similar first (whitespace.crossSell.behaviouralPeers).',
  })
  behaviouralPeers!: BehaviouralPeerType[];

  @Field(() => [RankedWhitespaceType], { description: 'Open and competitor cells, best first.' })
  ranked!: RankedWhitespaceType[];

  @Field(() => WhitespaceTotalsType)
  totals!: WhitespaceTotalsType;

  @Field(() => [String], { description: 'What was missing, and what that means for the answer.' })
  dataGaps!: string[];
}

@ObjectType('AccountWhitespace', { description: "One account's whitespace in the portfolio ranking." })
export class AccountWhitespaceType {
  accountId!: string;

  @Field(() => WhitespaceTotalsType)
  totals!: WhitespaceTotalsType;

  @Field(() => PeerBasisEnum)
  peerBasis!: PeerBasis;

  @Field(() => Int)
  peerCount!: number;

  @Field(() => [RankedWhitespaceType], { description: 'Its best open cells.' })
  topCells!: RankedWhitespaceType[];

  @Field(() => [String])
  dataGaps!: string[];
}

export const AccountWhitespaceConnection = connectionOf(AccountWhitespaceType, 'AccountWhitespace');
