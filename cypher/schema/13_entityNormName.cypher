CREATE INDEX entity_norm_name IF NOT EXISTS FOR (n:Entity) ON (n.normName)
