/**
 * Head nouns of event descriptions (general vocabulary, lower case) with the kind they give, and
 * the family used to decide whether "the massacre" may refer back to an earlier event.
 */

/** Event head word → kind. */
export const EVENT_HEADS: ReadonlyMap<string, string> = new Map([
  ['event', 'event'], ['events', 'event'], ['commemoration', 'commemoration'], ['ceremony', 'ceremony'],
  ['vigil', 'commemoration'], ['gathering', 'gathering'], ['conference', 'conference'], ['summit', 'summit'],
  ['forum', 'forum'], ['meeting', 'meeting'], ['rally', 'rally'], ['protest', 'protest'], ['protests', 'protest'],
  ['demonstration', 'protest'], ['exhibition', 'exhibition'], ['festival', 'festival'], ['celebration', 'celebration'],
  ['concert', 'concert'], ['seminar', 'seminar'], ['roundtable', 'roundtable'], ['symposium', 'symposium'],
  ['election', 'election'], ['elections', 'election'], ['referendum', 'referendum'], ['visit', 'visit'],
  ['talks', 'talks'], ['negotiations', 'talks'], ['agreement', 'agreement'], ['treaty', 'agreement'],
  ['accord', 'agreement'], ['memorandum', 'agreement'], ['deal', 'agreement'], ['pact', 'agreement'], ['accords', 'agreement'], ['ceasefire', 'ceasefire'], ['cease-fire', 'ceasefire'],
  ['truce', 'ceasefire'], ['armistice', 'ceasefire'], ['genocide', 'genocide'], ['massacre', 'massacre'],
  ['pogrom', 'massacre'], ['pogroms', 'massacre'], ['attack', 'attack'], ['attacks', 'attack'],
  ['bombing', 'attack'], ['shelling', 'attack'], ['shooting', 'attack'], ['assault', 'attack'],
  ['offensive', 'offensive'], ['war', 'war'], ['conflict', 'conflict'], ['clashes', 'clashes'],
  ['fighting', 'fighting'], ['battle', 'battle'], ['occupation', 'occupation'], ['invasion', 'invasion'],
  ['siege', 'siege'], ['uprising', 'uprising'], ['revolution', 'revolution'], ['coup', 'coup'],
  ['riots', 'riot'], ['riot', 'riot'], ['tragedy', 'tragedy'], ['holocaust', 'genocide'], ['campaign', 'campaign'],
  ['earthquake', 'disaster'], ['flood', 'disaster'], ['floods', 'disaster'], ['trial', 'trial'],
  ['deportation', 'deportation'], ['deportations', 'deportation'], ['killings', 'killing'], ['hostilities', 'war'],
  ['games', 'competition'], ['championship', 'competition'], ['olympics', 'competition'], ['cup', 'competition'],
  ['killing', 'killing'], ['commemorations', 'commemoration'], ['ceremonies', 'ceremony'], ['rallies', 'rally'],
  ['petition', 'petition'], ['capture', 'capture'], ['seizure', 'capture'], ['storming', 'attack'],
  ['mediation', 'talks'], ['process', 'process'], ['march', 'rally'], ['vote', 'vote'], ['exhibitions', 'exhibition'],
  ['meetings', 'meeting'], ['conferences', 'conference'], ['blockade', 'blockade'], ['liberation', 'capture'],
  ['discussion', 'discussion'], ['project', 'project'], ['assassination', 'killing'], ['explosion', 'attack'], ['crash', 'disaster'], ['fire', 'disaster'],
  ['outbreak', 'outbreak'], ['epidemic', 'outbreak'], ['pandemic', 'outbreak'], ['wildfire', 'disaster'], ['wildfires', 'disaster'],
  ['storm', 'disaster'], ['hurricane', 'disaster'], ['cyclone', 'disaster'], ['typhoon', 'disaster'], ['drought', 'disaster'],
  ['landslide', 'disaster'], ['heatwave', 'disaster'], ['blizzard', 'disaster'], ['tornado', 'disaster'], ['eruption', 'disaster'], ['tsunami', 'disaster'], ['hearing', 'hearing'], ['hearings', 'hearing'],
  ['briefing', 'conference'], ['session', 'meeting'], ['debate', 'meeting'], ['workshop', 'seminar'], ['strike', 'strike'],
  ['walkout', 'strike'], ['boycott', 'protest'], ['parade', 'celebration'], ['gala', 'celebration'], ['fair', 'exhibition'],
  ['expo', 'exhibition'], ['tournament', 'competition'], ['marathon', 'competition'], ['inauguration', 'ceremony'],
  ['funeral', 'ceremony'], ['ruling', 'ruling'], ['verdict', 'ruling'], ['signing', 'ceremony'], ['opening', 'ceremony'],
  ['final', 'competition'], ['semi-final', 'competition'], ['semifinal', 'competition'], ['quarter-final', 'competition'],
  ['mourning', 'commemoration'], ['round', 'round'], ['massacres', 'massacre'], ['executions', 'killing'],
  ['landslides', 'disaster'], ['trip', 'visit'], ['tour', 'visit'], ['capsizing', 'disaster'], ['sinking', 'disaster'],
  ['derailment', 'disaster'], ['collapse', 'disaster'], ['investigation', 'inquiry'], ['inquiry', 'inquiry'], ['probe', 'inquiry'],
  ['convoy', 'convoy'], ['disaster', 'disaster'], ['catastrophe', 'disaster'], ['accident', 'disaster'], ['blast', 'attack'],
  ['shipwreck', 'disaster'], ['famine', 'disaster'], ['expulsion', 'deportation'], ['expulsions', 'deportation'],
  ['runoff', 'election'], ['run-off', 'election'], ['by-election', 'election'], ['recount', 'vote'], ['lecture', 'seminar'],
  ['consultation', 'meeting'], ['inspection', 'inquiry'], ['arrangement', 'agreement'], ['declaration', 'agreement'], ['protocol', 'agreement'],
]);

/** Modifiers that give a more precise kind: "commemorative event" → commemoration. */
export const KIND_MODIFIERS: ReadonlyMap<string, string> = new Map([
  ['commemorative', 'commemoration'], ['memorial', 'commemoration'], ['mourning', 'commemoration'],
  ['ceasefire', 'ceasefire'], ['cease-fire', 'ceasefire'], ['peace', 'peace'], ['armed', 'conflict'],
  ['military', 'military'], ['terrorist', 'attack'], ['presidential', 'election'], ['parliamentary', 'election'],
  ['photo', 'exhibition'], ['anniversary', 'commemoration'], ['funeral', 'ceremony'], ['opening', 'ceremony'],
  ['remembrance', 'commemoration'], ['requiem', 'commemoration'], ['wreath-laying', 'commemoration'], ['round', 'roundtable'],
]);

/**
 * Words that head an event only after a modifier of a gathering kind: "a memorial evening", "a
 * remembrance service", "a requiem mass" (not "on Friday evening", "the bus service", "military service").
 */
export const MODIFIED_HEADS: ReadonlySet<string> = new Set(['evening', 'service', 'mass', 'night', 'programme', 'program', 'table']);

/** The kind of a `MODIFIED_HEADS` word after this modifier, when the modifier names a gathering. */
export function modifiedHeadKind(modifier: string): string | undefined {
  const kind = KIND_MODIFIERS.get(modifier);
  return kind !== undefined && kindFamily(kind) === 'gathering' ? kind : undefined;
}

/** Kind → family, for anaphora ("the massacre" may name an earlier genocide; "the war" an earlier conflict). */
export const KIND_FAMILY: ReadonlyMap<string, string> = new Map([
  ['event', 'gathering'], ['gathering', 'gathering'], ['commemoration', 'gathering'], ['ceremony', 'gathering'], ['conference', 'gathering'],
  ['summit', 'gathering'], ['forum', 'gathering'], ['meeting', 'gathering'], ['rally', 'gathering'],
  ['protest', 'gathering'], ['exhibition', 'gathering'], ['festival', 'gathering'], ['celebration', 'gathering'],
  ['concert', 'gathering'], ['seminar', 'gathering'], ['roundtable', 'gathering'], ['symposium', 'gathering'],
  ['genocide', 'violence'], ['massacre', 'violence'], ['attack', 'violence'], ['tragedy', 'violence'],
  ['killing', 'violence'], ['deportation', 'violence'],
  ['war', 'conflict'], ['conflict', 'conflict'], ['clashes', 'conflict'], ['fighting', 'conflict'],
  ['battle', 'conflict'], ['occupation', 'conflict'], ['invasion', 'conflict'], ['offensive', 'conflict'],
  ['siege', 'conflict'], ['military', 'conflict'],
  ['agreement', 'agreement'], ['ceasefire', 'agreement'], ['talks', 'talks'], ['peace', 'talks'],
  ['campaign', 'campaign'], ['election', 'election'], ['referendum', 'election'], ['visit', 'visit'],
  ['discussion', 'gathering'], ['hearing', 'gathering'], ['competition', 'gathering'], ['capture', 'conflict'], ['blockade', 'conflict'], ['petition', 'campaign'], ['process', 'talks'], ['vote', 'election'],
]);

/** Heads that take their object with "of": "capture of the town of X", "siege of Y". */
export const OF_HEADS: ReadonlySet<string> = new Set([
  'capture', 'seizure', 'siege', 'occupation', 'storming', 'shelling', 'bombing', 'liberation', 'deportation',
  'blockade', 'invasion', 'assassination', 'killing', 'killings', 'massacre', 'destruction', 'evacuation',
  'massacres', 'executions', 'war', 'bombings', 'deportations', 'battle', 'battles', 'capsizing', 'sinking', 'collapse',
  'derailment', 'exhibition', 'concert', 'march',
]);

/** Heads that are also adjectives ("the opening lecture", "the final declaration"): events only as nouns. */
export const ADJECTIVAL_HEADS: ReadonlySet<string> = new Set(['opening', 'final', 'round']);

/** Heads that only name an event through what follows: "act of genocide", "series of attacks". */
export const LINK_HEADS: ReadonlySet<string> = new Set(['act', 'acts', 'series', 'wave', 'day', 'days', 'anniversary', 'round']);

/** The anaphora family of an event kind (the kind itself when unlisted). */
export function kindFamily(kind: string): string {
  return KIND_FAMILY.get(kind) ?? kind;
}
