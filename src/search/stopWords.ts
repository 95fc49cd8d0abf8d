// Words that carry no topic in a question typed to a chat bot. Dropping them matters for speed as
// much as relevance: without them "what are the risks of X" matches nearly every claim (answers
// dozens of times slower in a large library; bench/README.md). Hand-made rather than stopwords-iso, whose English list
// also drops words people search for ("research", "results", "effect"). Kept: topic words such as
// risk, benefit, cost, effect, research, evidence, study. The reflexive pronouns ("pay for
// themselves", "pays for itself") are pronouns as "them" and "it" are; the indefinite ones
// ("anyone", "someone", "everyone", "nobody") stay searched: measured, they moved nothing or churned
// (eval/README.md, twenty-fifth session, rank27). "While" joins two clauses as "when" does ("what do
// terns eat while they are migrating"); "after a while" is a time, no topic.

import { AUXILIARY_VERBS } from './auxiliaryVerbs.js';

/** The prepositions (and the conjunctions of time "while", "whilst"): what a phrase after a word opens with ("the effect of the winning times", askedDuration.ts). */
export const PREPOSITIONS: readonly string[] = `of in on at by for with from to into onto over under about above below between among through
during before after since until while whilst upon within without against toward towards via per`.split(/\s+/);

// With every auxiliary (auxiliaryVerbs.ts) and preposition, one list for all readings.
const FUNCTION_WORD_LIST = `${AUXILIARY_VERBS.join(' ')}
a an the and or but nor so yet if then than that this these those there here
${PREPOSITIONS.join(' ')}
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
myself yourself yourselves himself herself itself ourselves themselves oneself
who whom whose which what whats when where why how whether
be been being isnt arent wasnt werent
done doing dont doesnt didnt
having havent hasnt
cant couldnt shouldnt wouldnt wont
not no yes also just only very too quite really much many more most some any all each every
other others else such same own both either neither
as like well even still ever again further once
s t d ll m re ve
`;

// Words people wrap questions in when they ask a bot; "conclude" asks for a source's finding as
// "find" and "say" do ("what did the review conclude?"), and a claim states the finding, not the verb.
// "Describes" asks what a source says, as "says" does ("which source describes how reviewers
// received the stethoscope?"); "described" is kept, as often the deed asked ("who first described
// the species?", "the witness who described the heat").
const CHAT_WORDS = `
please pls thanks thank hi hello hey
tell say says said show give list explain describe describes summarize summarise
know think find found look looking want wondering curious
conclude concludes concluded
anything something everything thing things
regarding concerning re wrt
`;

/** The function words alone (not the chat words): what sharedFunctionWords.ts compares. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(FUNCTION_WORD_LIST.split(/\s+/).filter((w) => w !== ''));

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORD_LIST} ${CHAT_WORDS}`.split(/\s+/).filter((w) => w !== ''),
);
