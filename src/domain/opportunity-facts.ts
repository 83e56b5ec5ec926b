import type { InteractionType, ObjectiveStatus, OpportunityType, StakeholderRole } from './vocabulary';

/** What the graph says about a customer's wish to buy and the goals it serves; dates are `YYYY-MM-DD`. */

/** An open CRM opportunity on the account, with everyone in a contact role on it. */
export interface PipelineOpportunityFact {
  id: string;
  accountId: string;
  name: string;
  type: OpportunityType;
  stage: string | null;
  amount: number | null;
  closeDate: string | null;
  productId: string | null;
  contacts: { personId: string; name: string; role: StakeholderRole; isPrimary: boolean }[];
}

/** A customer-initiated interaction whose subject carries an intent keyword. */
export interface InboundRequestFact {
  id: string;
  accountId: string;
  type: InteractionType;
  /** ISO instant. */
  occurredAt: string;
  subject: string;
  /** The customer's people in it. */
  people: { personId: string; name: string }[];
}

/** A customer objective with its owner and the owner's unit. */
export interface ObjectiveFact {
  id: string;
  accountId: string;
  title: string;
  metric: string | null;
  targetValue: number | null;
  dueDate: string | null;
  status: ObjectiveStatus;
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerBusinessUnitId: string | null;
}
