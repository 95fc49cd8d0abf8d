// The person holding a role, asked ("who is the current CEO of…?") and given (a person by name), for
// the kinds of answer (askedAnswerKind.ts).

import { BEFORE_OPENING_WH, WHO_ASKING, anyClause, firstThen } from './clauseReading.js';
import { AUXILIARY, oneOf } from '../search/auxiliaryVerbs.js';
import { DETERMINERS, THIRD_PERSON_POSSESSIVES } from '../search/determiners.js';
import { FUNCTION_WORDS } from '../search/stopWords.js';
import { sentencesOf } from './sentencesOf.js';
import { matchesOf } from '../search/matchesOf.js';
import { isNamedPlace } from './namedPlace.js';
import { ROYAL_TITLE, royalNamesOfSomethingElse } from './royalNamed.js';
import { kindOfOnePerson } from './kindOfPerson.js';
import { tokenize } from '../search/tokenize.js';
import { irregularBase } from '../search/irregularForms.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/**
 * Roles one person holds: asked for by "who is the … <role>" or "which … <role>". Not a market,
 * world or global leader: a company or a country; nor a player, an owner, a person, a man or a
 * woman, which a company, a country or a group is as often ("who is the biggest player in…?",
 * "who are the owners of…?", "which person is most at risk?").
 */
export const ROLE = String.raw`(?:official|minister|judge|president|ceo|chief executive|chair(?:man|woman|person)?|director|engineer|architect|scientist|secretary[- ]general|secretary|governor|mayor|head|(?<!\b(?:market|world|global|industry) )leader|founder|inventor|chancellor|commissioner|boss|editor|designer|king|queen|athlete|coach|doctor|physician|surgeon|researcher|author|writer|pilot|captain|explorer|astronomer|composer|activist)`;
/**
 * A verb or an auxiliary after "which … <role>": the role is who did it ("which German official
 * ordered…", "which architect designed…", "which minister is…"), not a word describing a thing
 * ("which head injuries", "which official figures", "which chair designs", "which designer drugs").
 */
const ROLE_DID = String.raw`(?=s?\s+(?:[a-z]+ed|${AUXILIARY}|led|leads|ran|runs|heads|oversaw|oversees|made|makes|took|takes|said|says|wrote|won|signed|set|chose|gave|built|drew|brought|sent|got)\b)`;
/**
 * The person holding a role: "who is / was the (current, chief…) <role>" (up to three words before
 * it: "who was the globe's first artistic director"), "which (German) <role>"
 * and a verb, "<role> … who is it now" (a role word, then "who is it" after it in its clause:
 * anyClause). Not "who benefits", "who pays" (a group, a body or a source answers).
 */
const ROLE_ASKED = new RegExp(String.raw`\bwho(?:'s| is| was| were| are)(?: the| its| their)?(?: [\w'’-]+){0,3} ${ROLE}\b|\bwhich (?:[\w-]+ )?${ROLE}${ROLE_DID}`, 'i');
const ROLE_WORD = new RegExp(String.raw`\b${ROLE}s?\b`, 'i');
const ROLE_THEN_WHO_IS_IT = anyClause(firstThen(ROLE_WORD, /\bwho is (?:it|that|he|she)\b/i));
/**
 * The verbs of a role one person holds to another or to a crew or a team (a coach, a tutor, a
 * mentor, a commander, a captain, a manager, a referee: held-out 61), and of steering a vehicle, one
 * person at the wheel ("Who was driving the train that night?", held-out 62): their forms in the
 * present (with the bare verb), in the past and in "-ing", as a question asks them. Only the past
 * and "-ing" of those a body does as often now: a body manages a park or a fund, a court referees
 * disputes between states, a panel umpires trade disputes, a firm drives or pilots a scheme.
 */
const ROLE_VERBS: readonly { present: readonly string[]; past: string; ing: string }[] = [
  { present: ['coach', 'coaches'], past: 'coached', ing: 'coaching' },
  { present: ['tutor', 'tutors'], past: 'tutored', ing: 'tutoring' },
  { present: ['mentor', 'mentors'], past: 'mentored', ing: 'mentoring' },
  { present: ['command', 'commands'], past: 'commanded', ing: 'commanding' },
  { present: ['captain', 'captains'], past: 'captained', ing: 'captaining' },
  { present: ['skipper', 'skippers'], past: 'skippered', ing: 'skippering' },
  { present: [], past: 'managed', ing: 'managing' },
  { present: [], past: 'refereed', ing: 'refereeing' },
  { present: [], past: 'umpired', ing: 'umpiring' },
  { present: [], past: 'officiated', ing: 'officiating' },
];
/**
 * The verbs of steering a vehicle, one person at the wheel: read only before the vehicle (VEHICLE),
 * as a cause or a body drives a rise, pilots a scheme or steers talks as often ("who drove the rise
 * in house prices?", "who piloted the scheme?").
 */
const VEHICLE_VERBS: readonly { past: string; ing: string }[] = [
  { past: 'drove', ing: 'driving' },
  { past: 'piloted', ing: 'piloting' },
  { past: 'steered', ing: 'steering' },
];
/**
 * "who" asking (WHO_ASKING) by a verb: one of `forms` ("who coached", "who drove") or, as it went
 * on, "was / were (actually / really)" and one of `ingForms` ("who was driving").
 */
function whoAskedBy(forms: readonly string[], ingForms: readonly string[]): string {
  return String.raw`${WHO_ASKING}\s+(?:${oneOf(forms)}|(?:was|were)\s+(?:(?:actually|really)\s+)?${oneOf(ingForms)})`;
}
/** What is driven, piloted or steered, by its noun (a word before it allowed: "the getaway car"). */
const VEHICLE_NOUNS: readonly string[] = ['train', 'locomotive', 'engine', 'car', 'bus', 'truck', 'lorry', 'van', 'taxi', 'cab', 'tram', 'sled', 'bobsled', 'sleigh', 'boat', 'ship', 'vessel', 'ferry', 'yacht', 'submarine', 'plane', 'aircraft', 'airplane', 'aeroplane', 'jet', 'glider', 'helicopter', 'balloon', 'airship', 'spacecraft', 'capsule', 'rocket', 'shuttle', 'lander', 'rover', 'vehicle', 'motorcycle', 'motorbike', 'bike', 'bicycle', 'tank', 'chariot', 'carriage', 'wagon', 'cart', 'tractor'];
/**
 * A person asked by the verb of a role (ROLE_VERBS), "who" asking (WHO_ASKING): "who coached Fosbury?", "who commanded Apollo
 * 14?", "who refereed the final?", "who drove the engine?", and as it went on: "who was driving the
 * train that night?", "who was actually captaining the side?". Not "who trained / taught /
 * supervised…", which a lab, a school or a country answers as often ("who trained the models?", "who
 * trains more nurses?"), nor "who led / ran / bought / came up with…", which a company or a body
 * answers as often ("who ran the simulation…?": an institute; eval/README.md, thirty-third and
 * forty-sixth sessions), nor "who was building / footing the bill…" (companies, a government).
 */
const ROLE_VERB_ASKED = new RegExp(String.raw`${whoAskedBy(ROLE_VERBS.flatMap((verb) => [...verb.present, verb.past]), ROLE_VERBS.map((verb) => verb.ing))}\b`, 'i');
/** A vehicle's verb (VEHICLE_VERBS), "who" asking, and a determiner: the vehicle is read after it (vehicleAsked). */
const VEHICLE_VERB_ASKED = new RegExp(String.raw`${whoAskedBy(VEHICLE_VERBS.map((verb) => verb.past), VEHICLE_VERBS.map((verb) => verb.ing))}\s+(?:${oneOf(DETERMINERS)}\s+)?`, 'gi');
/** The vehicle by its noun, a word before it allowed ("the train", "the getaway car"). */
const VEHICLE = new RegExp(String.raw`^(?:[\p{L}\p{N}-]+\s+)?${oneOf(VEHICLE_NOUNS)}s?\b`, 'iu');
/** A vehicle by its name: a capital ("driving Rocket at Rainhill", "piloted the U-2"). */
const NAMED = /^\p{Lu}/u;
/**
 * "who drove / was driving / piloted / steered" and the vehicle after it: "Who was driving the
 * train that night?", "Who was actually driving Rocket at Rainhill?", "Who piloted the U-2…?".
 */
function vehicleAsked(question: string): boolean {
  for (const asked of matchesOf(question, VEHICLE_VERB_ASKED)) {
    const after = question.slice(asked.index + asked[0].length, asked.index + asked[0].length + 60);
    if (VEHICLE.test(after) || NAMED.test(after)) return true;
  }
  return false;
}
/**
 * "The first" naming the deed a person is asked for, after the question's own verb: "who ran the
 * first trials showing…?", "who made the first recording of…?", "who noticed the first toothed
 * wheel…?" ask who did it, which a claim naming them gives ("In 1968 David Nalin and Richard Cash
 * showed…") without ranking anything, and one naming no one ("A memorial column was erected near
 * the spot where the fire started.") does not; askedRanking.ts reads no ranking there. Not after an
 * auxiliary or a verb that says what one is ("who was / became the first woman to…" asks a
 * ranking), nor after a verb's "-ing" ("who is leading the first…"); "the most" stays a ranking
 * ("who won the most titles?"). The verb may follow "went and", "came (out / over) and" ("who went
 * and fetched the first toads?", held-out 61): the deed is the verb after it. Global, for askedRanking.ts to take it out; read here with
 * FIRST_DEED_ASKED. What comes before "the" is looked behind from after it: tried at every
 * position, a look-behind opening the pattern was read back from each one.
 */
export const FIRST_OF_A_DEED = new RegExp(
  String.raw`the(?<=\b[Ww]ho\s+(?:(?:actually|really|originally|else)\s+)?(?:(?:went|go|goes|came|come|comes)\s+(?:(?:out|off|over|back)\s+)?and\s+)?(?!(?:${AUXILIARY}|bec[oa]mes?|remain(?:s|ed)?)\b)(?![a-z]+ing\b)[a-z]+\s+the)\s+(?:first|earliest)(?![\w-])`,
  'g',
);
const FIRST_DEED_ASKED = new RegExp(FIRST_OF_A_DEED.source);

/**
 * "Who was the <words>", up to the next preposition, relative, "and" or the question's end: "who
 * was the brakeman in…", "who was the British chief prosecutor at…", "who was the first rider
 * to…". Only "was": one person of the past, where "who is the…" asks a kind as often ("who is the
 * typical buyer?", "who is the target reader?").
 */
const WHO_WAS_THE = new RegExp(String.raw`\bwho was ${oneOf(['the', ...THIRD_PERSON_POSSESSIVES])}((?: [\w'’-]+){1,4}?)(?= (?:of|in|on|at|for|to|from|behind|who|that|when|during|with|aboard|and)\b|\s*[?.!,;]|$)`, 'i');
/**
 * Parties to a sale, a holding, a contest or a lawsuit, which a company, a country, a team or a
 * horse is as often as a person ("who was the buyer of the stake?", "who was the winner?", "who was
 * the favourite?", "who was the plaintiff?", "which other brokers collapsed?"), though WordNet has
 * them as people.
 */
const PARTIES_AS_OFTEN = [
  'owner', 'buyer', 'seller', 'bidder', 'investor', 'lender', 'partner', 'sponsor', 'supplier', 'customer', 'client', 'rival', 'competitor', 'player',
  'winner', 'loser', 'victor', 'champion', 'leader', 'holder', 'shareholder', 'stakeholder', 'beneficiary', 'contractor', 'operator', 'user', 'host',
  'favourite', 'favorite', 'challenger', 'underdog', 'plaintiff', 'defendant', 'claimant', 'publisher', 'broker', 'dealer', 'provider', 'insurer',
];

/**
 * The parties (PARTIES_AS_OFTEN) and the words for anyone ("who was the woman who sat for…", "who
 * was the dude w/ the ship…"), whom the asker picks out by the rest of the question and a claim
 * tells of as often by what they were ("a foreign trader") as by name, as ROLE leaves out a person,
 * a man and a woman.
 */
const NOT_KINDS_ASKED = new Set([
  ...PARTIES_AS_OFTEN,
  'person', 'individual', 'man', 'woman', 'guy', 'dude', 'kid', 'lady', 'gentleman', 'fellow', 'chap', 'bloke', 'girl', 'boy', 'someone', 'somebody',
]);

/**
 * Whether the question asks who a kind of person was (WHO_WAS_THE): the last of its words, no
 * party nor a word for anyone (NOT_KINDS_ASKED), is a noun WordNet has mostly as one person
 * (kindOfOnePerson: "brakeman", "prosecutor", "rider", "lieutenant-governor"), beyond the roles
 * ROLE lists. A claim naming no one ("A Jamaican four-man sled qualified for…") shares the
 * question's topic, not the person.
 */
function kindOfPersonAsked(question: string): boolean {
  const match = WHO_WAS_THE.exec(question);
  if (match === null) return false;
  const last = tokenize(match[1] as string).at(-1)?.replace(/['’]s$/, '');
  return last !== undefined && askedAsOnePerson(last);
}

/** Whether a word asks a person as the kind it names: a noun WordNet has mostly as one person (kindOfOnePerson), no party nor a word for anyone (NOT_KINDS_ASKED). */
function askedAsOnePerson(word: string): boolean {
  return !NOT_KINDS_ASKED.has(word.toLowerCase()) && kindOfOnePerson(word);
}

/**
 * "Which <kind of person> <verb>": up to two words before the kind, then a verb in the past or an
 * auxiliary ("which curator linked…", "which journalist is credited…"), as ROLE_DID reads it after
 * a role. Group 1 the kind, without an "s" after it (a plural, which whichKindOfPersonDid leaves).
 */
const WHICH_KIND_DID = new RegExp(String.raw`\bwhich (?:[\w-]+ ){0,2}?([a-z][\w-]*?)${ROLE_DID}`, 'i');

/** Whether the question asks which person did a deed by a kind of person WordNet has (WHICH_KIND_DID, askedAsOnePerson), beyond ROLE's roles: a claim naming no one shares the deed, not who did it. */
function whichKindOfPersonDid(question: string): boolean {
  const match = WHICH_KIND_DID.exec(question);
  const kind = match?.[1];
  if (kind === undefined) return false;
  const after = question.slice((match?.index ?? 0) + (match?.[0].length ?? 0));
  // A plural asks which kind of people ("Which patients benefited most…", "Which adults are most at
  // risk…"), a group a claim describes, not a person it names.
  if (after.startsWith('s') || irregularPlural(kind) || MOST_AFTER_THE_VERB.test(after)) return false;
  return askedAsOnePerson(kind);
}

/** A plural without an "s": "children", "women", "policemen" (irregularForms.ts's list, WordNet's -men to -man): which group of people, as a plural in -s. */
function irregularPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return irregularBase(lower, 'noun') !== undefined || (lower.endsWith('men') && kindOfOnePerson(`${lower.slice(0, -3)}man`));
}

/** A superlative right after the verb: "which pitcher had the most violations" asks a ranking of them (askedRanking.ts), not a person. */
const MOST_AFTER_THE_VERB = /^s?\s+[a-z]+\s+the\s+(?:most|least|fewest|[a-z]+est)\b/i;

/**
 * Whose idea something was ("Whose idea was the Ironman…?", "…, and whose idea was it?", "whose
 * idea was the walkman originally", held-out 47, 48, 55 and 57): who thought of it or set it going,
 * a person a claim names ("credited to conservationist Cary Fowler", "King Gustav II Adolf
 * commissioned Vasa"), opening the question or a clause of it (BEFORE_OPENING_WH). Only the nouns
 * of a thought or a plan: "whose kidneys / proceeds / chance…" inside a clause describes someone,
 * and "whose decision / fault" is a court's or a company's as often. "Who's" and "whos", chat's
 * spellings of "whose" ("who's idea was the canal?"), ask it as well: "who's" before a noun of a
 * thought cannot be "who is". Group 1 the word after the verb.
 */
const WHOSE_IDEA_ASKED = new RegExp(
  String.raw`(?:${BEFORE_OPENING_WH})(?:whose|who['’]?s)\s+(?:original\s+)?(?:idea|brainchild|plan|concept|notion|suggestion|proposal|vision|scheme|invention)\s+(?:was|is|were)\s+([\p{L}\p{N}]+)`,
  'iu',
);
/** A pronoun or a determiner after the verb: the idea is named ("…was it", "…was the ship"). */
const IDEA_NAMED_BY = /^(?:it|this|that|these|those|the|a|an|his|her|their|its|our|your)$/i;
/**
 * Whose idea something was (WHOSE_IDEA_ASKED), the thing named after the verb: a pronoun, a
 * determiner (IDEA_NAMED_BY), a name or a number ("…is Bitcoin", "…was 5G"). Not an adjective or a
 * participle: "whose plan is cheaper, Octopus or British Gas?", "whose plan was adopted at COP28?"
 * ask which plan, a company's or a country's, not who thought of one.
 */
function whoseIdeaAsked(question: string): boolean {
  const named = WHOSE_IDEA_ASKED.exec(question)?.[1];
  return named !== undefined && (IDEA_NAMED_BY.test(named) || /^[\p{Lu}\p{N}]/u.test(named));
}

export const PERSON_ASKED: { test(question: string): boolean } = {
  test: (question) => ROLE_ASKED.test(question) || whoseIdeaAsked(question) || ROLE_THEN_WHO_IS_IT.test(question) || ROLE_VERB_ASKED.test(question) || vehicleAsked(question) || FIRST_DEED_ASKED.test(question) || kindOfPersonAsked(question) || whichKindOfPersonDid(question),
};

/** Whether the person asked is the holder of a role by its noun ("who was the architect of…", "the CEO… who is it now"), not the doer of a deed ("who coached…", "who ran the first trials…"). */
export function asksRoleHolder(question: string): boolean {
  return ROLE_ASKED.test(question) || ROLE_THEN_WHO_IS_IT.test(question);
}

// A question's deed is read against every claim checked: each deed's pattern is built once.
const doerOf = new Map<string, RegExp>();
const DEEDS_KEPT = 256;

/** A verb in the past: what the holder of a role is asked to have done. */
const PAST_DEED = String.raw`[a-z]+ed|built|wrote|made|led|ran|won|drew|took|gave|brought|chose|sent`;
/**
 * The deed typed after the role asked: "which architect designed…", "the chief engineer who
 * designed…" ("designed"), "which German official ordered…" ("ordered"); none after an
 * auxiliary ("which minister is…") or with no verb ("who was the architect of…").
 */
const DEED_OF_ROLE = new RegExp(String.raw`\bwhich (?:[\w-]+ )?${ROLE}s?\s+(${PAST_DEED})\b|\b${ROLE}s?\s+who\s+(${PAST_DEED})\b`, 'i');
/** The deed the holder of a role is asked to have done (DEED_OF_ROLE), in lower case; null when none is typed. */
export function deedOfRoleAsked(question: string): string | null {
  const match = DEED_OF_ROLE.exec(question);
  return (match?.[1] ?? match?.[2])?.toLowerCase() ?? null;
}

/**
 * Words of bodies, documents, places and events, not people, after a capitalised word ("Seabed
 * Authority", "Broadway League", "Galapagos National Park", "the Yom Kippur War").
 */
const BODY = String.raw`(?:War|Wars|Crisis|Revolution|Treaty|Accords?|Pact|Convention|Declaration|Charter|Protocol|Conference|Summit|Games|Olympics|Cup|Prize|Awards?|Festival|Expedition|Disaster|Affair|Incident|Rebellion|Uprising|Massacre|Authority|Commission|Court|Agency|Council|University|Institute|Organi[sz]ation|Bank|Department|Ministry|Association|League|Society|Union|Museum|Fund|Foundation|Company|Corporation|Group|Office|Board|Service|Party|Republic|States|Kingdom|Nations|Network|Programme|Program|Survey|Report|Act|Centre|Center|Agreement|Directive|Park|Reserve|Sanctuary|Forest|Islands?|River|Lake|Bay|Sea|Ocean|Mountains?|Bridge|Dam|Tower|Field|Stadium|Cathedral|Chapel|Palace|Square|Street|Station|Airport|Hospital|School|College|County|City|Province|District|Borough|Parish)`;
/**
 * A royal title and a name, opening a sentence or not ("King Gustav II Adolf commissioned Vasa…",
 * "opened by Queen Elizabeth II", "Prince Charles and Princess Diana opened…": held-out 57's
 * claims, read as naming no one), but a place, a body or a thing named after one: a word of BODY
 * among the three after the title, after a possessive too ("Prince Edward Island", "Queen Mary
 * University", "King Street", "Prince George's County"), a number after the name ("the Queen Mary
 * 2", a ship: a regnal number is Roman), "the" before the title, as before two capitalised words
 * ("the King County…", "the King Charles spaniel"), or a place by WordNet or a name of something
 * else (peopleNamed: royalNamed.ts).
 */
const ROYAL_NAMED = String.raw`(?<!\bthe |\bThe )\b${ROYAL_TITLE}\s+(?!(?:\p{Lu}[\p{L}.]*(?:['’]s)?\s+){0,2}${BODY}\b)\p{Lu}\p{Ll}+\b(?!\s+\d\b)`;
/**
 * A person by name: a title and a capitalised word ("Judge Brown", "Dr. Seales"), a royal title
 * and a name (ROYAL_NAMED), or two capitalised words inside a sentence ("led by Peter Harrison",
 * "Luke Farritor, a 21-year-old"),
 * not after "the" nor the name of a body or a place, the second word's or the third's ("the
 * International Seabed Authority", "Galapagos National Park's breeding centres"), nor after a
 * royal title, which ROYAL_NAMED reads ("King County Metro" names a body from its first word).
 */
export const PERSON_NAMED = new RegExp(
  String.raw`\b(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Judge|General|Sir|Lord)\.?\s+\p{Lu}|${ROYAL_NAMED}|(?<![.!?]\s|^|\bthe |\bThe |\b${ROYAL_TITLE}\s)\b(?!(?:The|A|An|In|On|By)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:\p{Lu}\.\s+)?(?!(?:\p{Lu}\p{Ll}+\s+)?${BODY}\b)\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\b`,
  'u',
);

const EVERY_PERSON_NAMED = new RegExp(PERSON_NAMED.source, 'gu');

/**
 * A name (one to three capitalised words, the last no word of a body or a place: BODY) with what it
 * is said to be after it: ", a / an / the" and up to four words, no auxiliary among them ("Mali,
 * the combination was superior"), to the apposition's head, its last word before a comma, a
 * relative, a preposition, "and" or the sentence's end ("Nicolas Hayek, a Lebanese-born management
 * consultant, bought…": consultant; "Darwin, a naturalist who…": naturalist). Group 1 the name, 2
 * the head.
 */
const NAME_AND_WHAT_IT_IS = new RegExp(
  String.raw`\b(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2})(?<!\b${BODY}),\s+(?:a|an|the)\s+(?:(?!${AUXILIARY}\s)[\p{L}\p{N}'’-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]*)(?=\s*[,;:.)]|\s+(?:who|whose|whom|that|of|at|in|from|for|with|and|on|to|by)\b|\s*$)`,
  'gu',
);

/**
 * A name whose apposition says it is one person (NAME_AND_WHAT_IT_IS, its head a noun WordNet has
 * mostly as one: kindOfOnePerson), wherever it stands: a name opening a sentence, which
 * PERSON_NAMED reads as none ("Nicolas Hayek, a Lebanese-born…", "Darwin, a naturalist…"). Not
 * a company, a place or an animal ("Sony, a Japanese company", "Secretariat, a chestnut colt"),
 * nor a party a company or a team is as often ("the tank's owner", "the Dodgers' affiliate":
 * PARTIES), nor people in the plural ("the first devils"), nor a word opening a sentence
 * that WordNet has as an adverb ("However, a doctor…"), nor a name after a preposition or opening
 * with one, the place of an opening phrase ("In Mali, the president of the junta…", "At Apple,
 * the founder…").
 */
function* namedAsOnePerson(text: string): Generator<RegExpExecArray, void, undefined> {
  for (const match of matchesOf(text, NAME_AND_WHAT_IT_IS)) {
    const name = match[1] as string;
    const head = match[2] as string;
    const first = (name.split(/\s/u)[0] as string).toLowerCase();
    const before = letterWordBefore(text, match.index)?.toLowerCase();
    if (FUNCTION_WORDS.has(first) || (before !== undefined && FUNCTION_WORDS.has(before)) || (!/\s/u.test(name) && isAdverb(name))) continue;
    if (PARTIES.has(head) || /[^s]s$/u.test(head)) continue;
    if (kindOfOnePerson(head) && !isNamedPlace(name)) yield match;
  }
}

/** The parties a company, a team or a horse is as often (PARTIES_AS_OFTEN), a place beside another body WordNet has as a person's ("the Dodgers' top minor-league affiliate"), and what a firm is said to be as often as a person ("Apple, the maker of the iPhone", "Amazon, the online retailer"). */
const PARTIES = new Set([...PARTIES_AS_OFTEN, 'affiliate', 'subsidiary', 'member', 'maker', 'manufacturer', 'producer', 'developer', 'retailer', 'vendor', 'distributor', 'underwriter']);

/** Whether WordNet has the word as an adverb ("However", "Meanwhile", "Today"): a sentence's opener, not a name. */
function isAdverb(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && fromWordNet(reader, () => reader.lookup(word.toLowerCase())).some((entry) => entry.pos === 'adv');
}

const SPACE = /\s/u;
const LETTER = /^\p{L}$/u;

/**
 * The word of letters just before `index`, with spaces between (none where no space is): what
 * `/(\p{L}+)\s+$/u` finds in the text before `index`, read back from it. Run over the text before
 * each apposition, that pattern read it all from its start each time.
 */
function letterWordBefore(text: string, index: number): string | undefined {
  let end = index;
  while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
  if (end === index) return undefined;
  let start = end;
  for (let char = charBefore(text, start); char !== undefined && LETTER.test(char); char = charBefore(text, start)) start -= char.length;
  return start === end ? undefined : text.slice(start, end);
}

/** The character (a code point: one or two code units) ending at `end`; undefined at the text's start. */
function charBefore(text: string, end: number): string | undefined {
  if (end <= 0) return undefined;
  const low = text.charCodeAt(end - 1);
  const high = end >= 2 ? text.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/**
 * Each person the text names, in order: a name as PERSON_NAMED reads one (over the whole text: a
 * name opening a sentence is none) that is no place by WordNet (namedPlace.ts: "West Germany", "New
 * York" are written as a person's name is) nor a royal title and the name of something else
 * (royalNamed.ts: "Duke Energy", "Kaiser Permanente researchers"), and a name its apposition says
 * is a person (namedAsOnePerson).
 */
function* peopleNamed(text: string): Generator<RegExpExecArray, void, undefined> {
  const named: RegExpExecArray[] = [];
  for (const match of matchesOf(text, EVERY_PERSON_NAMED)) if (!isNamedPlace(match[0])) named.push(match);
  const somethingElse = royalNamesOfSomethingElse(text, named.map((match) => match[0]));
  const found = somethingElse.size === 0 ? named : named.filter((match) => !somethingElse.has(match[0]));
  // Each index looked up in a set: over a text of many appositions, each one looked through them all.
  const at = new Set(found.map(({ index }) => index));
  for (const match of namedAsOnePerson(text)) if (!at.has(match.index)) found.push(match);
  yield* found.sort((a, b) => a.index - b.index);
}

/** Whether the text names a person (peopleNamed). */
export function namesPerson(text: string): boolean {
  for (const _ of peopleNamed(text)) return true;
  return false;
}

/**
 * A person named in a role: a sentence naming a person (PERSON_NAMED, no place) and a role
 * ("Herbert Coleridge, the project's first editor", "with Joseph P. Kennedy as its first
 * chairman"), any role: the claims call the head asked a chairman. Not a person named in a claim
 * on the thing for another deed ("historical drawings such as Wenceslaus Hollar's view" for the
 * architect asked) nor a thing named after one ("the original Graf Zeppelin" for a captain).
 */
export function namesPersonInRole(text: string): boolean {
  // The names are read over the whole text (peopleNamed), each then in its sentence.
  const sentences = sentencesOf(text);
  const ends: number[] = [];
  let end = 0;
  for (const sentence of sentences) ends.push((end = text.indexOf(sentence, end) + sentence.length));
  // The names come in order: each sentence is found from the last one's and read for a role once,
  // not found and read again for each name in it.
  let i = 0;
  let read = -1;
  for (const { index } of peopleNamed(text)) {
    while (i < ends.length && index >= (ends[i] as number)) i++;
    if (i >= ends.length) return false;
    if (i === read) continue;
    read = i;
    if (ROLE_WORD.test(sentences[i] as string)) return true;
  }
  return false;
}

/**
 * A person named as the doer of the deed asked of a role's holder (deedOfRoleAsked): "designed by
 * Renzo Piano", "Renzo Piano designed…", the name as PERSON_NAMED reads one. A claim names the
 * architect asked by what they did as often as by the role ("The main terminal, designed by Renzo
 * Piano, is…"); a deed "by" a body or a time ("designed by the city", "built by 1994") or done to
 * no one named ("was designed to carry a 200-year flood") names no one.
 */
export function namesDoerOf(text: string, deed: string): boolean {
  let doer = doerOf.get(deed);
  if (doer === undefined) {
    // Any "-ed" word a person types is a deed: the patterns kept are bounded, not one per word ever asked.
    if (doerOf.size >= DEEDS_KEPT) doerOf.clear();
    doer = new RegExp(String.raw`\b${deed}\s+by\s+(?:${PERSON_NAMED.source})|(?:${PERSON_NAMED.source})\s+${deed}\b`, 'u');
    doerOf.set(deed, doer);
  }
  return doer.test(text);
}
