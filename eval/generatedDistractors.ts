// Generated reports to hide an eval set's reports among (bench/generateReport.ts, seed 1), and
// which of the generator's domains are on each development set's topics. The generator writes
// claims on fixed domains (bench/vocabulary.ts), among them the bundled reports' own; a generated claim on a
// set's topic can match its question's words as well as the answer does, or better ("Systematic
// phonics improve word reading accuracy in England by up to 40%" for "does sytematic fonics beat
// other methods for word reading"), so among those the ranking at scale measures the generator
// too (eval/README.md, ninth session). Left out, what is left of the drop is the size's own.

import { generateReport } from '../bench/generateReport.js';
import { DOMAINS } from '../bench/vocabulary.js';
import { parseReport } from '../src/reports/parseReport.js';
import type { Report } from '../src/reports/model.js';

/**
 * Each development set's generator domains (bench/vocabulary.ts slugs) that are about one of the
 * set's reports' subjects, judged by hand from the report and domain names and topics.
 */
export const DOMAINS_ON_SET_TOPICS: Readonly<Record<string, readonly string[]>> = {
  tuning: ['heat-pumps', 'grid-batteries', 'glp1-drugs', 'microplastics', 'remote-work', 'synthetic-data', 'bike-lanes'],
  'held-out 1': ['remote-work', 'social-media-teens', 'wildfire-smoke'],
  'held-out 2': ['ultra-processed-food', 'microfinance', 'antibiotic-resistance', 'urban-heat', 'sleep-health'],
  'held-out 3': ['remote-work', 'grid-batteries'],
  'held-out 4': ['vertical-farming'],
  'held-out 5': [],
  'held-out 6': ['speed-cameras'],
  'held-out 7': [],
  'held-out 8': ['ai-coding', 'nuclear-smr'],
  'held-out 9': ['reading-instruction'],
  // The carbon border adjustment's cement, steel and carbon prices meet carbon capture's heavy
  // industry, cement plants and carbon credits.
  'held-out 10': ['carbon-capture'],
  // Permeable pavement's stormwater runoff, pavement surface temperatures and hot days meet urban
  // heat's reflective pavements, stormwater runoff and surface temperatures.
  'held-out 11': ['urban-heat'],
  // Hospital at home's mortality and infections meet antibiotic resistance's hospital mortality;
  // free school meals' obesity and diet quality meet ultra-processed food's school meal standards;
  // audiobooks' reading comprehension meets reading instruction's.
  'held-out 12': ['antibiotic-resistance', 'ultra-processed-food', 'reading-instruction'],
  // 3D-printed housing's cement and its emissions meet carbon capture's cement plants; retail
  // digital currencies' unbanked households and financial inclusion meet microfinance's poor
  // households; provenance credentials' synthetic images meet synthetic data; deep-sea mining's
  // battery metals for electric vehicles meet EV charging's batteries.
  'held-out 13': ['carbon-capture', 'microfinance', 'synthetic-data', 'ev-charging'],
  // Solar panels over crops meet solar panels; later school start times' sleep and teenagers meet
  // sleep health and teens' social media; shared e-scooters' streets, crashes and cyclists meet
  // bike lanes; data centres' cooling and hot days meet urban heat's cooling.
  'held-out 14': ['solar-panels', 'sleep-health', 'bike-lanes', 'social-media-teens', 'urban-heat'],
  // Sugary drink taxes' diets, obesity and what shoppers buy meet ultra-processed food's; daylight
  // saving time's lost sleep meets sleep health; robotaxis' crashes and injuries and the clock
  // change's traffic and pedestrian deaths meet speed cameras' road deaths and bike lanes' safer streets.
  'held-out 15': ['ultra-processed-food', 'sleep-health', 'speed-cameras', 'bike-lanes'],
  // Biochar's carbon stored in soil and its carbon credits meet carbon capture's carbon removal
  // credits; digital nomad visas' remote workers, rents and short-term rentals meet remote work and
  // rent control; mental health apps' depression and anxiety symptoms meet teens' depressive
  // symptoms; stream daylighting's stormwater, floods and water temperatures meet urban heat's.
  'held-out 16': ['carbon-capture', 'remote-work', 'rent-control', 'social-media-teens', 'urban-heat'],
  // Land value tax's rents, land values and new construction and tourist taxes' short-term rentals
  // and housing meet rent control's rents, housing supply and short-term rental bans. The others
  // (organ donation, wind turbines' birds, subsea cables, snakebite, chess) meet no domain's subjects.
  'held-out 17': ['rent-control'],
  // Fecal transplants, wildlife crossings, sovereign wealth funds, Open RAN, the Korean Wave,
  // anti-SLAPP laws and aviation fuel meet no domain's subjects (only shared measures and places:
  // emissions, costs, "in Singapore"; aviation fuel's power-to-liquid is not carbon capture's storage).
  'held-out 18': [],
  // Sickle-cell gene therapies, chytrid fungus, stadium subsidies, lidar archaeology, rights-of-nature
  // laws, the Panama Canal drought and the desert locust upsurge meet no domain's subjects (only shared
  // measures and places: water use, food security, "in Canada", "in Kenya").
  'held-out 19': [],
  // Remittances' M-Pesa mobile money in Kenya meets microfinance's mobile money; green steel's hydrogen
  // steelmaking and its tonnes of CO2 meet carbon capture's heavy industry (as the carbon border
  // adjustment's steel did for held-out 10). The others (HPV vaccination, coral reefs, the Herculaneum
  // scrolls, drug decriminalisation, India's UPI) meet no domain's subjects.
  'held-out 20': ['microfinance', 'carbon-capture'],
  // Accessory dwelling units' upzoning, rents and housing supply meet rent control's; shrinkflation's
  // snacks, sweets and iced tea and the labels shops put on them meet ultra-processed food's packaged
  // foods, sugary drinks and front-of-pack labels. The others (permafrost's carbon, which is released,
  // not captured; GPS jamming in aviation, Roman concrete, Notre-Dame, lead pipes) meet none.
  'held-out 21': ['rent-control', 'ultra-processed-food'],
  // Short-term rental rules (Airbnb caps and bans in cities) meet rent control's short-term rental
  // bans and housing supply. The others (measles, storm overflows' sewage in rivers, whose water is
  // not microplastics' drinking water, kelp forests, the Mary Rose, e-residency, video referees)
  // meet none.
  'held-out 22': ['rent-control'],
  // Burying power lines so they start no wildfires meets wildfire smoke's fire prevention (burned
  // area, property losses, defensible space). The others (TB preventive regimens, which are not
  // antibiotic stewardship; USB-C phone chargers, not electric-car charging; pickleball, free
  // community college, vultures, the printing press) meet none.
  'held-out 23': ['wildfire-smoke'],
  // None: salt iodization is fortification, not ultra-processed food's labels or sugar taxes; the
  // sediment filling reservoirs is not pumped hydro storage; lottery winners' windfalls are not
  // microfinance's cash transfers; the Dutch Hunger Winter, demining, the ivory trade and Broadway's
  // recovery meet no domain's subjects.
  'held-out 24': [],
  // None: plain tobacco packs are not food's front-of-pack labels; the early galaxies JWST found,
  // sovereign debt relief, the Black Death's labour market, early-onset colorectal cancer, 3G
  // network shutdowns and esports meet no domain's subjects.
  'held-out 25': [],
  // None: helium supply, tulip mania, the Swiss franc's floor, falls in older adults, tardigrades,
  // Esperanto and Sunday trading laws meet no domain's subjects.
  'held-out 26': [],
  // None: the Tambora eruption's 1816, oral rehydration therapy, tuned mass dampers, container
  // shipping, monarch migration, Eurovision voting and marathon super shoes meet no domain's subjects.
  'held-out 27': [],
  // Hospital hand hygiene and the infections caught in hospital meet antibiotic resistance's hospital
  // infection control. The others (Harrison's chronometers, tunnel boring machines on metros, airline
  // loyalty economics, octopus cognition, EU tattoo ink rules, the MLB pitch clock) meet none.
  'held-out 28': ['antibiotic-resistance'],
  // Caffeine taken before evening competitions, which cuts sleep time and sleep efficiency, meets
  // sleep health's sleep duration and latency. The others (periodical cicadas, avalanche safety, old
  // Italian violins, the QWERTY keyboard, wine closures, ship breaking in South Asia) meet none.
  'held-out 29': ['sleep-health'],
  // Kangaroo mother care, which cuts infections and sepsis among preterm babies in hospital, meets
  // antibiotic resistance's hospital infection control. The others (the 1919 Boston molasses flood,
  // Xochimilco's axolotls, the Swiss watch quartz crisis, sumo recruitment, Japan's hometown tax,
  // maglev rail) meet none.
  'held-out 30': ['antibiotic-resistance'],
  // Finland's Housing First, on homelessness and housing the homeless, meets rent control's housing
  // vouchers and homelessness. The others (the 1917 Halifax explosion, the Falkirk Wheel boat lift,
  // naked mole-rat longevity, Iceland's fishing quotas, the Athlete Biological Passport, Lascaux's
  // conservation) meet none.
  'held-out 31': ['rent-control'],
  // None: the Carrington event's collapsed power grids share only a measure (grid reliability) with
  // grid batteries' storage; Zimbabwe's cash queues and hyperinflation are not microfinance's cash
  // transfers or mobile money; the 1952 polio epidemic's ventilation is not antibiotic resistance's
  // infection control; pneumatic tube mail, the Tasmanian devil's facial tumour, Ailsa Craig's
  // curling granite and Iceland's naming committee meet no domain's subjects.
  'held-out 32': [],
  // None: Lake Nyos's natural carbon dioxide and its degassing pipes are not carbon capture's
  // storage or leakage; smallpox's vaccination campaign is not antibiotic resistance's; the Tacoma
  // Narrows bridge, the Nixon shock, the radium dial painters, the Rosetta Stone and the
  // four-minute mile meet no domain's subjects.
  'held-out 33': [],
  // H. pylori's clarithromycin resistance and the WHO's list of priority antibiotic-resistant
  // bacteria meet antibiotic resistance's spread of resistance and its need for new antibiotics. The
  // others (the Millau Viaduct, the Tunguska event, the Big Mac index, whose poor countries' cheap
  // labour is not microfinance's poor households, Magna Carta, the Terracotta Army, the Fosbury
  // Flop) meet none.
  'held-out 34': ['antibiotic-resistance'],
  // None: insulin's discovery and its first production are not the GLP-1 drugs' weight loss or
  // their diabetes patients; the Tour de France's racing and doping are not bike lanes' city
  // cycling; the Sydney Opera House, Pluto, the Marshall Plan, the Rite of Spring and Miranda v.
  // Arizona meet no domain's subjects.
  'held-out 35': [],
  // None: the Antikythera mechanism, the pulsars' discovery, the Broad Street cholera outbreak (a
  // water-borne disease, not antibiotic resistance), the Brooklyn Bridge's construction (not bike
  // lanes' streets), Donoghue v Stevenson, the Bodyline series and the Mona Lisa's theft meet no
  // domain's subjects.
  'held-out 36': [],
  // Penicillin's resistant hospital bacteria and its discoverer's warning about underdosing meet
  // antibiotic resistance's spread of resistance and hospital infection control. The others (the
  // Great Fire of London, Apollo 13, the Nuremberg trials, the Miracle on Ice, the Sistine Chapel
  // ceiling, the Galápagos tortoises) meet none.
  'held-out 37': ['antibiotic-resistance'],
  // None: thalidomide's birth defects and the drug laws that followed are not the GLP-1 drugs' weight
  // loss; the Hoover Dam's hydroelectric power is not grid batteries' pumped storage; emperor
  // penguins' sea ice meets no domain's subjects, nor do the Cuban missile crisis, the DNA double
  // helix, Jesse Owens in Berlin or Hokusai's Great Wave.
  'held-out 38': [],
  // None: mycorrhizal networks' forest fungi and trees say nothing of farming (not vertical farms'
  // regenerative agriculture or soil carbon); ether anaesthesia is not a drug domain's subject; the
  // Hanseatic League, the Mpemba effect, the Bell Rock lighthouse, Australia II's America's Cup and
  // the Bayeux Tapestry meet no domain's subjects.
  'held-out 39': [],
  // The Chernobyl arch's destroyed reactor, its fuel-containing material and its cost overruns meet
  // nuclear power's reactors, spent fuel and construction costs; Pando's selective cutting and
  // burning meets wildfire smoke's prescribed burns and forest thinning. Yap's stone money is not
  // microfinance's mobile money or savings; ball lightning, James Lind's scurvy trial (not
  // antibiotics), the 1904 Olympic marathon and Vermeer's camera obscura meet none.
  'held-out 40': ['nuclear-smr', 'wildfire-smoke'],
  // Maggot therapy's comeback against antibiotic-resistant infections and MRSA meets antibiotic
  // resistance's resistant infections and infection control. Shackleton's Endurance, plate
  // tectonics, the jet engine, the cuckoo, the Day of the Dead and De Beers' diamonds meet none.
  'held-out 41': ['antibiotic-resistance'],
  // The sequoia groves' prescribed burning, thinning and fire return intervals meet wildfire
  // smoke's prescribed burns and forest thinning. Lyme disease's doxycycline course is a treatment,
  // not antibiotic resistance; Groningen's gas, earthquakes and revenues meet no heating or carbon
  // domain; the dancing plague, the microwave background, the Eiffel Tower and karaoke meet none.
  'held-out 42': ['wildfire-smoke'],
  // Berlin's rent cap (the Mietendeckel: frozen rents, ceilings per square metre, landlords' shadow
  // rents, supply and the court ruling) meets rent control's rents, supply and tenants; Charnley's
  // hip replacement (deep infection after surgery, clean-air theatres) meets antibiotic resistance's
  // hospital infection control. The Pony Express, rogue waves, the Leaning Tower of Pisa, the
  // lyrebird and the crossword meet none.
  'held-out 43': ['rent-control', 'antibiotic-resistance'],
  // The Venus flytrap's habitat burned every few years and fire suppression meet wildfire smoke's
  // prescribed burns. The ozone report's CFCs as greenhouse gases (CO2-equivalent avoided) answer
  // nothing carbon capture's storage and removal claims do; the Great Emu War, the Crystal Palace,
  // basketball's invention, New York's taxi medallions and Pasteur's rabies vaccine meet none.
  'held-out 44': ['wildfire-smoke'],
  // The MONIAC's tanks of household income, savings and tax, and the interest rates its lecturers
  // changed, meet microfinance's household consumption, savings and interest rates. Röntgen's rays
  // and the radiologists' burns and cancers are not nuclear power's reactors; the Hindenburg's
  // hydrogen is no heating or battery domain's subject; the Dreyfus Affair, the coelacanth,
  // Comăneci's perfect 10 and the Rubik's Cube meet none.
  'held-out 45': ['microfinance'],
  // The first heart transplant's patient dying of an infection his anti-rejection drugs let in meets
  // antibiotic resistance's hospital infection and mortality; the 1929 crash's loans to brokers and
  // failed banks meet microfinance's credit and repayment. Lewis and Clark, the giant panda,
  // Hubble's mirror, Jackie Robinson and the Oxford English Dictionary meet none.
  'held-out 46': ['antibiotic-resistance', 'microfinance'],
  // The 1973 oil crisis's petrol queues, fuel prices and fuel-efficient cars meet EV charging's
  // queue times, charging costs and car adoption; the Svalbard seed vault's crop seeds and crop
  // diversity meet vertical farming's crop variety. Kon-Tiki, Old Faithful, the 1979 Fastnet race,
  // public-access defibrillators and Shakespeare's Globe meet none.
  'held-out 47': ['ev-charging', 'vertical-farming'],
  // Kurzarbeit's cut working hours and firms keeping their workers through the 2009 crisis and COVID
  // meet remote work's four-day weeks and employee retention. The Christmas truce, electric eels,
  // Curiosity's sky crane, kuru, the first Ironman and Dylan's Nobel meet none.
  'held-out 48': ['remote-work'],
  // River blindness's donated mass drug treatment is a parasite's, not resistance to antibiotics;
  // Concorde's fuel use is an airliner's, not a car's charging. The Berlin airlift, the mantis shrimp,
  // the Duckworth-Lewis-Stern method, Lego's turnaround and Guernica meet none.
  'held-out 49': [],
  // Lithium's kidney and thyroid monitoring is a drug's, not weight-loss drugs' side effects; the
  // Tylenol recall's poisoned capsules are no processed food's ingredients; Kansai airport's sinking
  // reclaimed island is no heat or carbon storage. Sutton Hoo, the slime mould, the Battle of the
  // Sexes and the tango meet none.
  'held-out 50': [],
  // New Coke was a soft drink's reformulation, what processed food's reformulated sugary drinks are
  // about; statins' heart deaths and muscle breakdown are a drug's cardiovascular events and side
  // effects, as weight-loss drugs' are. The Zimmermann telegram, fairy circles, the transistor, the
  // World Cup's theft and the Golden Record meet none.
  'held-out 51': ['ultra-processed-food', 'glp1-drugs'],
  // The Great Stink's hot summer is what made sewage smell, not a city cooled in a heatwave; the War
  // of the Worlds' frightened listeners heard radio, not teenagers' social media. The Arctic tern,
  // the Øresund link, Laennec's stethoscope, Beamon's jump and the Post-it Note meet none.
  'held-out 52': [],
  // Ford's five-dollar day cut its workers' turnover and shortened their hours, what remote work's
  // employee retention and four-day weeks are about. The Treaty of Tordesillas, Christmas Island's
  // red crabs, the Rainhill trials, Kolff's kidney, Jamaica's bobsleigh team and the Beatles on Ed
  // Sullivan meet none.
  'held-out 53': ['remote-work'],
  // The pacemaker's rechargeable nickel-cadmium batteries power one implant, not a grid's storage;
  // Lake Baikal's pulp mill polluted it with waste, not plastic. The Klondike gold rush, the Jacquard
  // loom, Secretariat, IKEA's flat pack and the first Oscars meet none.
  'held-out 54': [],
  // The Bounty mutiny, Mount St. Helens, Otis's elevator, Phineas Gage, Matthew Webb's swim, the
  // Walkman and Tutankhamun's tomb meet none (the Walkman's batteries are a question, not report text).
  'held-out 55': [],
  // The Domesday Book, Komodo dragons, Kiruna's move, Typhoid Mary, Isner-Mahut, Barings and
  // Banksy's shredded painting meet none.
  'held-out 56': [],
  // The Vasa, the kakapo, the Thames Barrier, the first IVF baby, Leicester City's title, Enron and
  // Live Aid meet none.
  'held-out 57': [],
  // Sputnik's transmitter batteries power one satellite, not a grid's storage; the Wollemi pine's
  // wildfire risk threatens the trees, not lungs. The Gunpowder Plot, the Channel Tunnel, Landsteiner's
  // blood groups, Athens 1896 and the South Sea Bubble meet none.
  'held-out 58': [],
  // Aspirin is a drug, but not one of the generator's (GLP-1 drugs, antibiotic resistance); Kodak's
  // digital cameras meet no AI or coding domain; the Titanic, the platypus, the Golden Gate Bridge,
  // the Rumble in the Jungle and Challenger meet none.
  'held-out 59': [],
  // The 1918 flu is a disease, but not one of the generator's (GLP-1 drugs, antibiotic resistance,
  // sleep health); Pompeii, the Greenland shark, the Burj Khalifa, Wilt Chamberlain's game, the Dutch
  // East India Company and Cassini meet none.
  'held-out 60': [],
  // The lobotomy is medicine, but not one of the generator's (GLP-1 drugs, antibiotic resistance,
  // sleep health); Theranos's blood tests meet none of them either; the Dead Sea Scrolls, cane
  // toads, the Suez Canal, the Maracanazo and the Mars Climate Orbiter meet none.
  'held-out 61': [],
  // Yellow fever is a disease, but not one of the generator's (GLP-1 drugs, antibiotic resistance,
  // sleep health); Lehman's banking is not microfinance; Hadrian's Wall, the bristlecone pines, the
  // Tay Bridge, Everest 1953 and the First Folio meet none.
  'held-out 62': [],
};

/** A development set's domains on its topics; an error for a set not judged yet (a new one). */
export function domainsOnTopicsOf(setName: string): readonly string[] {
  const domains = DOMAINS_ON_SET_TOPICS[setName];
  if (!domains) throw new Error(`no generator domains judged for "${setName}": add it to DOMAINS_ON_SET_TOPICS (eval/generatedDistractors.ts)`);
  return domains;
}

/** The generator's domain of a generated report id (`heat-pumps-00042` -> `heat-pumps`). */
export function domainOf(reportId: string): string {
  return reportId.replace(/-\d+$/, '');
}

/**
 * The first `count` reports of the seed-1 corpus (as bench/generateCorpus.ts writes them) whose
 * domain is not in `except`, parsed.
 */
export function generatedReports(count: number, except: readonly string[] = []): Report[] {
  const unknown = except.filter((slug) => !DOMAINS.some((domain) => domain.slug === slug));
  if (unknown.length > 0) throw new Error(`not generator domains: ${unknown.join(', ')}`);
  if (count > 0 && DOMAINS.every((domain) => except.includes(domain.slug))) throw new Error('every generator domain is left out');
  const reports: Report[] = [];
  for (let i = 0; reports.length < count; i++) {
    const { name, text } = generateReport(1, i);
    if (except.includes(domainOf(name.replace(/\.md$/, '')))) continue;
    const parsed = parseReport(text, name);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.reason}`);
    reports.push(parsed.report);
  }
  return reports;
}
