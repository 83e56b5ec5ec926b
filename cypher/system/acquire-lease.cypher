// Takes or renews a named lease (one instance of a cluster runs the background worker): granted
// when free, expired or already ours. Setting lockedAt first takes the node's write lock, so two
// instances asking at once are serialised and the second sees the first's holder.
MERGE (l:WorkerLease {name: $name})
SET l.lockedAt = $now
WITH l, l.holder IS NULL OR l.holder = $holder OR l.expiresAt < $now AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
  l.expiresAt = CASE WHEN free THEN $expiresAt ELSE l.expiresAt END
RETURN free AS granted, l.holder AS holder, l.expiresAt AS expiresAt
