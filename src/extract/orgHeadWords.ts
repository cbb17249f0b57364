/**
 * Head words of organisation names (general vocabulary, lower case): "Embassy of X", "X Foundation",
 * "the X union of ...", "the 12th infantry brigade", "X armed forces".
 */

/** Trade words and legal forms that end a company's name: "X Steel", "Y Airlines", "Z Foods", "W GmbH". */
const BUSINESS_HEADS: readonly string[] = [
  'steel', 'steelworks', 'motors', 'airlines', 'airways', 'energy', 'petroleum', 'mining', 'holdings', 'industries', 'technologies', 'pharmaceuticals',
  'foods', 'logistics', 'shipping', 'insurance', 'processing', 'textiles', 'cement', 'chemicals', 'electronics', 'brewery', 'shipyard', 'refinery',
  'power', 'construction', 'builders', 'engineering', 'telecom', 'telecoms', 'systems', 'solutions', 'partners', 'ventures', 'studios', 'publishing',
  'pharma', 'automotive', 'aerospace', 'utilities', 'railways', 'consulting', 'laboratories', 'labs', 'farms', 'fisheries', 'cooperative', 'co-operative',
  'works', 'mobile', 'telecommunications', 'sa', 'ag', 'gmbh', 'bv', 'nv', 'spa', 'srl', 'sarl', 'pty',
  'bhd', 'tbk', 'asa',
];

/** Heads that make a capitalised name an organisation ("Nobel X Foundation", "Ministry of Y"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'embassy', 'consulate', 'foundation', 'union', 'council', 'ministry', 'agency', 'committee', 'commission',
  'forces', 'regiment', 'brigade', 'battalion', 'corps', 'army', 'navy', 'party', 'university', 'association',
  'organization', 'organisation', 'federation', 'institute', 'institution', 'center', 'centre', 'fund', 'bank',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'society', 'movement', 'front', 'league',
  'alliance', 'coalition', 'congress', 'parliament', 'assembly', 'senate', 'court', 'tribunal', 'office',
  'department', 'service', 'services', 'police', 'guard', 'academy', 'college', 'school', 'hospital', 'club',
  'board', 'authority', 'bureau', 'directorate', 'secretariat', 'cabinet', 'government', 'administration',
  'mission', 'delegation', 'nations', 'network', 'channel', 'television', 'radio', 'newspaper', 'news',
  'times', 'press', 'trust', 'church', 'diocese', 'patriarchate', 'chamber', 'caucus', 'command',
  'headquarters', 'media', 'museum', 'library', 'observatory', 'watch', 'international', 'initiative',
  'community', 'diaspora', 'organizations', 'organisations', 'associations', 'unions', 'parties', 'ministries',
  'confederation', 'arenas', 'collective', 'circle', 'undersecretariat', 'customs', 'directorate-general', 'legion', 'inspectorate', 'ombudsman',
  // club suffixes: "Z FC", "Y BC"
  'fc', 'bc', 'afc', 'cf',
  // company names by trade and legal forms ("X Steel", "Y Airlines", "Z GmbH"): BUSINESS_HEADS
  ...BUSINESS_HEADS,
]);

/**
 * Heads that open an organisation's name in Spanish, Portuguese, French, Italian and German
 * ("Frente Amplio", "Partido Verde", "Union Nationale"): the name runs to the end of the capitalised run.
 */
export const LEADING_ORG_HEADS: ReadonlySet<string> = new Set([
  'frente', 'partido', 'unión', 'movimiento', 'alianza', 'consejo', 'asociación', 'fundación', 'sindicato', 'banco',
  'compañía', 'instituto', 'universidad', 'ministerio', 'comité', 'federación', 'confederación', 'coalición',
  'agrupación', 'corporación', 'empresa', 'colectivo', 'frente', 'partido', 'movimento', 'aliança', 'fundação',
  'associação', 'sindicato', 'parti', 'mouvement', 'conseil', 'fondation', 'syndicat', 'banque', 'société',
  'institut', 'université', 'ministère', 'rassemblement', 'front', 'partito', 'movimento', 'fondazione',
  'associazione', 'lega', 'partei', 'bund', 'verband', 'stiftung', 'gewerkschaft', 'minera', 'constructora', 'grupo',
  'companhia', 'compagnie', 'inversiones', 'cooperativa', 'sociedad', 'sociedade',
  // Cultural bodies: "Casa de X", "Museo Nacional de Y".
  'casa', 'museo', 'museu', 'musée', 'biblioteca', 'archivo', 'academia', 'escuela', 'colegio',
]);

/** Heads that also make an organisation after a lower-case or capitalised modifier: "the X union of ...". */
export const LOWER_ORG_HEADS: ReadonlySet<string> = new Set([
  'union', 'foundation', 'association', 'party', 'committee', 'council', 'organization', 'organisation',
  'federation', 'society', 'movement', 'fund', 'agency', 'ministry', 'embassy', 'consulate', 'regiment',
  'brigade', 'battalion', 'division', 'army', 'militia', 'club', 'institute', 'university', 'company', 'bank',
  'newspaper', 'network', 'coalition', 'alliance', 'league', 'front', 'center', 'centre', 'commission', 'hospital',
]);

/** Military unit heads after an ordinal: "the 12th infantry brigade", "the 4th brigade". */
export const UNIT_HEADS: ReadonlySet<string> = new Set([
  'regiment', 'brigade', 'battalion', 'division', 'corps', 'army', 'fleet', 'squadron', 'platoon', 'unit',
  'detachment', 'company', 'wing', 'group',
]);

/** Armed-force heads after a country name or demonym: "Chilean armed forces", "Peruvian troops". */
export const FORCE_HEADS: ReadonlyArray<readonly string[]> = [
  ['armed', 'forces'], ['security', 'forces'], ['air', 'force'], ['border', 'guards'], ['special', 'forces'],
  ['army'], ['military'], ['navy'], ['troops'], ['forces'], ['militants'], ['militia'], ['militias'], ['police'],
];

/** Words that put an organisation's name in the text as a news source: "told X", "X reported". */
export const NEWS_WORDS: ReadonlySet<string> = new Set([
  'agency', 'news', 'newspaper', 'tv', 'television', 'radio', 'channel', 'daily', 'outlet', 'portal', 'website',
]);

/**
 * Words that make an organisation a business (trades, legal forms, "company"): "the company" and
 * "the firm" refer back to the latest of these rather than to any organisation.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set([...BUSINESS_HEADS, 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'services']);
