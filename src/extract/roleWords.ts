/**
 * Words for titles and roles people hold (general vocabulary, no names), grouped into families so
 * that "the envoy" can refer back to someone introduced as "Ambassador".
 */

/** Role word (lower case) → family key. */
export const ROLE_FAMILY: ReadonlyMap<string, string> = new Map([
  ['ambassador', 'diplomat'], ['envoy', 'diplomat'], ['consul', 'diplomat'], ['diplomat', 'diplomat'],
  ['attaché', 'diplomat'], ['attache', 'diplomat'], ['chargé', 'diplomat'], ['consul-general', 'diplomat'],
  ['president', 'president'], ['vice-president', 'vice-president'], ['vice-chairman', 'vice-chairman'],
  ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'], ['chair', 'chair'],
  ['head', 'head'], ['chief', 'head'], ['leader', 'leader'], ['director', 'director'],
  ['director-general', 'director'], ['secretary-general', 'secretary'], ['secretary', 'secretary'],
  ['minister', 'minister'], ['premier', 'premier'], ['chancellor', 'chancellor'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'],
  ['governor', 'governor'], ['mayor', 'mayor'], ['senator', 'senator'], ['congressman', 'legislator'],
  ['congresswoman', 'legislator'], ['lawmaker', 'legislator'], ['mp', 'legislator'], ['deputy', 'deputy'],
  ['founder', 'founder'], ['co-founder', 'founder'], ['member', 'member'], ['representative', 'representative'],
  ['commander', 'commander'], ['general', 'officer'], ['colonel', 'officer'], ['major', 'officer'],
  ['captain', 'officer'], ['lieutenant', 'officer'], ['admiral', 'officer'], ['sergeant', 'officer'],
  ['marshal', 'officer'], ['brigadier', 'officer'], ['king', 'monarch'], ['queen', 'monarch'],
  ['prince', 'royal'], ['princess', 'royal'], ['emir', 'monarch'], ['sultan', 'monarch'], ['sheikh', 'sheikh'],
  ['pope', 'cleric'], ['patriarch', 'cleric'], ['bishop', 'cleric'], ['archbishop', 'cleric'], ['imam', 'cleric'],
  ['mufti', 'cleric'], ['rabbi', 'cleric'], ['priest', 'cleric'], ['pastor', 'cleric'], ['reverend', 'cleric'], ['vicar', 'cleric'], ['deacon', 'cleric'], ['cardinal', 'cleric'], ['judge', 'judge'], ['prosecutor', 'prosecutor'],
  ['professor', 'academic'], ['rector', 'academic'], ['dean', 'academic'], ['speaker', 'speaker'],
  ['adviser', 'adviser'], ['advisor', 'adviser'], ['aide', 'adviser'], ['assistant', 'assistant'],
  ['coordinator', 'coordinator'], ['commissioner', 'commissioner'], ['ombudsman', 'ombudsman'],
  ['ceo', 'executive'], ['executive', 'executive'], ['manager', 'manager'], ['editor', 'editor'],
  ['correspondent', 'journalist'], ['journalist', 'journalist'], ['reporter', 'journalist'],
  ['rapporteur', 'rapporteur'], ['official', 'official'], ['officer', 'official'], ['activist', 'activist'],
  ['chief-of-staff', 'head'], ['vice-premier', 'premier'], ['prime', 'premier'],
  ['councilman', 'legislator'], ['councilwoman', 'legislator'], ['councillor', 'legislator'], ['councilor', 'legislator'],
  ['alderman', 'legislator'], ['assemblyman', 'legislator'], ['assemblywoman', 'legislator'], ['provost', 'academic'],
  ['chancellor', 'chancellor'], ['researcher', 'researcher'], ['scientist', 'researcher'], ['investigator', 'researcher'],
  ['co-investigator', 'researcher'], ['historian', 'researcher'], ['lecturer', 'academic'], ['analyst', 'analyst'],
  ['economist', 'analyst'], ['lawyer', 'lawyer'], ['attorney', 'lawyer'], ['spokesman', 'spokesperson'],
  ['president-elect', 'president'], ['sheriff', 'official'], ['superintendent', 'official'], ['treasurer', 'official'],
  ['comptroller', 'official'], ['auditor', 'official'], ['inspector', 'official'], ['ombudsperson', 'ombudsman'],
  ['administrator', 'administrator'], ['principal', 'academic'], ['headteacher', 'academic'], ['headmaster', 'academic'],
  ['headmistress', 'academic'], ['curator', 'curator'], ['organiser', 'organizer'], ['organizer', 'organizer'],
  ['trustee', 'trustee'], ['owner', 'owner'], ['partner', 'partner'], ['registrar', 'official'], ['steward', 'official'],
  ['coach', 'coach'], ['trainer', 'coach'], ['referee', 'official'], ['justice', 'judge'], ['magistrate', 'judge'],
  ['head of state', 'head'], ['minister-counsellor', 'diplomat'], ['counsellor', 'diplomat'], ['first secretary', 'diplomat'],
]);

/** Short forms of titles written before names (lower case, without the full stop). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'gov', 'sen',
  'rep', 'amb', 'hon', 'rev', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'messrs', 'mister', 'h.e', 'h.e.',
  // Religious forms of address: "Sister X", "Father Y", "Brother Z".
  'sister', 'father', 'brother', 'mother',
]);

/** Words that may stand in front of a role word inside a title (Vice President, Deputy Foreign Minister). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'deputy', 'acting', 'former', 'first', 'prime', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'justice', 'economy', 'education', 'health', 'culture', 'energy', 'agriculture', 'labour',
  'labor', 'trade', 'transport', 'assistant', 'executive', 'general', 'special', 'permanent', 'chief',
  'senior', 'honorary', 'national', 'supreme', 'state', 'lieutenant', 'major', 'attorney', 'associate',
  'co', 'under', 'presidential', 'parliamentary', 'ex', 'then', 'late', 'grand', 'high', 'military',
  'extraordinary', 'plenipotentiary', 'and', 'council', 'city', 'county', 'party', 'managing', 'regional', 'district',
]);

/** The family of a role word (lower case), or undefined when it is not a role word. */
export function roleFamily(lower: string): string | undefined {
  const direct0 = ROLE_FAMILY.get(lower);
  if (direct0) return direct0;
  if (!lower.includes('-') && !lower.endsWith('.')) return undefined;
  const bare = lower.replace(/\.$/, '');
  const direct = ROLE_FAMILY.get(bare);
  if (direct) return direct;
  // Hyphenated titles: "vice-president" is listed; "deputy-minister" → minister.
  const parts = bare.split('-');
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last !== undefined) return ROLE_FAMILY.get(last);
  return undefined;
}

/** The family of a title by its last word: "Deputy Foreign Minister" → minister. */
export function titleFamily(title: string): string | undefined {
  return roleFamily(title.toLowerCase().split(/\s+/).pop() ?? '');
}

const titleMemo = new Map<string, boolean>();
const TITLE_MEMO_LIMIT = 50000;

/** True for a role word or an honorific (lower case). Asked for most capitalised words, so remembered per word. */
export function isTitleWord(lower: string): boolean {
  let hit = titleMemo.get(lower);
  if (hit === undefined) {
    const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
    hit = HONORIFICS.has(bare) || roleFamily(bare) !== undefined;
    if (titleMemo.size >= TITLE_MEMO_LIMIT) titleMemo.clear();
    titleMemo.set(lower, hit);
  }
  return hit;
}

/** Verbs of saying that mark their subject or object as a speaker (a person, usually). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'stressed', 'stresses', 'noted', 'notes', 'added', 'adds', 'stated', 'states',
  'emphasized', 'emphasised', 'underlined', 'announced', 'declared', 'explained', 'recalled', 'urged', 'called',
  'remarked', 'pointed', 'asked', 'claimed', 'insisted', 'warned', 'argued', 'wrote', 'spoke', 'addressed',
  'advised', 'expressed', 'highlighted', 'praised', 'condemned', 'thanked', 'welcomed', 'reiterated',
]);

/** Verbs that say someone holds a role: "X, who heads the Y" → head. */
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['heads', 'head'], ['headed', 'head'], ['leads', 'leader'], ['led', 'leader'], ['chairs', 'chair'], ['chaired', 'chair'],
  ['directs', 'director'], ['runs', 'head'], ['represents', 'representative'], ['founded', 'founder'],
]);

/** Verbs of leading, in the passive: "the X Trust, led by Y", "the project will be headed by Y". */
export const LEAD_VERBS: ReadonlySet<string> = new Set(['led', 'headed', 'chaired', 'directed']);
