MERGE (m:SchemaMigration {version: $version})
SET m.checksum = $checksum, m.appliedAt = datetime()
