import { BadInputError } from '../../../domain/errors';
import type { Caller } from '../../../domain/tenant';
import type { OpportunityStatus, OpportunityType, StakeholderRole } from '../../../domain/vocabulary';
import type {
  CreateOutcome,
  MapMutationRepository,
  MapWriteOutcome,
} from '../../../repositories/map-mutation.repository';
import type { OpportunityRead } from '../../../repositories/node.repository';
import { assertCanWrite, rejectNotFound } from '../write-guards';
import type { AccountChanges } from './account-changes';
import type { MapReads } from './map-reads';
import { createKey, fieldsOf, rejectCreate, unexplained } from './write-fields';

export interface ContactRoleInput {
  stakeholderId: string;
  role: StakeholderRole;
  isPrimary?: boolean | null;
}

export interface OpportunityFields {
  name?: string;
  type?: OpportunityType;
  stage?: string;
  status?: OpportunityStatus;
  amount?: number | null;
  closeDate?: string | null;
}
const OPPORTUNITY_FIELDS = ['name', 'type', 'stage', 'status', 'amount', 'closeDate'] as const;

function contactRoles(roles: readonly ContactRoleInput[]) {
  return roles.map((c) => ({
    stakeholderId: c.stakeholderId,
    role: c.role,
    isPrimary: c.isPrimary ?? false,
  }));
}

/** CRM opportunities and the people on them (contact roles). */
export class OpportunityMutationService {
  constructor(
    private readonly repository: MapMutationRepository,
    private readonly reads: MapReads,
    private readonly changes: AccountChanges,
    private readonly newId: () => string,
  ) {}

  async create(
    caller: Caller,
    input: OpportunityFields & {
      id?: string | null;
      accountId: string;
      productId?: string | null;
      ownerId?: string | null;
      name: string;
      type: OpportunityType;
      stage: string;
      status: OpportunityStatus;
      contactRoles?: ContactRoleInput[] | null;
    },
  ): Promise<OpportunityRead> {
    assertCanWrite(caller);
    const id = input.id ?? this.newId();
    const outcome = await this.repository.run<CreateOutcome & { contactsElsewhere: string[] }>(
      'create-opportunity',
      caller.tenantId,
      {
        id,
        accountId: input.accountId,
        productId: input.productId ?? null,
        ownerId: input.ownerId ?? null,
        contactRoles: contactRoles(input.contactRoles ?? []),
        fields: fieldsOf(input, OPPORTUNITY_FIELDS),
        createKey: createKey('Opportunity', { ...input, id }),
      },
      ['closeDate'],
    );
    if (!outcome.written && !outcome.replayed) {
      rejectCreate(outcome, 'Opportunity', id);
      this.rejectContacts(outcome.contactsElsewhere, input.accountId);
      throw unexplained('createOpportunity', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.opportunity(caller.tenantId, id);
  }

  /** Contact roles, when given, replace the opportunity's; omitted, they stay. */
  async update(
    caller: Caller,
    input: OpportunityFields & { id: string; contactRoles?: ContactRoleInput[] | null },
  ): Promise<OpportunityRead> {
    assertCanWrite(caller);
    const outcome = await this.repository.run<
      MapWriteOutcome & { contactsElsewhere: string[]; accountId: string | null }
    >(
      'update-opportunity',
      caller.tenantId,
      {
        id: input.id,
        contactRoles: input.contactRoles ? contactRoles(input.contactRoles) : null,
        fields: fieldsOf(input, OPPORTUNITY_FIELDS),
      },
      ['closeDate'],
    );
    if (!outcome.written) {
      rejectNotFound(outcome);
      this.rejectContacts(outcome.contactsElsewhere, outcome.accountId ?? '');
      throw unexplained('updateOpportunity', outcome);
    }
    await this.changes.changed(caller, outcome.affectedAccountIds);
    return this.reads.opportunity(caller.tenantId, input.id);
  }

  private rejectContacts(elsewhere: readonly string[], accountId: string): void {
    const [first] = elsewhere;
    if (first !== undefined) {
      throw new BadInputError(`Stakeholder '${first}' does not work at account '${accountId}'`, {
        field: 'contactRoles',
        id: first,
      });
    }
  }
}
