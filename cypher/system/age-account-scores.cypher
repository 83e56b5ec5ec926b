// The daily aging pass: scores computed before $today (they decay with time) or under another
// configuration are marked stale, $limit at a time (the caller repeats while a round marks
// $limit). Walks the account_score_as_of index. System query: every tenant's scores.
MATCH (s:AccountScore)
USING INDEX s:AccountScore(asOf)
WHERE s.asOf IS NOT NULL AND NOT s.stale AND (s.asOf < $today OR s.configVersion <> $configVersion)
WITH s LIMIT toInteger($limit)
SET s.staleSince = $now, s.stale = true, s.version = s.version + 1,
  s.staleCause = CASE WHEN s.asOf < $today THEN 'AGED' ELSE 'CONFIGURATION' END
RETURN count(s) AS marked
