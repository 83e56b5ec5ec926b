// After a bulk load (the demo seeded into a new store): index statistics are resampled and the
// query caches cleared, waiting for both, so the start-up warm-up plans on the statistics the
// first users' requests will see (db.prepareForReplanning; Neo4j otherwise resamples in the
// background later, and every statement planned before is planned again on its next run).
CALL db.prepareForReplanning($timeoutSeconds)
