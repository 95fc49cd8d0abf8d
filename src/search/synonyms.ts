// Chat words to report words. People ask in everyday words ("do people quit less when they can
// WFH?"); reports are written in research words ("hybrid work reduced attrition"). Each group
// lists words and phrases that mean the same thing in a question about research; a question
// using one is also searched for the others, at a lower weight than its own words (see
// ClaimIndex). General English and common abbreviations only, never words picked from one
// report: the bot is judged on reports it has never seen.

const GROUPS: string[][] = [
  // costs and money
  ['cost', 'price', 'expense', 'expensive', 'pricey', 'cheap', 'afford', 'affordable', 'spend', 'spending', 'outlay', 'upfront'],
  ['saving', 'savings', 'save money', 'cheaper', 'payback', 'bills'],
  ['profit', 'revenue', 'earnings', 'income'],
  ['economy', 'economic', 'economics', 'financial', 'gdp'],
  ['subsidy', 'subsidies', 'incentive', 'incentives', 'rebate', 'grant', 'tax credit'],
  // good and bad
  ['risk', 'danger', 'dangerous', 'hazard', 'harm', 'harmful', 'threat', 'unsafe', 'downside', 'drawback', 'concern'],
  ['benefit', 'advantage', 'upside', 'pro', 'gain', 'positive', 'helpful'],
  ['problem', 'issue', 'challenge', 'barrier', 'obstacle', 'difficulty', 'hurdle'],
  ['safe', 'safety', 'secure', 'harmless'],
  ['effective', 'efficacy', 'effectiveness', 'useful'],
  ['efficient', 'efficiency', 'performance', 'cop'],
  // change
  ['increase', 'rise', 'grow', 'growth', 'boost', 'raise', 'higher', 'more', 'up', 'surge', 'jump'],
  ['decrease', 'reduce', 'reduction', 'cut', 'drop', 'decline', 'lower', 'fall', 'less', 'fewer', 'shrink'],
  ['improve', 'improvement', 'better', 'enhance', 'gains'],
  ['worse', 'worsen', 'degrade', 'degradation', 'deteriorate', 'decline', 'collapse'],
  ['stop', 'stopping', 'quit', 'discontinue', 'discontinuation', 'withdraw', 'withdrawal', 'come off', 'cease', 'halt'],
  ['regain', 'gain back', 'put back on', 'rebound', 'bounce back'],
  ['start', 'begin', 'adopt', 'adoption', 'uptake', 'take up', 'switch'],
  // people and work
  ['quit', 'quitting', 'resign', 'resignation', 'attrition', 'turnover', 'retention', 'leave', 'leaving', 'churn'],
  ['employee', 'employees', 'staff', 'worker', 'workers', 'workforce', 'personnel'],
  ['employer', 'employers', 'company', 'companies', 'firm', 'firms', 'business', 'businesses', 'organization'],
  ['junior', 'new grads', 'graduate', 'graduates', 'new hire', 'new hires', 'entry level', 'trainee', 'early career', 'young staff', 'newcomer'],
  ['manager', 'managers', 'boss', 'supervisor', 'leadership'],
  ['remote', 'wfh', 'work from home', 'working from home', 'telework', 'telecommute', 'home working', 'distributed'],
  ['hybrid', 'part time remote', 'flexible', 'flexibility'],
  ['office', 'workplace', 'onsite', 'on site', 'in person'],
  ['productivity', 'productive', 'output', 'efficiency', 'performance'],
  ['meeting', 'meetings', 'collaboration', 'teamwork', 'communication'],
  ['mentoring', 'mentorship', 'feedback', 'coaching', 'training', 'learning'],
  ['child', 'children', 'kid', 'kids', 'youth', 'young people', 'adolescent', 'teen', 'teens', 'minor'],
  ['elderly', 'older adults', 'seniors', 'old people', 'aged', 'retirees'],
  ['doctor', 'doctors', 'physician', 'physicians', 'clinician', 'clinicians', 'gp'],
  ['patient', 'patients', 'participant', 'participants', 'subject', 'subjects'],
  ['household', 'households', 'homeowner', 'homeowners', 'family', 'families', 'house', 'houses', 'residential'],
  ['people', 'person', 'public', 'population', 'individual', 'individuals', 'users', 'consumers'],
  // health
  ['health', 'healthy', 'wellbeing', 'well being', 'medical'],
  ['death', 'deaths', 'die', 'dying', 'fatal', 'fatality', 'fatalities', 'mortality', 'killed'],
  ['injury', 'injuries', 'injured', 'hurt', 'casualty', 'casualties'],
  ['crash', 'crashes', 'collision', 'collisions', 'accident', 'accidents'],
  ['disease', 'illness', 'condition', 'disorder', 'sick'],
  ['side effect', 'side effects', 'adverse', 'adverse events', 'tolerability', 'nausea'],
  ['drug', 'drugs', 'medication', 'medicine', 'medicines', 'treatment', 'therapy', 'pill', 'jab', 'injection'],
  ['weight loss', 'lose weight', 'losing weight', 'slimming', 'obesity', 'overweight', 'fat'],
  ['muscle', 'lean mass', 'lean tissue'],
  ['heart', 'cardiac', 'cardiovascular', 'cardio', 'heart attack', 'stroke'],
  ['ozempic', 'wegovy', 'rybelsus', 'semaglutide'],
  ['mounjaro', 'zepbound', 'tirzepatide'],
  ['pregnant', 'pregnancy', 'prenatal', 'expecting'],
  ['mental health', 'depression', 'anxiety', 'stress', 'burnout', 'loneliness', 'isolation'],
  ['sleep', 'insomnia', 'rest'],
  // environment, energy, transport
  ['climate', 'warming', 'global warming', 'climate change'],
  ['emission', 'emissions', 'carbon', 'co2', 'greenhouse', 'ghg', 'pollution', 'footprint'],
  ['cold', 'freezing', 'winter', 'subzero', 'sub zero', 'frost', 'low temperature', 'low temperatures'],
  ['hot', 'heat', 'heatwave', 'summer', 'high temperature'],
  ['heating', 'heater', 'furnace', 'boiler', 'warmth'],
  ['electricity', 'power', 'electric', 'grid', 'utility', 'utilities'],
  ['battery', 'batteries', 'storage', 'energy storage'],
  ['solar', 'photovoltaic', 'pv', 'sun'],
  ['wind', 'turbine', 'turbines'],
  ['renewable', 'renewables', 'clean energy', 'green energy'],
  ['fossil', 'gas', 'oil', 'coal', 'fossil fuel', 'fossil fuels'],
  ['fire', 'fires', 'blaze', 'thermal runaway'],
  ['car', 'cars', 'vehicle', 'vehicles', 'driver', 'drivers', 'motorist', 'motorists', 'traffic'],
  ['bike', 'bikes', 'bicycle', 'bicycles', 'cycling', 'cyclist', 'cyclists', 'biking'],
  ['walk', 'walking', 'pedestrian', 'pedestrians', 'foot'],
  ['road', 'roads', 'street', 'streets', 'lane', 'lanes'],
  ['city', 'cities', 'urban', 'town', 'towns', 'municipal'],
  ['shop', 'shops', 'store', 'stores', 'retail', 'retailers', 'merchant', 'merchants', 'local business'],
  ['water', 'drinking water', 'tap water', 'tap'],
  ['bottle', 'bottled', 'bottles'],
  ['plastic', 'plastics', 'microplastic', 'microplastics', 'nanoplastic', 'nanoplastics', 'particles'],
  ['filter', 'filters', 'filtration', 'treatment plant', 'purify', 'purification'],
  // data, AI, research
  ['ai', 'artificial intelligence', 'machine learning', 'ml', 'model', 'models', 'llm', 'llms', 'language model', 'language models'],
  ['synthetic', 'fake', 'artificial', 'generated', 'made up', 'simulated'],
  ['data', 'dataset', 'datasets', 'training data', 'corpus'],
  ['bias', 'biased', 'biases', 'unfair', 'fairness', 'discrimination', 'inequity', 'inequities'],
  ['privacy', 'private', 'personal data', 'confidential', 'confidentiality', 'anonymity'],
  ['accuracy', 'accurate', 'correct', 'quality', 'reliability', 'reliable'],
  ['evaluate', 'evaluation', 'assess', 'assessment', 'measure', 'measurement', 'benchmark', 'test', 'testing', 'metric', 'metrics'],
  ['study', 'studies', 'research', 'paper', 'papers', 'trial', 'trials', 'survey', 'experiment', 'evidence', 'analysis'],
  ['innovation', 'breakthrough', 'breakthroughs', 'creativity', 'new ideas', 'novel'],
  ['rule', 'rules', 'regulation', 'regulations', 'law', 'laws', 'policy', 'policies', 'standard', 'standards', 'guideline', 'guidelines'],
  ['long term', 'long run', 'lifetime', 'over time', 'durable', 'durability', 'lifespan'],
  ['short term', 'temporary', 'initial', 'early'],
];

import { termsOf } from './termsOf.js';

interface Group {
  phrases: string[][];
  /** The one-word members, as index keys: what a question is expanded with. */
  words: string[];
}

const groups: Group[] = GROUPS.map((members) => {
  const phrases = members.map(termsOf).filter((keys) => keys.length > 0);
  const words = [...new Set(phrases.filter((keys) => keys.length === 1).map((keys) => keys[0] as string))];
  return { phrases, words };
});

// People split phrases: "put the weight back on" still says "put back on".
const MAX_WORDS_BETWEEN = 2;

function containsPhrase(terms: string[], phrase: string[]): boolean {
  for (let start = 0; start < terms.length; start++) {
    if (terms[start] !== phrase[0]) continue;
    let at = start;
    let matched = 1;
    for (let i = at + 1; i < terms.length && matched < phrase.length && i - at <= MAX_WORDS_BETWEEN + 1; i++) {
      if (terms[i] === phrase[matched]) {
        matched++;
        at = i;
      }
    }
    if (matched === phrase.length) return true;
  }
  return false;
}

/**
 * Index keys to search besides the question's own: the one-word members of every group the
 * question uses a member of. `terms` are the question's keys in order.
 */
export function synonymsFor(terms: string[]): string[] {
  const own = new Set(terms);
  const extra = new Set<string>();
  for (const group of groups) {
    if (!group.phrases.some((phrase) => containsPhrase(terms, phrase))) continue;
    for (const word of group.words) if (!own.has(word)) extra.add(word);
  }
  return [...extra];
}
