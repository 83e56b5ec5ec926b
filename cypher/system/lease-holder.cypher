// Who holds a named lease and until when (null when nobody): for status and tests.
OPTIONAL MATCH (l:WorkerLease {name: $name})
RETURN l.holder AS holder, l.expiresAt AS expiresAt
