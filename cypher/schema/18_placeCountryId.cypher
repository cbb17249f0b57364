CREATE INDEX place_country_id IF NOT EXISTS FOR (n:Place) ON (n.countryId)
