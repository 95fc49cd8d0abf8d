// The words generated reports and questions are made of: research domains with their subjects,
// measures, settings and jargon, plus the shared language of research reports. Real phrases, so
// stemming, stop words, fuzzy and prefix matching behave on the benchmark as on real questions.

export interface Domain {
  /** Used in report ids: `heat-pumps-00042`. */
  slug: string;
  /** Research questions a report on this domain could answer (its Topic). */
  topics: string[];
  /** What claims are about: "air-source heat pumps". */
  subjects: string[];
  /** What claims say changes: "heating bills". */
  measures: string[];
  /** Where or for whom: "in cold climates". */
  settings: string[];
  /** Jargon that appears in quotes and findings. */
  jargon: string[];
}

export const DOMAINS: Domain[] = [
  {
    slug: 'heat-pumps',
    topics: ['Do heat pumps work well in cold climates?', 'What does it cost to replace gas boilers with heat pumps?'],
    subjects: ['air-source heat pumps', 'ground-source heat pumps', 'cold-climate heat pumps', 'hybrid heating systems', 'heat pump water heaters', 'district heating networks'],
    measures: ['heating bills', 'seasonal efficiency', 'installation costs', 'carbon emissions', 'peak electricity demand', 'indoor comfort', 'defrost losses', 'maintenance needs'],
    settings: ['in cold climates', 'in older homes', 'in poorly insulated buildings', 'in Nordic countries', 'during winter peaks', 'in rural households'],
    jargon: ['coefficient of performance', 'refrigerant', 'backup resistance heat', 'heat loss survey', 'vapour injection', 'flow temperature'],
  },
  {
    slug: 'grid-batteries',
    topics: ['What role can grid-scale batteries play in balancing wind and solar?', 'How safe is large-scale battery storage?'],
    subjects: ['lithium-ion battery plants', 'grid-scale storage', 'iron-air batteries', 'pumped hydro storage', 'home batteries', 'vehicle-to-grid charging'],
    measures: ['frequency control costs', 'curtailment of solar output', 'evening peak prices', 'fire incidents', 'round-trip efficiency', 'capacity degradation', 'market revenues', 'grid reliability'],
    settings: ['in California', 'in South Australia', 'on islanded grids', 'in markets with high solar shares', 'during heatwaves', 'in Texas'],
    jargon: ['ancillary services', 'grid-forming inverters', 'thermal runaway', 'state of charge', 'arbitrage', 'interconnection queue'],
  },
  {
    slug: 'glp1-drugs',
    topics: ['What are the benefits and risks of GLP-1 weight-loss drugs?', 'Do people regain weight after stopping semaglutide?'],
    subjects: ['semaglutide', 'tirzepatide', 'GLP-1 receptor agonists', 'weekly injectable treatments', 'oral GLP-1 tablets', 'compounded versions of the drugs'],
    measures: ['body weight', 'cardiovascular events', 'gastrointestinal side effects', 'muscle mass', 'weight regain', 'treatment adherence', 'insurance costs', 'blood sugar control'],
    settings: ['in adults with obesity', 'in people with type 2 diabetes', 'in adolescents', 'after treatment stops', 'in long-term follow-up', 'in primary care'],
    jargon: ['placebo-controlled trial', 'lean body mass', 'pancreatitis', 'dose escalation', 'HbA1c', 'appetite regulation'],
  },
  {
    slug: 'microplastics',
    topics: ['How much microplastic is in drinking water and does it harm health?', 'Does bottled water contain more microplastics than tap water?'],
    subjects: ['microplastic particles', 'nanoplastics', 'bottled water', 'tap water', 'water treatment plants', 'plastic food packaging'],
    measures: ['particle counts', 'human exposure', 'inflammation markers', 'removal rates', 'detection limits', 'chemical leaching', 'gut microbiome changes', 'sampling error'],
    settings: ['in bottled water', 'in municipal supplies', 'in household filters', 'in laboratory studies', 'in human blood samples', 'in coastal cities'],
    jargon: ['Raman spectroscopy', 'polyethylene terephthalate', 'coagulation', 'limit of detection', 'polymer fragments', 'additive chemicals'],
  },
  {
    slug: 'remote-work',
    topics: ['Does remote work make people more or less productive?', 'What happens to teams when offices go hybrid?'],
    subjects: ['fully remote work', 'hybrid schedules', 'return-to-office mandates', 'four-day weeks', 'distributed engineering teams', 'video meetings'],
    measures: ['individual productivity', 'employee retention', 'mentoring of junior staff', 'commute time', 'collaboration networks', 'promotion rates', 'office costs', 'burnout'],
    settings: ['in software companies', 'in call centres', 'for new hires', 'across time zones', 'in large firms', 'among working parents'],
    jargon: ['randomised trial', 'attrition', 'asynchronous communication', 'badge data', 'self-reported output', 'knowledge transfer'],
  },
  {
    slug: 'synthetic-data',
    topics: ['What are the risks and benefits of training language models on synthetic data?', 'Can synthetic data replace real data for model evaluation?'],
    subjects: ['synthetic training data', 'model-generated text', 'distilled datasets', 'synthetic evaluation benchmarks', 'privacy-preserving synthetic records', 'self-instruct pipelines'],
    measures: ['model collapse', 'bias amplification', 'benchmark contamination', 'data diversity', 'privacy leakage', 'downstream accuracy', 'generation costs', 'factual errors'],
    settings: ['in large language models', 'in medical records', 'during fine-tuning', 'across model generations', 'in low-resource languages', 'in code models'],
    jargon: ['tail distribution', 'membership inference', 'recursive training', 'data provenance', 'differential privacy', 'filtering heuristics'],
  },
  {
    slug: 'bike-lanes',
    topics: ['Do protected bike lanes make city streets safer?', 'How do bike lanes affect local businesses?'],
    subjects: ['protected bike lanes', 'painted cycle lanes', 'low-traffic neighbourhoods', 'e-bike subsidies', 'bike-share schemes', 'road diets'],
    measures: ['cyclist injuries', 'pedestrian deaths', 'retail spending', 'traffic speeds', 'cycling rates', 'emergency response times', 'car ownership', 'air quality'],
    settings: ['in dense city centres', 'in suburban corridors', 'in Paris', 'in New York', 'at intersections', 'near schools'],
    jargon: ['modal shift', 'induced demand', 'crash severity', 'kerb separation', 'safety in numbers', 'before-after study'],
  },
  {
    slug: 'sleep-health',
    topics: ['How does short sleep affect long-term health?', 'Do sleep trackers improve sleep?'],
    subjects: ['chronic short sleep', 'shift work', 'sleep trackers', 'cognitive behavioural therapy for insomnia', 'melatonin supplements', 'late-night screen use'],
    measures: ['cardiovascular risk', 'memory consolidation', 'insulin sensitivity', 'sleep latency', 'daytime alertness', 'accident rates', 'mood disorders', 'sleep duration'],
    settings: ['in adolescents', 'in night-shift nurses', 'in older adults', 'in randomised trials', 'in cohort studies', 'in people with insomnia'],
    jargon: ['circadian rhythm', 'polysomnography', 'slow-wave sleep', 'actigraphy', 'sleep debt', 'orthosomnia'],
  },
  {
    slug: 'ev-charging',
    topics: ['Is public charging holding back electric car adoption?', 'What does fast charging do to battery life?'],
    subjects: ['public fast chargers', 'home charging', 'electric buses', 'battery electric cars', 'charging hubs on motorways', 'workplace chargers'],
    measures: ['charger reliability', 'battery degradation', 'range anxiety', 'charging costs', 'grid upgrade costs', 'adoption rates', 'queue times', 'lifecycle emissions'],
    settings: ['in apartment buildings', 'in rural areas', 'on long trips', 'in cold weather', 'in Norway', 'for ride-hailing drivers'],
    jargon: ['kilowatt-hours', 'uptime', 'depot charging', 'smart charging', 'state of health', 'demand charges'],
  },
  {
    slug: 'ultra-processed-food',
    topics: ['Are ultra-processed foods bad for health?', 'Do front-of-pack labels change what people buy?'],
    subjects: ['ultra-processed foods', 'sugar-sweetened drinks', 'front-of-pack labels', 'sugar taxes', 'school meal standards', 'plant-based meat'],
    measures: ['calorie intake', 'obesity rates', 'all-cause mortality', 'purchases of sugary drinks', 'reformulation by manufacturers', 'diet quality', 'food prices', 'dental decay'],
    settings: ['in children', 'in low-income households', 'in the United Kingdom', 'in Mexico', 'in supermarket data', 'in controlled feeding studies'],
    jargon: ['NOVA classification', 'energy density', 'confounding', 'hyperpalatable', 'food environment', 'dose-response'],
  },
  {
    slug: 'carbon-capture',
    topics: ['Can carbon capture and storage deliver at scale?', 'How much does direct air capture cost?'],
    subjects: ['direct air capture', 'carbon capture at cement plants', 'bioenergy with carbon capture', 'geological storage', 'enhanced rock weathering', 'carbon removal credits'],
    measures: ['capture rates', 'cost per tonne', 'energy demand', 'leakage risk', 'project delays', 'storage capacity', 'credit quality', 'water use'],
    settings: ['in saline aquifers', 'in Iceland', 'at gas processing plants', 'in voluntary markets', 'under current subsidies', 'in heavy industry'],
    jargon: ['sorbent', 'permanence', 'monitoring and verification', 'additionality', 'enhanced oil recovery', 'tonnes of CO2'],
  },
  {
    slug: 'reading-instruction',
    topics: ['Does phonics instruction improve reading outcomes?', 'What helps struggling readers catch up?'],
    subjects: ['systematic phonics', 'whole-language teaching', 'small-group tutoring', 'reading recovery programmes', 'decodable books', 'teacher training in reading science'],
    measures: ['word reading accuracy', 'reading comprehension', 'test scores', 'attainment gaps', 'teacher retention', 'programme costs', 'fade-out of gains', 'dyslexia identification'],
    settings: ['in early primary school', 'for disadvantaged pupils', 'in England', 'in Mississippi', 'for English learners', 'in rural schools'],
    jargon: ['effect size', 'phonemic awareness', 'fluency', 'cluster-randomised trial', 'high-dosage tutoring', 'screening check'],
  },
  {
    slug: 'antibiotic-resistance',
    topics: ['How fast is antibiotic resistance spreading?', 'Do stewardship programmes reduce resistant infections?'],
    subjects: ['antibiotic stewardship programmes', 'livestock antibiotic use', 'rapid diagnostic tests', 'new antibiotic classes', 'phage therapy', 'hospital infection control'],
    measures: ['resistant infections', 'prescribing rates', 'hospital mortality', 'length of stay', 'drug development pipelines', 'treatment failure', 'surveillance coverage', 'economic losses'],
    settings: ['in intensive care units', 'in low-income countries', 'in poultry farms', 'in outpatient clinics', 'in nursing homes', 'in surveillance networks'],
    jargon: ['carbapenem-resistant', 'minimum inhibitory concentration', 'horizontal gene transfer', 'broad-spectrum', 'pull incentives', 'sepsis'],
  },
  {
    slug: 'rent-control',
    topics: ['Does rent control help tenants?', 'What happens to housing supply under rent regulation?'],
    subjects: ['rent control', 'rent stabilisation', 'inclusionary zoning', 'housing vouchers', 'upzoning', 'short-term rental bans'],
    measures: ['rents', 'housing supply', 'tenant displacement', 'maintenance quality', 'construction permits', 'mobility of tenants', 'homelessness', 'property values'],
    settings: ['in San Francisco', 'in Berlin', 'in Stockholm', 'in tight housing markets', 'for long-term tenants', 'in new construction'],
    jargon: ['conversion to condominiums', 'vacancy decontrol', 'natural experiment', 'filtering', 'housing elasticity', 'eviction filings'],
  },
  {
    slug: 'solar-panels',
    topics: ['How quickly do rooftop solar panels pay back?', 'What happens to solar panels at the end of their life?'],
    subjects: ['rooftop solar panels', 'utility-scale solar farms', 'agrivoltaics', 'floating solar', 'perovskite cells', 'community solar schemes'],
    measures: ['payback periods', 'panel degradation', 'land use', 'crop yields', 'recycling rates', 'grid export tariffs', 'module prices', 'performance in heat'],
    settings: ['in Germany', 'in sunny regions', 'on farmland', 'on reservoirs', 'after net metering ends', 'in low-income neighbourhoods'],
    jargon: ['levelised cost', 'capacity factor', 'bifacial modules', 'inverter clipping', 'potential-induced degradation', 'feed-in tariff'],
  },
  {
    slug: 'social-media-teens',
    topics: ['Does social media harm teenagers mental health?', 'Do phone bans in schools help?'],
    subjects: ['social media use', 'school phone bans', 'algorithmic feeds', 'age verification rules', 'screen time limits', 'short-video apps'],
    measures: ['depressive symptoms', 'sleep quality', 'academic performance', 'cyberbullying', 'self-esteem', 'attention', 'loneliness', 'time online'],
    settings: ['in teenage girls', 'in secondary schools', 'in longitudinal surveys', 'in Norway', 'in experimental studies', 'during the pandemic'],
    jargon: ['specification curve', 'problematic use', 'displacement hypothesis', 'correlational evidence', 'social comparison', 'digital wellbeing'],
  },
  {
    slug: 'nuclear-smr',
    topics: ['Can small modular reactors cut the cost of nuclear power?', 'How long do new reactors take to build?'],
    subjects: ['small modular reactors', 'large pressurised water reactors', 'reactor life extensions', 'microreactors', 'advanced fuel designs', 'nuclear waste repositories'],
    measures: ['construction costs', 'build times', 'capacity factors', 'licensing delays', 'spent fuel volumes', 'financing costs', 'public acceptance', 'safety margins'],
    settings: ['in the United States', 'in Canada', 'in France', 'at former coal sites', 'for industrial heat', 'in first-of-a-kind projects'],
    jargon: ['overnight cost', 'learning rate', 'passive safety', 'HALEU', 'regulatory review', 'factory fabrication'],
  },
  {
    slug: 'urban-heat',
    topics: ['Does urban tree cover reduce heat?', 'Which cooling measures protect people in heatwaves?'],
    subjects: ['urban tree canopy', 'cool roofs', 'green roofs', 'cooling centres', 'reflective pavements', 'heat action plans'],
    measures: ['surface temperatures', 'heat-related deaths', 'energy use for cooling', 'night-time temperatures', 'hospital admissions', 'tree equity', 'stormwater runoff', 'maintenance costs'],
    settings: ['in European cities', 'during heatwaves', 'in low-income neighbourhoods', 'in Phoenix', 'for older residents', 'in dense housing'],
    jargon: ['urban heat island', 'evapotranspiration', 'albedo', 'wet-bulb temperature', 'canopy cover', 'heat vulnerability index'],
  },
  {
    slug: 'ai-coding',
    topics: ['Do AI coding assistants make developers faster?', 'What are the security risks of AI-generated code?'],
    subjects: ['AI coding assistants', 'code completion models', 'autonomous coding agents', 'AI-generated tests', 'chat-based code review', 'pair programming with AI'],
    measures: ['task completion time', 'security vulnerabilities', 'code quality', 'developer satisfaction', 'review effort', 'onboarding time', 'bug rates', 'licence compliance'],
    settings: ['in controlled experiments', 'in open-source projects', 'for junior developers', 'in large codebases', 'in enterprise teams', 'on unfamiliar languages'],
    jargon: ['acceptance rate', 'pull requests', 'hallucinated APIs', 'static analysis', 'prompt injection', 'code churn'],
  },
  {
    slug: 'microfinance',
    topics: ['Does microcredit reduce poverty?', 'What do cash transfers do for poor households?'],
    subjects: ['microcredit', 'unconditional cash transfers', 'mobile money', 'savings groups', 'graduation programmes', 'crop insurance'],
    measures: ['household consumption', 'business profits', 'school enrolment', 'women empowerment', 'repayment rates', 'local prices', 'asset ownership', 'food security'],
    settings: ['in Kenya', 'in rural India', 'in randomised evaluations', 'among women borrowers', 'after five years', 'in fragile states'],
    jargon: ['general equilibrium effects', 'take-up', 'interest rates', 'heterogeneous effects', 'poverty traps', 'cost-effectiveness'],
  },
  {
    slug: 'wildfire-smoke',
    topics: ['How harmful is wildfire smoke to health?', 'Do prescribed burns reduce wildfire damage?'],
    subjects: ['wildfire smoke', 'prescribed burns', 'home air purifiers', 'forest thinning', 'smoke forecasting', 'defensible space rules'],
    measures: ['respiratory admissions', 'fine particulate exposure', 'burned area', 'property losses', 'premature deaths', 'school absences', 'firefighting costs', 'air quality alerts'],
    settings: ['in the western United States', 'in Australia', 'in Canada', 'for outdoor workers', 'for people with asthma', 'in downwind cities'],
    jargon: ['PM2.5', 'fuel load', 'HEPA filtration', 'fire return interval', 'smoke plume', 'wildland-urban interface'],
  },
  {
    slug: 'vertical-farming',
    topics: ['Can vertical farms compete with field agriculture?', 'How much energy do indoor farms use?'],
    subjects: ['vertical farms', 'greenhouse horticulture', 'hydroponic systems', 'LED grow lights', 'container farms', 'regenerative agriculture'],
    measures: ['energy use per kilogram', 'yields per square metre', 'water use', 'operating costs', 'pesticide use', 'food miles', 'crop variety', 'company failures'],
    settings: ['in urban areas', 'in desert climates', 'for leafy greens', 'at commercial scale', 'in the Netherlands', 'in Singapore'],
    jargon: ['photon efficacy', 'controlled environment agriculture', 'nutrient film technique', 'capital expenditure', 'crop cycle', 'soil organic carbon'],
  },
  {
    slug: 'speed-cameras',
    topics: ['Do speed cameras reduce road deaths?', 'What lowers speeding in cities?'],
    subjects: ['speed cameras', '20 mph limits', 'average speed enforcement', 'speed humps', 'intelligent speed assistance', 'automated red-light cameras'],
    measures: ['fatal crashes', 'serious injuries', 'average speeds', 'fine revenue', 'public support', 'rear-end collisions', 'emergency journey times', 'noise levels'],
    settings: ['in Wales', 'on urban arterials', 'near schools', 'in residential streets', 'on motorways', 'in Sweden'],
    jargon: ['regression to the mean', 'Vision Zero', 'kinetic energy', 'enforcement halo', 'controlled before-after design', 'crash modification factor'],
  },
  {
    slug: 'lab-grown-meat',
    topics: ['Is cultivated meat better for the climate?', 'When could lab-grown meat reach price parity?'],
    subjects: ['cultivated meat', 'precision fermentation', 'insect protein', 'plant-based burgers', 'bioreactor production', 'hybrid meat products'],
    measures: ['greenhouse gas emissions', 'production costs', 'consumer acceptance', 'land use', 'growth media costs', 'regulatory approvals', 'nutritional value', 'scale-up timelines'],
    settings: ['in Singapore', 'in life-cycle assessments', 'at pilot scale', 'among young consumers', 'in the European Union', 'with renewable energy'],
    jargon: ['fetal bovine serum', 'techno-economic analysis', 'contamination', 'cell lines', 'scaffolds', 'food safety approval'],
  },
];

/** The angles reports take; a claim sits under one of them. */
export const PERSPECTIVES = [
  'Cost and economics', 'Safety', 'Equity and access', 'Environmental impact', 'Health outcomes',
  'Regulation and policy', 'Technology limits', 'Data quality', 'Bias analysis', 'Evaluation methods',
  'Adoption barriers', 'Long-term effects', 'Public opinion', 'Implementation', 'Measurement challenges',
];

/** How a claim says a subject changes a measure. */
export const EFFECTS = [
  'reduce', 'increase', 'have little measurable effect on', 'are associated with lower', 'are associated with higher',
  'substantially cut', 'modestly raise', 'can worsen', 'improve', 'do not reliably change',
];

export const AMOUNTS = [
  'by roughly 10%', 'by about a third', 'by up to 40%', 'by half', 'by 5 to 15 percent', 'by around 20%',
  'by more than 60%', 'in most studies', 'in the largest trials', 'over five years', '',
];

export const HEDGES = [
  'although the evidence is mixed', 'but results vary widely between studies', 'especially where uptake is high',
  'mainly in the first years', 'once upfront costs are counted', 'when programmes are well designed',
  'though few studies last longer than two years', 'with large regional differences', '',
];

export const STUDY_KINDS = [
  'randomised trial', 'cohort study', 'meta-analysis', 'systematic review', 'field study', 'survey',
  'modelling study', 'case study', 'natural experiment', 'pilot programme',
];

export const PUBLISHERS = [
  'Nature', 'The Lancet', 'ScienceDirect', 'NIH', 'IEA', 'MIT News', 'Brookings', 'OECD', 'Reuters', 'Medium',
  'US EPA', 'WHO', 'BMJ', 'NBER', 'Our World in Data', 'Carbon Brief', 'RAND', 'Pew Research Center',
];

export const URL_HOSTS = [
  'www.nature.com', 'www.thelancet.com', 'www.sciencedirect.com', 'pubmed.ncbi.nlm.nih.gov', 'www.iea.org',
  'news.mit.edu', 'www.brookings.edu', 'www.oecd.org', 'www.reuters.com', 'medium.com', 'www.epa.gov',
  'www.who.int', 'www.bmj.com', 'www.nber.org', 'ourworldindata.org', 'www.carbonbrief.org', 'www.rand.org',
];

/** Words that are in no report, for questions that should find nothing. */
export const OFF_TOPIC = [
  'quantum chromodynamics lattice', 'medieval tapestry restoration', 'volcanic lightning', 'origami crease patterns',
  'sourdough hydration', 'chess endgame tablebases', 'sumo wrestling rankings', 'opera libretto translation',
];

// Surnames are built from syllables so a large corpus has the long tail of rare words (authors,
// places) a real library has; the index's size and fuzzy lookups depend on it.
const NAME_STARTS = ['Ber', 'Hal', 'Lind', 'Mar', 'Kow', 'Ach', 'Fitz', 'Oko', 'Sant', 'Nak', 'Rod', 'Pet', 'Gus', 'Hoff', 'Ivan', 'Dub', 'Ols', 'Ferr', 'Tan', 'Wes', 'Kar', 'Mor', 'Abe', 'Chau', 'Sten', 'Bal', 'Vel', 'Quin', 'Yam', 'Eng'];
const NAME_MIDDLES = ['', 'a', 'e', 'i', 'o', 'u', 'en', 'er', 'an', 'ol', 'is', 'ar', 'ov', 'ag', 'im'];
const NAME_ENDS = ['son', 'sen', 'ski', 'ez', 'ini', 'awa', 'berg', 'ström', 'ova', 'ley', 'ton', 'ford', 'ich', 'elli', 'ura', 'ide'];

export function surname(pick: <T>(items: readonly T[]) => T): string {
  return `${pick(NAME_STARTS)}${pick(NAME_MIDDLES)}${pick(NAME_ENDS)}`;
}
