// What a chat message says to people that asks nothing of the reports: acknowledging or signing
// off ("ok cool", "got it", "bye"), thanking ("thanks for the help earlier", "cheers all!"), praise
// for whoever answered ("you're a star", "good bot") and offering to be reached ("feel free to ping
// me…"). chatQuestion.ts drops them from what is searched; a message that is nothing else asks
// nothing (chatQuestion.asksNothing, acknowledges).

import { AUXILIARY } from './auxiliaryVerbs.js';
import { charsNotBefore } from './charsNotBefore.js';
import { type CuedPattern, cued } from './cuedPattern.js';
import { ADDRESSEE, QUESTION_WORD, STOP } from './greetings.js';

// Wishing someone well on leaving ("have a good weekend", "enjoy your evening", "take care"): a
// sign-off, as "bye" is; said alone, or after thanks or "bye" ("ok bye, have a good weekend",
// "thanks and have a great day"), to whoever is there ("…weekend everyone"), or answering one ("you too").
const WELL_WISHING_TIME = String.raw`(?:rest\s+of\s+(?:your|the)\s+)?(?:one|day|weekend|evening|night|week|holiday|holidays|break|trip|time|flight|summer)`;
const WELL_WISHING = String.raw`(?:[Aa]nd\s+)?(?:[Hh]ave\s+a\s+(?:good|great|nice|lovely|wonderful|relaxing|fun|safe)\s+${WELL_WISHING_TIME}|[Ee]njoy\s+(?:your|the)\s+${WELL_WISHING_TIME}|[Gg]ood\s*night|[Tt]ake\s+care|[Ss]afe\s+travels)(?:\s+(?:everyone|everybody|all|team|folks|guys|y'all))?|[Yy]ou\s+too|[Ss]ame\s+to\s+you`;

// Taking back what was asked: "never mind (then / that)", "nevermind", "nvm", "forget it" (held-out
// 59), in capitals too (unlike "OK" and "Nice" they name nothing), or that the asker found it after all.
const WITHDRAWING = String.raw`(?:[Nn]ever|NEVER)\s*(?:[Mm]ind|MIND)(?:\s+(?:then|that))?|nvm|NVM|[Ff]orget\s+(?:it|that|about\s+it)|[Ff]ound\s+it|[Ff]igured\s+it\s+out`;

// Taking leave, with when the talk picks up again or to whom: "talk later", "talk to you soon",
// "speak soon", "see ya", "see you all tomorrow", "bye", "bye for now", "bye everyone".
const LEAVE_TAKING = String.raw`(?:[Tt]alk|[Ss]peak)\s+(?:to\s+you\s+)?(?:later|soon|tomorrow)|ttyl|[Ss]ee\s+(?:you|ya)(?:\s+(?:${ADDRESSEE}))?(?:\s+(?:later|soon|tomorrow|around))?|cya|(?:[Gg]ood\s*)?[Bb]ye(?:\s+for\s+now)?(?:\s+(?:${ADDRESSEE}))?`;

// A reaction said alone, or after an interjection ("oh well", "oh I see", "wow"): taking in what was
// said, as "ok" does; nothing asked. Inside a question they ask on ("did the well run dry?").
const REACTION = String.raw`[Ww]ell|[Ii]\s+see|[Ww]ow+`;

// A message that only acknowledges or signs off ("ok cool, talk later", "lol ok cool", "sounds
// good 👍", "goodbye"): nothing is asked. As the whole message only, once the filler is gone
// ("cool roofs", "a great deal" ask on: acknowledgementsOnly.ts).
// "Nice" (the city) and "OK" (Oklahoma) capitalised are a keyword search: "nice" and "ok" only in
// lower case. Withdrawing the question signs off as well (held-out 59 "lol ok never mind", answered
// with a claim): "never mind", "nevermind", "nvm", "forget it", as the whole message only here.
export const ACKNOWLEDGEMENT = String.raw`${WELL_WISHING}|${WITHDRAWING}|ok|[Oo]kay|[Cc]ool|[Gg]reat|nice|[Aa]wesome|[Pp]erfect|[Gg]ot\s+it|[Gg]otcha|[Ss]ounds\s+good|[Nn]oted|[Ww]ill\s+do|[Aa]ll\s+good|[Nn]o\s+worries|${REACTION}|${LEAVE_TAKING}`;

/**
 * The words that thank, written once: the chat abbreviations drop them wherever they stand
 * (chatShorthand.ts CHAT_ABBREVIATIONS), thanking opening a clause takes what follows them (THANKING),
 * and a message that asks nothing and holds them needs no reply (THANKS_OR_PRAISE).
 */
export const THANKS_WORDS: readonly string[] = ['thanks', 'thank you', 'thx', 'ty', 'cheers'];

// Words that acknowledge or sign off, and the thanks THANKS_OR_PRAISE does not read ("thank u",
// "tysm", "tia"), as a message that asks nothing holds them ("ok cool", "that's all for now", "that's
// everything"): said to the bot, they need no reply (acknowledges).
export const THANKS_OR_SIGN_OFF = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ACKNOWLEDGEMENT}|[Tt]hank|tysm|tia|[Tt]hat(?:['’]?s|\s+is)?\s+(?:all|everything)|[Tt]hat['’]?ll\s+be\s+it)(?![\p{L}\p{N}])`,
  'u',
);

// Thanks before praise with no stop between ("thx that was useful"): the chat abbreviations drop the thanks later.
const THANKS_LEAD_IN = THANKS_WORDS.map((words) => words.replace(/ /g, String.raw`\s+`)).join('|');
// Thanking someone, and what they are praised as after an answer ("you're a star", "you're the best").
// Appreciating thanks as well ("much appreciated", "appreciate it", "i really appreciate that").
const THANKING = String.raw`${THANKS_LEAD_IN}|kudos|(?:much|greatly|really)\s+appreciated|(?:i\s+)?(?:really\s+|truly\s+)?appreciate\s+(?:it|that|this|you|the\s+help)`;
// How much or how often: "thanks so much", "thx a ton", "thanks again", "thanks in advance".
const THANKS_AMOUNT = String.raw`(?:so|very)\s+much|a\s+(?:lot|ton|bunch|million)|tons|heaps|loads|again|in\s+advance`;
const PRAISED_AS = String.raw`star|legend|lifesaver|life\s+saver|hero|gem|champ|rockstar|best|greatest|genius`;
// How much an answer helped: "very helpful", "super useful" ("super" is gone by the time praise is read).
const DEGREE = String.raw`(?:(?:so|very|really|super|extremely|incredibly|quite|pretty)\s+)?`;
// How an answer helped, said of it alone too ("very helpful").
const HELPED_AS = String.raw`helpful|useful|informative|interesting`;
/**
 * The answer said to be what the asker wanted, after "that was" or as a clause alone ("exactly what I
 * needed, thanks!"): "exactly" in it is no hesitation (chatQuestion.ts CHAT_WORDS_OPENING).
 */
export const WHAT_WAS_WANTED = String.raw`(?:exactly|just)\s+what\s+i\s+(?:needed|wanted|was\s+looking\s+for)`;
// What an answer is praised as: how it helped the asker, not what it is about ("that was helpful";
// "that was interesting" too, said of an answer). Not "great" or "perfect" alone: ACKNOWLEDGEMENT's.
const ANSWER_PRAISED_AS = String.raw`${HELPED_AS}|great|perfect|spot\s+on|${WHAT_WAS_WANTED}`;
// Praise for the answer just given, as its own clause: "that was super helpful", "this is
// useful", "very helpful", "you have been helpful", "that helps", "that answers it", "good to know",
// "makes sense", "exactly what I needed".
// As a clause only (THANKS_PRAISE_AND_OFFERS reads it to a stop or the message's end): "what limits how
// useful batteries are…" and "are the tests … useful?" ask.
// "that's" / "it's" too, typed with or without its apostrophe: the filler is read with the "'s" gone
// ("thanks, that's exactly what I needed!" reads "that exactly what I needed"), THANKS_OR_PRAISE with
// it still there.
const ANSWER_PRAISE = String.raw`(?:(?:that|this|it)(?:['’]?s\b|\s+(?:was|is|has\s+been))?|you\s+(?:have\s+been|were|are))\s+${DEGREE}(?:${ANSWER_PRAISED_AS})|(?<!\b(?:and|or|so)\s+)${DEGREE}(?:${HELPED_AS})|(?:that|this|it)\s+(?:help(?:s|ed)(?:\s+a\s+lot)?|answers\s+(?:it|that|my\s+question)|clears\s+(?:it|that|things)\s+up)|good\s+to\s+know|(?:that\s+)?makes\s+sense|${WHAT_WAS_WANTED}`;
// Praise for an answer or its work: "you're a star", "you rock", "good bot", "great job", "nice one", "well done".
const PRAISE = String.raw`you\s+(?:are|r)\s+(?:a|an|the|my)?\s*(?:${PRAISED_AS})|you\s+rock|(?:good|great|nice|clever)\s+bot|(?:great|good|nice|awesome|brilliant)\s+(?:job|work|one|stuff)|well\s+done|${ANSWER_PRAISE}`;
/**
 * An interjection opening a message or a clause ("oh never mind", "ah ok", "ooh thanks"): it says
 * nothing of the topic. Read opening them only: "OH" in capitals is Ohio (chatQuestion.ts).
 */
export const INTERJECTION = String.raw`o+h+|a+h+`;

/**
 * A word that leads into what the asker says next ("ok thanks for…", "oh thanks", "lol you rock",
 * "so what can you do?", "and what can you help with?"): an acknowledgement, thanks, an
 * interjection, a conjunction or a laugh.
 */
export const LEAD_IN = String.raw`${ACKNOWLEDGEMENT}|${THANKS_LEAD_IN}|${INTERJECTION}|and|so|lol|haha`;

/**
 * `words` where they open the message or a clause: after its start, a stop, a new line or a word that
 * leads into them (LEAD_IN); not inside a question ("were there cheers for owens in berlin?", "did
 * lind get any thanks for his trial?"). Matched first and looked behind from their end, not at every
 * position.
 */
function openingClause(words: string): string {
  return String.raw`\b(?:${words})(?<=(?:^|${STOP}|\n|\b(?:${LEAD_IN}))[\s\p{P}]*(?:${words}))`;
}
/**
 * The rest of a clause, to a stop, a new line or the question that follows with no stop between
 * (emoji are gone by now: "thx for the dna report 🙏 what was the clue…" asks on at "what").
 */
const CLAUSE_END_REST = charsNotBefore(`${QUESTION_WORD}|${AUXILIARY}`, String.raw`[^?!.,;:…\n]`);

/**
 * Thanks, appreciation or praise anywhere in a message that asks nothing ("thanks a lot bot",
 * "much appreciated", "you rock", "great job"): said to the bot, they need no reply, as
 * THANKS_OR_SIGN_OFF's words need none. Read with the contractions spelled out ("you're" is "you are").
 */
export const THANKS_OR_PRAISE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${THANKING}|${PRAISE})(?![\p{L}\p{N}])`, 'iu');

// The words one of which thanking holds, its cue (cuedPattern.ts), "ty" only as a word of its own
// ("city" holds it); and praise's.
const THANKING_CUE = String.raw`thank|thx|\bty\b|cheers|kudos|appreciat`;
const PRAISE_CUE = String.raw`you|good|great|nice|clever|awesome|brilliant|done|help|useful|informative|interesting|perfect|spot|sense|answers|clears|exactly|just\s+what`;

/** Thanking, praise, an offer to be reached and inviting correction, as the filler chatQuestion.ts drops (in this order). */
export const THANKS_PRAISE_AND_OFFERS: readonly CuedPattern[] = [
  // thanking for something, opening the message or a clause (openingClause), to the clause's end
  // ("thanks for the help earlier", "thank you so much for digging that up"), or thanking the room
  // ("thanks bot,", "cheers all!"), and praise for whoever answered ("you're a star", "you're the best", "you
  // rock", "good bot"): said after an answer, nothing is asked (held-out 25's "thanks for the help
  // earlier, you're a star 🙏" was searched as "help earlier star"). ("you're" is "you are" by now.)
  // Either ends at a stop, but not at a hyphen joining a word ("nice one-liner about…" asks on).
  cued(
    new RegExp(String.raw`${openingClause(THANKING)}(?:\s+(?:${ADDRESSEE}))?(?:\s+(?:${THANKS_AMOUNT}))?(?:\s+(?:${ADDRESSEE}))?(?:\s+for\b${CLAUSE_END_REST}|\b(?![-‐‑]\p{L})(?=[\s\p{P}]*$|\s*${STOP}))`, 'giu'),
    THANKING_CUE,
  ),
  cued(new RegExp(String.raw`${openingClause(PRAISE)}(?:\s+(?:${ADDRESSEE}))?\b(?![-‐‑]\p{L})(?=(?:(?!\?)[\s\p{P}])*$|\s*[,;.!…—–-])`, 'giu'), PRAISE_CUE),
  // offering to be reached, to the clause's end ("feel free to ping me if anything breaks", held-out
  // 16): said to the room, nothing is asked of the reports.
  // A condition after it runs to the clause's end or to "but", which opens what is asked ("feel free
  // to ping me if this is wrong but do bike lanes…"); an auxiliary in it ("is wrong") is none of the
  // question's.
  cued(new RegExp(String.raw`\bfeel\s+free\s+to\s+(?:ping|message|dm|pm|slack|text|call|email|e-mail|tag|contact|correct|reach\s+out\s+to)\s+(?:me|us)\b(?:\s+if\b[^?!.,;:…\n]*?(?:[,;]?\s+but\b|(?=[?!.,;:…\n]|$))|${CLAUSE_END_REST})`, 'giu'), 'free'),
  // inviting correction, wherever it stands ("correct me if i'm wrong but…", "…? lmk if that's wrong"):
  // a hedge, no topic; only where "wrong" ends its clause ("let me know if it is wrong to…" asks).
  // ("i'm" is "i am" and "that's" "that" by now; read before "lmk" goes with the chat abbreviations.)
  cued(/\b(?:correct\s+me|lmk|let\s+me\s+know)\s+if\s+(?:i\s+am|im|i\s+was|(?:this|that|it)(?:\s+is)?|thats)\s+wrong\b(?:[,;]?\s+but\b|(?=[\s\p{P}]*$|\s*[,;:.!?…\n]))/giu, 'wrong'),
];
