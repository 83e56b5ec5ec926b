// Gives a lease back on shutdown, so another instance takes over without waiting for it to expire.
MATCH (l:WorkerLease {name: $name})
WHERE l.holder = $holder
SET l.holder = null, l.expiresAt = null
RETURN count(l) AS released
