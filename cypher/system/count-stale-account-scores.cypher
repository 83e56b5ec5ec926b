// How many stored scores wait for the background worker, across tenants: the score-worker backlog
// gauge of /metrics, read at scrape time. Counts from the account_score_stale index.
MATCH (s:AccountScore)
USING INDEX s:AccountScore(stale)
WHERE s.stale = true
RETURN count(s) AS stale
