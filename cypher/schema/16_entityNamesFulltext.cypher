CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Place|Event) ON EACH [n.name, n.aliasText]
