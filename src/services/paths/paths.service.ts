import { PATH_HOP_CEILING, type PathsConfig } from '../../config/analytics/paths';
import type { RelationshipsConfig } from '../../config/analytics/relationships';
import { BadInputError, NotFoundError } from '../../domain/errors';
import type { Caller } from '../../domain/tenant';
import type { StakeholderRole } from '../../domain/vocabulary';
import type { PathRepository } from '../../repositories/path.repository';
import { strongestPaths, type PowerPath, type TeamLink } from '../../scoring/path-strength';
import type { AccountService } from '../accounts/account.service';
import type { RelationshipService } from '../relationships/relationship.service';
import { pairStrengths } from '../relationships/strengths';
import { isThereOn, rolesOn } from '../threading/threading-input';
import type { ThreadingService } from '../threading/threading.service';

export type { PowerPath, PathHop } from '../../scoring/path-strength';

export interface PathsToPowerInput {
  accountId: string;
  targetId?: string | null;
  k?: number | null;
  maxHops?: number | null;
  asOf?: string | null;
}

export interface PowerTarget {
  personId: string;
  roles: StakeholderRole[];
  /** Strongest first; empty when no route within the hop limit reaches them. */
  paths: PowerPath[];
}

export interface PathsToPower {
  accountId: string;
  asOf: string;
  k: number;
  maxHops: number;
  targets: PowerTarget[];
  /** Routes read from the graph before scoring. */
  candidateRoutes: number;
  /** The graph held more routes than were read (maxCandidatePaths): longer ones may be missing. */
  truncated: boolean;
  dataGaps: string[];
}

export class PathsService {
  constructor(
    private readonly paths: PathRepository,
    private readonly relationships: RelationshipService,
    private readonly threading: ThreadingService,
    private readonly accounts: AccountService,
    private readonly relationshipsConfig: RelationshipsConfig,
    private readonly config: PathsConfig,
  ) {}

  async pathsToPower(caller: Caller, input: PathsToPowerInput): Promise<PathsToPower> {
    const k = input.k ?? this.config.defaultK;
    if (k > this.config.maxK) throw new BadInputError(`k is at most ${this.config.maxK}`, { field: 'k' });
    const maxHops = Math.min(input.maxHops ?? this.config.maxHops, PATH_HOP_CEILING);
    await this.accounts.get(caller, input.accountId);
    const asOf = this.relationships.asOf(input.asOf);
    const snapshot = (await this.threading.snapshots(caller, [input.accountId], asOf)).get(input.accountId)!;
    const present = snapshot.people.filter((p) => isThereOn(p, asOf.day));
    const dataGaps: string[] = [];

    let targets = present
      .map((p) => ({ personId: p.id, roles: rolesOn(p, asOf.day) }))
      .filter((t) => t.roles.some((r) => this.config.targetRoles.includes(r)));
    if (input.targetId !== null && input.targetId !== undefined) {
      const person = snapshot.people.find((p) => p.id === input.targetId);
      if (!person) throw new NotFoundError('Stakeholder at this account', input.targetId);
      if (!isThereOn(person, asOf.day)) {
        throw new BadInputError(`${person.name} was not at the account on ${asOf.day}`, {
          field: 'targetId',
        });
      }
      targets = [{ personId: person.id, roles: rolesOn(person, asOf.day) }];
    } else if (targets.length === 0) {
      dataGaps.push(`Nobody at the account holds ${this.config.targetRoles.join(' or ')}: name a targetId`);
    }

    const presentIds = new Set(present.map((p) => p.id));
    const teamLinks: TeamLink[] = pairStrengths(snapshot.pairs, asOf.now, this.relationshipsConfig)
      .filter(
        (pair) => presentIds.has(pair.personId) && pair.strength.score >= this.config.minRelationshipStrength,
      )
      .map((pair) => ({
        teamMemberId: pair.teamMember.id,
        teamMemberName: pair.teamMember.name,
        personId: pair.personId,
        strength: pair.strength.score,
      }));
    const entryIds = [...new Set(teamLinks.map((l) => l.personId))];
    if (entryIds.length === 0) {
      dataGaps.push(
        `Our team has no relationship of strength ${this.config.minRelationshipStrength} or more at this account`,
      );
    }
    const routes =
      entryIds.length === 0 || targets.length === 0
        ? []
        : await this.paths.routes(caller.tenantId, {
            accountId: input.accountId,
            entryIds,
            targetIds: targets.map((t) => t.personId),
            maxPersonHops: maxHops - 1,
            maxCandidatePaths: this.config.maxCandidatePaths,
            day: asOf.day,
          });
    return {
      accountId: input.accountId,
      asOf: asOf.now.toISOString(),
      k,
      maxHops,
      targets: targets.map((t) => ({
        ...t,
        paths: strongestPaths(t.personId, routes, teamLinks, k, this.config),
      })),
      candidateRoutes: routes.length,
      truncated: routes.length >= this.config.maxCandidatePaths,
      dataGaps,
    };
  }
}
