CREATE INDEX place_admin1 IF NOT EXISTS FOR (n:Place) ON (n.admin1)
