// Words written short with a stop that ends no sentence: a title before a name ("Mr.", "Dr.",
// "Capt."), "St.", "Jr.", "No.". A reading that ends a clause at "." reads past them, as it reads
// past an initial ("Joseph P. Kennedy").

/** The abbreviations, as typed (capitalised). */
export const ABBREVIATED_WORDS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'No', 'Capt', 'Gen', 'Lt', 'Col', 'Sgt'];
