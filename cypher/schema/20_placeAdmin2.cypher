CREATE INDEX place_admin2 IF NOT EXISTS FOR (n:Place) ON (n.admin2)
