// countArticles: how many reports the graph holds.
// returns: n
MATCH (a:Article) RETURN count(a) AS n
