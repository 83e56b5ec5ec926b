// Records one interaction in one statement, so in one write transaction. Every id is looked up in
// the caller's tenant first, and the interaction is written only when all of them resolve, every
// person works at the account and none had left by the day it happened (departedAt is the first
// day they are gone); otherwise nothing is written and the row says why (the service turns that
// into NOT_FOUND or BAD_USER_INPUT).
OPTIONAL MATCH (a:Account {tenantId: $tenantId, id: $accountId})
CALL () {
  UNWIND $teamMemberIds AS memberId
  OPTIONAL MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
  RETURN collect(CASE WHEN t IS NULL THEN memberId END) AS missingTeamMemberIds
}
CALL (a) {
  UNWIND $stakeholderIds AS personId
  OPTIONAL MATCH (p:Person {tenantId: $tenantId, id: personId})-[:WORKS_AT]->(home:Account)
  RETURN
    collect(CASE WHEN p IS NULL THEN personId END) AS missingStakeholderIds,
    collect(CASE WHEN home <> a THEN {id: personId, accountId: home.id} END) AS elsewhere,
    collect(CASE WHEN p.departedAt <= date(datetime($occurredAt)) THEN {id: personId, departedAt: p.departedAt} END) AS departedBefore
}
WITH a, missingTeamMemberIds, missingStakeholderIds, elsewhere, departedBefore,
     a IS NOT NULL AND size(missingTeamMemberIds) = 0 AND size(missingStakeholderIds) = 0
       AND size(elsewhere) = 0 AND size(departedBefore) = 0 AS ok
CALL (a, ok) {
  WITH a WHERE ok
  CREATE (i:Interaction {tenantId: $tenantId, id: $id})-[:WITH_ACCOUNT]->(a)
  SET i.type = $type,
      i.direction = $direction,
      i.occurredAt = datetime($occurredAt),
      i.durationMinutes = $durationMinutes,
      i.subject = $subject
  WITH i
  CALL (i) {
    UNWIND $teamMemberIds AS memberId
    MATCH (t:TeamMember {tenantId: $tenantId, id: memberId})
    CREATE (t)-[:PARTICIPATED_IN]->(i)
  }
  CALL (i) {
    UNWIND $stakeholderIds AS personId
    MATCH (p:Person {tenantId: $tenantId, id: personId})
    CREATE (p)-[:PARTICIPATED_IN]->(i)
  }
}
OPTIONAL MATCH (i:Interaction {tenantId: $tenantId, id: $id})
RETURN
  ok AS written,
  CASE WHEN a IS NULL THEN [{entity: 'Account', id: $accountId}] ELSE [] END
    + [id IN missingTeamMemberIds | {entity: 'TeamMember', id: id}]
    + [id IN missingStakeholderIds | {entity: 'Stakeholder', id: id}] AS notFound,
  elsewhere,
  departedBefore,
  CASE WHEN ok THEN i {
    .id, .type, .direction, .occurredAt, .durationMinutes, .subject,
    accountId: a.id,
    teamMembers: [(t:TeamMember)-[:PARTICIPATED_IN]->(i) | t {.id, .name, .email, .title}],
    personIds: [(p:Person)-[:PARTICIPATED_IN]->(i) | p.id]
  } END AS interaction
