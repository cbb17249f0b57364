CREATE INDEX place_gazetteer_id IF NOT EXISTS FOR (n:Place) ON (n.gazetteerId)
